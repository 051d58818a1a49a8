import Testing
@testable import KohoDiagnostics

/// Text from content cannot act on the terminal or forge lines in a CI log when a diagnostic is printed.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("plain 佐藤", "plain 佐藤"),
        ("red\u{1B}[31m", "red\\u{1B}[31m"),
        ("a\nb", "a\\u{A}b"),
        ("a\r\n::error file=x::forged", "a\\u{D}\\u{A}::error file=x::forged"),
        ("bell\u{7}", "bell\\u{7}"),
        ("c1\u{9B}31m", "c1\\u{9B}31m"),
        ("bidi\u{202E}txt.exe", "bidi\\u{202E}txt.exe"),
        ("tab\tkept", "tab\tkept"),
    ])
    func controlsAreEscaped(raw: String, shown: String) {
        #expect(TerminalText.escaped(raw) == shown)
    }

    @Test func aDiagnosticFromContentPrintsOnItsOwnLinesOnly() {
        let d = Diagnostic(
            at: SourceLocation(path: "content/staff/\u{1B}]0;x\u{7}.md", line: 2, column: 9),
            Message(.referenceUnknownDepartment, ["slug": .code("a\n::error::forged")]),
            hint: Message(.suggestDidYouMean, ["name": .text("hint\u{1B}[2J")]),
            sourceLine: "name: \u{1B}[31m佐藤")
        #expect(
            DiagnosticFormatter.text(d) == """
                content/staff/\\u{1B}]0;x\\u{7}.md:2:9: error: unknown department `a\\u{A}::error::forged`
                    name: \\u{1B}[31m佐藤
                                 ^
                  hint: did you mean hint\\u{1B}[2J?

                """)
    }
}
