import Testing
@testable import KohoDiagnostics

@Suite struct DiagnosticFormatterTests {
    @Test func textHasSnippetCaretAndHint() {
        let text = "---\nname: 佐藤\ndepartment: kikaku\n---\n"
        let d = Diagnostic(
            path: "content/staff/sato.md", position: SourcePosition(line: 3, column: 13), in: text,
            "unknown department `kikaku`", hint: "departments that exist: somu")
        #expect(
            DiagnosticFormatter.text(d) == """
                content/staff/sato.md:3:13: error: unknown department `kikaku`
                    department: kikaku
                                ^
                  hint: departments that exist: somu

                """)
    }

    @Test func caretIsPaddedByEastAsianWidth() {
        // 「名前: 」 is 2+2+1+1 cells wide before the value.
        #expect(SourceText.caretLine(column: 5, of: "名前: 値") == "      ^")
        #expect(SourceText.caretLine(column: 2, of: "\tx") == "\t^")
    }

    @Test func lineLookupHandlesCRLFAndEnds() {
        let text = "a\r\nb\r\nc"
        #expect(SourceText.line(1, of: text) == "a")
        #expect(SourceText.line(3, of: text) == "c")
        #expect(SourceText.line(4, of: text) == nil)
    }

    @Test func githubAnnotationEscapes() {
        let d = Diagnostic(at: SourceLocation(path: "a,b.md", line: 2, column: 3), "bad\nthing", hint: "fix 100%")
        #expect(DiagnosticFormatter.github(d) == "::error file=a%2Cb.md,line=2,col=3::bad%0Athing%0Ahint: fix 100%25\n")
    }

    @Test func jsonIsEscaped() {
        let d = Diagnostic(.warning, at: SourceLocation(path: "x.md", line: 1, column: 1), "a \"quote\"")
        #expect(
            DiagnosticFormatter.json([d])
                == "[{\"severity\":\"warning\",\"path\":\"x.md\",\"line\":1,\"column\":1,\"message\":\"a \\\"quote\\\"\"}]\n"
        )
    }

    @Test func bagSortsAndThrowsOnlyOnErrors() throws {
        var bag = DiagnosticBag()
        bag.append(Diagnostic(.warning, at: SourceLocation(path: "b.md", line: 1, column: 1), "w"))
        try bag.throwIfErrors()
        bag.append(Diagnostic(at: SourceLocation(path: "a.md", line: 9, column: 1), "e"))
        #expect(bag.sorted.map(\.message) == ["e", "w"])
        #expect(throws: DiagnosticError.self) { try bag.throwIfErrors() }
    }
}
