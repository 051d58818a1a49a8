import KohoURL
import Testing
@testable import KohoMarkdown

@Suite struct LinkSafetyTests {
    /// Links that must lose their URL and keep their text, with the paragraph they leave behind.
    static let dangerousLinks: [(markdown: String, html: String)] = [
        ("[x](javascript:alert(1))", "<p>x</p>\n"),
        ("[x](JavaScript:alert(1))", "<p>x</p>\n"),
        ("[x](JAVASCRIPT:alert(1))", "<p>x</p>\n"),
        ("[x](<  javascript:alert(1)>)", "<p>x</p>\n"),
        ("[x](&#x20;javascript:alert(1))", "<p>x</p>\n"),
        ("[x](&#1;javascript:alert(1))", "<p>x</p>\n"),
        ("[x](java&#9;script:alert(1))", "<p>x</p>\n"),
        ("[x](java&#10;script:alert(1))", "<p>x</p>\n"),
        ("[x](&#106;avascript:alert(1))", "<p>x</p>\n"),
        ("[x](&#x6A;avascript&#x3A;alert(1))", "<p>x</p>\n"),
        ("[x](javascript&colon;alert(1))", "<p>x</p>\n"),
        ("[x](vbscript:msgbox(1))", "<p>x</p>\n"),
        ("[x](VBScript:msgbox(1))", "<p>x</p>\n"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>\n"),
        ("[x](DATA:text/html,<script>)", "<p>x</p>\n"),
        ("[**太字** と `code`](javascript:alert(1))", "<p><strong>太字</strong> と <code>code</code></p>\n"),
        ("[x](javascript:alert(1) \"title\")", "<p>x</p>\n"),
        ("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"),
        ("<JAVASCRIPT:alert(1)>", "<p>JAVASCRIPT:alert(1)</p>\n"),
        ("<data:text/html,x>", "<p>data:text/html,x</p>\n"),
        ("[x][r]\n\n[r]: javascript:alert(1)", "<p>x</p>\n"),
        ("[r]\n\n[r]: <&#106;avascript:alert(1)>", "<p>r</p>\n"),
        ("[x][]\n\n[x]: vbscript:x", "<p>x</p>\n"),
        ("前[](javascript:alert(1))後", "<p>前後</p>\n"),
        ("[](javascript:alert(1))", "<p></p>\n"),
    ]

    /// Images that must lose their source and keep their alt text.
    static let dangerousImages: [(markdown: String, html: String)] = [
        ("![写真](javascript:alert(1))", "<p>写真</p>\n"),
        ("![写真](data:image/svg+xml;base64,PHN2Zz4=)", "<p>写真</p>\n"),
        ("![写真](Data:image/png;base64,AAAA)", "<p>写真</p>\n"),
        ("![写真](&#100;ata:image/png;base64,AAAA)", "<p>写真</p>\n"),
        ("![写真](\tvbscript:x)", "<p>写真</p>\n"),
        ("![*強調* alt][img]\n\n[img]: javascript:alert(1)", "<p><em>強調</em> alt</p>\n"),
        ("[![alt](data:x)](/ok)", "<p><a href=\"/ok\">alt</a></p>\n"),
    ]

    @Test(arguments: dangerousLinks + dangerousImages, [false, true])
    func dangerousURLsAreRemovedKeepingTheirText(
        example: (markdown: String, html: String), unsafeHTML: Bool
    ) {
        // With raw HTML on, cmark's own URL filter is off, so Koho's walk is all that stands in the way.
        let rendered = render(example.markdown, MarkdownOptions(unsafeHTML: unsafeHTML))
        #expect(rendered.html == example.html)
        #expect(rendered.links.contains { $0.isRemoved })
    }

    @Test func aDangerousLinkInATableCellKeepsItsText() {
        let rendered = html("| a |\n|---|\n| [リンク](javascript:x) |\n")
        #expect(rendered.contains("<td>リンク</td>"))
        #expect(!rendered.contains("javascript"))
    }

    @Test func removedLinksAreReportedWithoutURL() throws {
        let link = try #require(render("[x](JavaScript:alert(1))").links.first)
        #expect(link == MarkdownLink(
            destination: "JavaScript:alert(1)", url: nil, isImage: false, text: "x", position: at(1, 1)))
    }

    @Test(arguments: [
        "https://example.jp/", "http://example.jp/", "mailto:info@example.jp", "tel:0187-43-1111",
        "javascript", "javascript.html", "./javascript:x", "/data:x", "?data:x", "#javascript:x",
        "ｊavascript:alert(1)", "data/a.png",
    ])
    func harmlessURLsAreKept(url: String) {
        #expect(LinkPolicy(address: .localhost).resolve(url, scope: .page) == url)
    }

    /// A space cannot be part of a scheme: this is a relative path, kept, with its space encoded as in any URL.
    @Test func aSpaceBeforeAColonMakesARelativePath() {
        #expect(LinkPolicy(address: .localhost).resolve("java script:alert(1)", scope: .page) == "java%20script:alert(1)")
    }

    @Test(arguments: [
        ("javascript:x", "javascript"), (" \u{1}\tJaVa\nScRiPt:x", "javascript"), ("data:,", "data"),
        ("https://a", "https"), ("a+b-c.d:x", "a+b-c.d"), ("1http:x", nil), (":x", nil), ("/a:b", nil),
        ("", nil),
    ] as [(String, String?)])
    func scheme(url: String, scheme: String?) {
        #expect(LinkReference.scheme(of: url) == scheme)
    }
}
