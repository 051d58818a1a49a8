import Testing
import KohoURL

/// The one rule for links, as a table: each kind of reference, read on a page (a Markdown body, a layout's
/// attribute) and from the site's root (a front-matter field, `rel_url`), on a site at the root and under
/// `/city/`. `nil` is dropped.
@Suite struct LinkPolicyTests {
    struct Row: Sendable, CustomStringConvertible {
        var written: String
        var rootPage: String?
        var rootSite: String?
        var cityPage: String?
        var citySite: String?
        var description: String { written }
    }

    static let rows: [Row] = [
        Row(written: "/x", rootPage: "/x", rootSite: "/x", cityPage: "/city/x", citySite: "/city/x"),
        Row(written: "/city/x", rootPage: "/city/x", rootSite: "/city/x", cityPage: "/city/x", citySite: "/city/x"),
        Row(written: "/city", rootPage: "/city", rootSite: "/city", cityPage: "/city", citySite: "/city"),
        Row(written: "/cityhall/x", rootPage: "/cityhall/x", rootSite: "/cityhall/x", cityPage: "/city/cityhall/x", citySite: "/city/cityhall/x"),
        Row(written: "/", rootPage: "/", rootSite: "/", cityPage: "/city/", citySite: "/city/"),
        Row(written: "x", rootPage: "x", rootSite: "/x", cityPage: "x", citySite: "/city/x"),
        Row(written: "./x", rootPage: "./x", rootSite: "/x", cityPage: "./x", citySite: "/city/x"),
        Row(written: "../x", rootPage: "../x", rootSite: "/x", cityPage: "../x", citySite: "/city/x"),
        Row(written: "#a", rootPage: "#a", rootSite: "#a", cityPage: "#a", citySite: "#a"),
        Row(written: "?q=1", rootPage: "?q=1", rootSite: "?q=1", cityPage: "?q=1", citySite: "?q=1"),
        Row(written: "//host/x", rootPage: "//host/x", rootSite: "//host/x", cityPage: "//host/x", citySite: "//host/x"),
        Row(written: "/\\host/x", rootPage: "/\\host/x", rootSite: "/\\host/x", cityPage: "/\\host/x", citySite: "/\\host/x"),
        Row(written: "https://example.com/a?b#c", rootPage: "https://example.com/a?b#c", rootSite: "https://example.com/a?b#c", cityPage: "https://example.com/a?b#c", citySite: "https://example.com/a?b#c"),
        Row(written: "HTTP://example.com/", rootPage: "HTTP://example.com/", rootSite: "HTTP://example.com/", cityPage: "HTTP://example.com/", citySite: "HTTP://example.com/"),
        Row(written: "mailto:koho@example.jp", rootPage: "mailto:koho@example.jp", rootSite: "mailto:koho@example.jp", cityPage: "mailto:koho@example.jp", citySite: "mailto:koho@example.jp"),
        Row(written: "tel:0187-43-1111", rootPage: "tel:0187-43-1111", rootSite: "tel:0187-43-1111", cityPage: "tel:0187-43-1111", citySite: "tel:0187-43-1111"),
        Row(written: "ftp://ftp.example.jp/a", rootPage: "ftp://ftp.example.jp/a", rootSite: "ftp://ftp.example.jp/a", cityPage: "ftp://ftp.example.jp/a", citySite: "ftp://ftp.example.jp/a"),
        Row(written: "  /x  ", rootPage: "/x", rootSite: "/x", cityPage: "/city/x", citySite: "/city/x"),
        Row(written: "", rootPage: "", rootSite: "/", cityPage: "", citySite: "/city/"),
        Row(written: "/images/my photo.jpg", rootPage: "/images/my%20photo.jpg", rootSite: "/images/my%20photo.jpg", cityPage: "/city/images/my%20photo.jpg", citySite: "/city/images/my%20photo.jpg"),
        Row(written: "my photo|1.jpg", rootPage: "my%20photo%7C1.jpg", rootSite: "/my%20photo%7C1.jpg", cityPage: "my%20photo%7C1.jpg", citySite: "/city/my%20photo%7C1.jpg"),
        Row(written: "/images/my%20photo.jpg", rootPage: "/images/my%20photo.jpg", rootSite: "/images/my%20photo.jpg", cityPage: "/city/images/my%20photo.jpg", citySite: "/city/images/my%20photo.jpg"),
        Row(written: "/images/佐藤.jpg", rootPage: "/images/佐藤.jpg", rootSite: "/images/佐藤.jpg", cityPage: "/city/images/佐藤.jpg", citySite: "/city/images/佐藤.jpg"),
    ] + [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "\u{1}javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "jav\r\nascript:alert(1)", "vbscript:msgbox",
        "data:text/html,<script>alert(1)</script>", "DATA:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd",
        "blob:https://example.jp/x", "intent://x#Intent;end",
    ].map { Row(written: $0, rootPage: nil, rootSite: nil, cityPage: nil, citySite: nil) }

