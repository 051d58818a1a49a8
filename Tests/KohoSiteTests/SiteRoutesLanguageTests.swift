import KohoSite
import KohoURL
import Testing

/// The URL table of a further language: every page, feed and card under `/<lang>/`, the sitemap, robots.txt
/// and copied files once at the root; a page's path kept between languages.
@Suite struct SiteRoutesLanguageTests {
    static let address = SiteAddress("https://example.jp/city/")!
    static let main = SiteRoutes(address: address)
    static let english = SiteRoutes(address: address, language: "en")

    @Test(arguments: [
        (main.home, "/city/", "index.html"),
        (english.home, "/city/en/", "en/index.html"),
        (english.list(.staffList), "/city/en/staff/", "en/staff/index.html"),
        (english.list(.postList, page: 2), "/city/en/posts/page/2/", "en/posts/page/2/index.html"),
        (english.entry(.staff, "sato"), "/city/en/staff/sato/", "en/staff/sato/index.html"),
        (english.entry(.tag, "防災", page: 3), "/city/en/tags/%E9%98%B2%E7%81%BD/page/3/", "en/tags/防災/page/3/index.html"),
        (english.feed(of: english.home), "/city/en/feed.xml", "en/feed.xml"),
        (english.feed(of: english.entry(.department, "koho")), "/city/en/departments/koho/feed.xml", "en/departments/koho/feed.xml"),
        (english.jsonFeed, "/city/en/feed.json", "en/feed.json"),
        (english.card(.staff, "sato"), "/city/en/cards/staff/sato.png", "en/cards/staff/sato.png"),
        (english.notFound, "/city/en/404.html", "en/404.html"),
        (english.shareMastodon, "/city/en/share/mastodon/", "en/share/mastodon/index.html"),
        // Each language searches its own pages.
        (english.search, "/city/en/search/", "en/search/index.html"),
        (english.searchMeta, "/city/en/search/index/meta.json", "en/search/index/meta.json"),
        (english.searchShard(7), "/city/en/search/index/terms/7.bin", "en/search/index/terms/7.bin"),
        (english.searchChunk(0), "/city/en/search/index/docs/0.json", "en/search/index/docs/0.json"),
        // Once for the whole site.
        (english.sitemap, "/city/sitemap.xml", "sitemap.xml"),
        (english.robots, "/city/robots.txt", "robots.txt"),
        (english.file("assets/koho.css"), "/city/assets/koho.css", "assets/koho.css"),
    ])
    func route(_ route: Route, url: String, outputPath: String) {
        #expect(route.url == url)
        #expect(route.outputPath == outputPath)
        #expect(route.permalink == "https://example.jp" + url)
    }

    @Test func aPageKeepsItsPathInEveryLanguage() {
        let sato = Self.main.entry(.staff, "sato")
        #expect(Self.main.translated(sato, to: Self.english).url == "/city/en/staff/sato/")
        #expect(Self.english.translated(Self.english.entry(.staff, "sato"), to: Self.main) == sato)
        #expect(Self.english.translated(Self.english.home, to: Self.main) == Self.main.home)
        #expect(Self.main.translated(Self.main.feed(of: Self.main.home), to: Self.english).url == "/city/en/feed.xml")
        // A main-language slug that happens to be a language's name is not taken for its folder.
        let enPage = Self.main.entry(.page, "en")
        #expect(Self.main.translated(enPage, to: Self.english).outputPath == "en/pages/en/index.html")
    }
}
