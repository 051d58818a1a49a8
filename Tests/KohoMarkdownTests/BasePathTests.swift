import Testing
@testable import KohoMarkdown

@Suite struct BasePathTests {
    static let city = MarkdownOptions.site(basePath: "/city/")

    @Test(arguments: [
        ("[課](/departments/kiki/)", #"<p><a href="/city/departments/kiki/">課</a></p>"#),
        ("![庁舎](/images/a.png)", #"<p><img src="/city/images/a.png" alt="庁舎" /></p>"#),
        ("[課][k]\n\n[k]: /departments/kiki/", #"<p><a href="/city/departments/kiki/">課</a></p>"#),
        ("[仙北市](/tags/仙北市/)", #"<p><a href="/city/tags/%E4%BB%99%E5%8C%97%E5%B8%82/">仙北市</a></p>"#),
        ("[top](/)", #"<p><a href="/city/">top</a></p>"#),
    ])
    func rootRelativeURLsGetTheBasePath(markdown: String, html expected: String) {
        #expect(html(markdown, Self.city) == expected + "\n")
    }

    @Test(arguments: [
        "//cdn.example.jp/a.png", "/\\example.jp/a", "#section", "images/a.png", "../a/", "./a",
        "https://example.jp/a", "mailto:info@example.jp", "?page=2", "",
    ])
    func otherURLsAreLeftAlone(url: String) throws {
        let link = try #require(render("[x](<\(url)>)", Self.city).links.first)
        #expect(link.url == url)
        let image = try #require(render("![x](<\(url)>)", Self.city).links.first)
        #expect(image.url == url)
    }

    @Test(arguments: ["/", ""])
    func aRootBasePathChangesNothing(basePath: String) {
        let rendered = render("[a](/x/) ![b](/y.png)", MarkdownOptions.site(basePath: basePath))
        #expect(rendered.links.map(\.url) == ["/x/", "/y.png"])
    }

    @Test func theLinkListKeepsTheDestinationAsWritten() throws {
        let link = try #require(render("[課](/departments/kiki/)", Self.city).links.first)
        #expect(link.destination == "/departments/kiki/")
        #expect(link.url == "/city/departments/kiki/")
    }
}
