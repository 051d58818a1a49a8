import Testing
@testable import KohoDiagnostics

@Suite struct DiagnosticFormatterTests {
    @Test func textHasSnippetCaretAndHint() {
        let text = "---\nname: 佐藤\ndepartment: kikaku\n---\n"
        let d = Diagnostic(
            path: "content/staff/sato.md", position: SourcePosition(line: 3, column: 13), in: text,
            Message(.fieldUnknown, ["field": .code("kikaku")]),
            hint: Message(.suggestExisting, ["kind": .words(.wordKindDepartments), "names": .list([.code("somu")])]))
        #expect(
            DiagnosticFormatter.text(d) == """
                content/staff/sato.md:3:13: error: unknown field `kikaku`
                    department: kikaku
                                ^
                  hint: departments that exist: `somu`

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
        let d = Diagnostic(
            at: SourceLocation(path: "a,b.md", line: 2, column: 3), Message(.fieldUnknown, ["field": "bad\nthing"]),
            hint: Message(.fieldNotBooleanYAML11Hint, ["written": "100%"]))
        #expect(
            DiagnosticFormatter.github(d)
                == "::error file=a%2Cb.md,line=2,col=3::unknown field bad%0Athing%0Ahint: YAML 1.2 reads `100%25` as text; write `true` or `false`\n"
        )
    }

    @Test func jsonIsEscaped() {
        let d = Diagnostic(
            .warning, at: SourceLocation(path: "x.md", line: 1, column: 1), Message(.fieldUnknown, ["field": "a \"quote\""]))
        #expect(
            DiagnosticFormatter.json([d])
                == "[{\"severity\":\"warning\",\"code\":\"fieldUnknown\",\"path\":\"x.md\",\"line\":1,\"column\":1,\"message\":\"unknown field a \\\"quote\\\"\"}]\n"
        )
    }

    @Test func bagSortsAndThrowsOnlyOnErrors() throws {
        var bag = DiagnosticBag()
        bag.append(Diagnostic(.warning, at: SourceLocation(path: "b.md", line: 1, column: 1), Message(.fieldUnknown, ["field": "w"])))
        try bag.throwIfErrors()
        bag.append(Diagnostic(at: SourceLocation(path: "a.md", line: 9, column: 1), Message(.fieldUnknown, ["field": "e"])))
        #expect(bag.sorted.map(\.message) == ["unknown field e", "unknown field w"])
        #expect(throws: DiagnosticError.self) { try bag.throwIfErrors() }
    }
}
