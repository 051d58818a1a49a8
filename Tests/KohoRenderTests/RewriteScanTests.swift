import Testing

@testable import KohoRender

/// The quick scan that lets most pages skip the URL rewriter: it may say yes when no rewrite is needed,
/// never no when one is.
@Suite struct RewriteScanTests {
    @Test(arguments: [
        ("<a href=\"/staff/\">", "/", false),
        ("<a href=\"/staff/\">", "/city/", true),
        ("<a href=\"/city/staff/\">", "/city/", false),
        ("<a href='/staff/'>", "/city/", true),
        ("<a href=\"//cdn.example/x\">", "/city/", false),
        ("<p>a = \"/b\" is text</p>", "/city/", false),
        ("<p>a =\"/b\"</p>", "/city/", true),
        ("<a href=\"JavaScript:alert(1)\">", "/", true),
        ("<img src=\"data:image/png;base64,AAAA\">", "/", true),
        ("<p>intent: 10:30 file</p>", "/", true),
        ("<p>時刻 10:30、https://example.jp/</p>", "/", false),
        ("", "/city/", false),
        ("=", "/city/", false),
        ("=\"/", "/city/", true),
        (":", "/", false),
    ])
    func pagesThatMayNeedARewriteAreFound(_ html: String, _ basePath: String, _ expected: Bool) {
        #expect(HTMLURLRewriter.mayNeedRewrite(Array(html.utf8), basePath: basePath) == expected)
    }
}
