import KohoURL
import Testing

@testable import KohoRender

/// Making the URLs inside feed HTML absolute.
@Suite struct HTMLURLRewriterTests {
    static let resolver = HTMLURLRewriter(
        documentURL: "https://example.jp/city/posts/a/", address: SiteAddress("https://example.jp/city/")!)

    @Test(arguments: [
        ("/city/images/a.png", "https://example.jp/city/images/a.png"),
        ("b.png", "https://example.jp/city/posts/a/b.png"),
        ("../b/", "https://example.jp/city/posts/b/"),
        ("../../../../x", "https://example.jp/x"),
        ("./c?d=1#e", "https://example.jp/city/posts/a/c?d=1#e"),
        ("#top", "https://example.jp/city/posts/a/#top"),
        ("?page=2", "https://example.jp/city/posts/a/?page=2"),
        ("", "https://example.jp/city/posts/a/"),
        ("//cdn.example.com/x.js", "https://cdn.example.com/x.js"),
        ("https://example.com/", "https://example.com/"),
        ("mailto:a@example.jp", "mailto:a@example.jp"),
        ("  /city/x  ", "https://example.jp/city/x"),
    ])
    func resolve(_ written: String, _ expected: String) {
        #expect(Self.resolver.resolve(written) == expected)
    }

    @Test(arguments: [
        ("<p><a href=\"/city/x/\">x</a></p>", "<p><a href=\"https://example.jp/city/x/\">x</a></p>"),
        ("<img alt='a' src='/i.png'>", "<img alt='a' src=\"https://example.jp/city/i.png\">"),
        ("<img src=/i.png alt=a>", "<img src=\"https://example.jp/city/i.png\" alt=a>"),
        ("<A HREF = \"y\">", "<A HREF=\"https://example.jp/city/posts/a/y\">"),
        ("<a href=\"/q?a=1&amp;b=2\">", "<a href=\"https://example.jp/city/q?a=1&amp;b=2\">"),
        ("<a title=\"&copy; /x\" href=\"/x\">", "<a title=\"&copy; /x\" href=\"https://example.jp/city/x\">"),
        (
            "<img srcset=\"/a.png 1x, b.png 2x\">",
            "<img srcset=\"https://example.jp/city/a.png 1x, https://example.jp/city/posts/a/b.png 2x\">"
        ),
        ("<!-- <a href=\"/x\"> -->", "<!-- <a href=\"/x\"> -->"),
        (
            "<script>var s = '<a href=\"/x\">';</script><a href=\"/y\">",
            "<script>var s = '<a href=\"/x\">';</script><a href=\"https://example.jp/city/y\">"
        ),
        ("a < b and <br/> <hr />", "a < b and <br/> <hr />"),
        ("<code>&lt;a href=\"/x\"&gt;</code>", "<code>&lt;a href=\"/x\"&gt;</code>"),
        (
            "<video poster=\"/p.jpg\" src=\"/v.mp4\" controls>",
            "<video poster=\"https://example.jp/city/p.jpg\" src=\"https://example.jp/city/v.mp4\" controls>"
        ),
        ("<a href=\"/unterminated", "<a href=\"https://example.jp/city/unterminated\""),
        ("日本語 <a href=\"/タグ/\">#タグ</a>", "日本語 <a href=\"https://example.jp/city/タグ/\">#タグ</a>"),
        // How attributes are read: without a value, after a slash, a name that starts with `=`, an empty value.
        ("<input disabled src=/i.png>", "<input disabled src=\"https://example.jp/city/i.png\">"),
        ("<img/src=\"/a.png\"/>", "<img/src=\"https://example.jp/city/a.png\"/>"),
        ("<a =href=\"/x\" href>", "<a =href=\"/x\" href>"),
        ("<a href=\"\">", "<a href=\"https://example.jp/city/posts/a/\">"),
    ])
    func rewrite(_ html: String, _ expected: String) {
        #expect(Self.resolver.rewrite(html) == expected)
    }

    /// A root-relative path in feed HTML means the site's root (it was written in raw HTML or a layout), so
    /// it gets the base path; one that has it already is left alone; a scheme the link rule drops is emptied.
    @Test(arguments: [
        ("/x", "https://example.jp/city/x"),
        ("/city/x", "https://example.jp/city/x"),
        ("javascript:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("data:text/html,x", ""),
        ("ftp://ftp.example.jp/a", "ftp://ftp.example.jp/a"),
    ])
    func theLinkRuleHoldsInFeeds(_ written: String, _ expected: String) {
        #expect(Self.resolver.resolve(written) == expected)
    }

    @Test(arguments: [
        ("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"\">x</a>"),
        ("<a href=\"/x\">x</a>", "<a href=\"/city/x\">x</a>"),
        ("<a href=\"/city/x\">x</a>", "<a href=\"/city/x\">x</a>"),
        ("<img src='x.png'>", "<img src='x.png'>"),
        ("<p>javascript: is a word</p>", "<p>javascript: is a word</p>"),
        ("<a title=\"/x\" href=/x>", "<a title=\"/x\" href=\"/city/x\">"),
        ("<img src=x.png alt=/x>", "<img src=x.png alt=/x>"),
    ])
    func pagesKeepWhatTheRuleKeepsByteForByte(_ html: String, _ expected: String) {
        let pages = HTMLURLRewriter.pages(LinkPolicy(address: SiteAddress("https://example.jp/city/")!))
        #expect(pages.rewrite(html) == expected)
    }
}