    static let root = SiteAddress("https://example.jp/")!
    static let city = SiteAddress("https://example.jp/city")!

    @Test(arguments: rows)
    func eachReferenceHasOneAnswer(row: Row) {
        #expect(LinkPolicy(address: Self.root).resolve(row.written, scope: .page) == row.rootPage)
        #expect(LinkPolicy(address: Self.root).resolve(row.written, scope: .siteRoot) == row.rootSite)
        #expect(LinkPolicy(address: Self.city).resolve(row.written, scope: .page) == row.cityPage)
        #expect(LinkPolicy(address: Self.city).resolve(row.written, scope: .siteRoot) == row.citySite)
    }

    @Test(arguments: rows)
    func resolvingTwiceChangesNothing(row: Row) {
        for address in [Self.root, Self.city] {
            let policy = LinkPolicy(address: address)
            for scope in [LinkPolicy.Scope.page, .siteRoot] {
                guard let once = policy.resolve(row.written, scope: scope) else { continue }
                #expect(policy.resolve(once, scope: scope) == once)
            }
        }
    }

    @Test(arguments: [
        ("/x", nil, "https://example.jp/city/x"),
        ("/city/x", nil, "https://example.jp/city/x"),
        ("x", "https://example.jp/city/posts/a/", "https://example.jp/city/posts/a/x"),
        ("../b/", "https://example.jp/city/posts/a/", "https://example.jp/city/posts/b/"),
        ("#top", "https://example.jp/city/posts/a/", "https://example.jp/city/posts/a/#top"),
        ("?q=1", "https://example.jp/city/posts/a/", "https://example.jp/city/posts/a/?q=1"),
        ("//cdn.example.com/a.png", nil, "https://cdn.example.com/a.png"),
        ("mailto:a@example.jp", nil, "mailto:a@example.jp"),
    ] as [(String, String?, String)])
    func absoluteURLs(written: String, document: String?, expected: String) {
        #expect(LinkPolicy(address: Self.city).absolute(written, scope: .page, from: document) == expected)
        #expect(Self.city.absolute(Self.city.absolute(written, from: document)) == expected)
    }

    @Test(arguments: [
        "example.jp", "ftp://example.jp/", "https:///city/", "https://example.jp/?a=1", "https://example.jp/#top",
        "https://user@example.jp/", "https://example.jp/\"><script>/", "https://example.jp/'x/", "https://example.jp/a b/",
        "https://example.jp/%zz/", "https://example.jp/<b>/", "https://example.jp/a`b/",
    ])
    func baseURLsThatAreNotAddressesAreRefused(written: String) {
        #expect(SiteAddress(written) == nil)
    }

    @Test(arguments: [
        ("https://example.jp", "https://example.jp", "/"),
        ("https://example.jp/city", "https://example.jp", "/city/"),
        ("HTTP://localhost:1313/", "http://localhost:1313", "/"),
        ("https://example.jp/市役所/", "https://example.jp", "/市役所/"),
    ])
    func addressesAreSplitOnce(written: String, origin: String, basePath: String) throws {
        let address = try #require(SiteAddress(written))
        #expect(address.origin == origin)
        #expect(address.basePath == basePath)
        #expect(address.baseURL == origin + basePath)
    }

    @Test func sitePathsArePercentEncodedSegments() {
        #expect(Self.city.path(["tags", "防災"]) == "/city/tags/%E9%98%B2%E7%81%BD/")
        #expect(Self.city.path(["feed.xml"], trailingSlash: false) == "/city/feed.xml")
        #expect(Self.city.path([]) == "/city/")
    }
}
