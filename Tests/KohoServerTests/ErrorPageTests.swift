import KohoDiagnostics
import Testing

@testable import KohoServer

/// The page `koho serve` shows while the build has errors: the site's language, a phone's width, dark mode.
@Suite struct ErrorPageTests {
    static let diagnostics = [
        Diagnostic(
            at: SourceLocation(path: "content/staff/sato.md", line: 3, column: 13),
            Message(.fieldUnknown, ["field": .code("nowhere")]), hint: Message(.suggestDidYouMean, ["name": .code("koho")]))
    ]

    @Test(arguments: [
        (Language.japanese, "<html lang=\"ja\">", "<h1>ビルドに失敗しました（エラー 1 件）</h1>",
         "<p>下に示したファイルを直してください。直ると、このページは自動で読み込み直されます。</p>",
         "content/staff/sato.md:3:13: error: 知らない項目 `nowhere`\n  ヒント: `koho` のことですか？"),
        (.english, "<html lang=\"en\">", "<h1>The build failed (1 error)</h1>",
         "<p>Fix the files below; this page reloads when the site builds again.</p>",
         "content/staff/sato.md:3:13: error: unknown field `nowhere`\n  hint: did you mean `koho`?"),
    ] as [(Language, String, String, String, String)])
    func theErrorsInTheSitesLanguage(_ language: Language, _ html: String, _ heading: String, _ advice: String, _ text: String) {
        let page = String(decoding: ErrorPage.html(Self.diagnostics, language: language), as: UTF8.self)
        #expect(page.contains(html))
        #expect(page.contains(heading))
        #expect(page.contains(advice))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("@media (prefers-color-scheme:dark)"))
        #expect(page.contains("white-space:pre-wrap"))
        #expect(page.contains(text))
    }

    @Test func warningsAreABoxThatOpensToListThem() {
        let warning = Diagnostic(
            .warning, at: SourceLocation(path: "content/staff/sato.md", line: 4, column: 1),
            Message(.fieldUnknown, ["field": .code("rol")]), hint: Message(.suggestDidYouMean, ["name": .code("role")]))
        let japanese = String(decoding: WarningBanner.html([warning], language: .japanese), as: UTF8.self)
        #expect(japanese.hasPrefix("<aside id=\"koho-warnings\" lang=\"ja\""))
        #expect(japanese.contains(">直すところが 1 件あります（プレビューの間だけ表示）</summary>"))
        #expect(japanese.contains("content/staff/sato.md:4:1: warning: 知らない項目 `rol`\n  ヒント: `role` のことですか？"))
        let english = String(decoding: WarningBanner.html([warning, warning], language: .english), as: UTF8.self)
        #expect(english.contains(">2 things to fix (shown only while serving)</summary>"))
        #expect(WarningBanner.html([], language: .english).isEmpty)
    }
}
