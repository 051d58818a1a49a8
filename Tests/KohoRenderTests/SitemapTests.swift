import Foundation
import KohoURL
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `sitemap.xml` and `robots.txt`.
@Suite struct SitemapTests {
    @Test func listsEveryPageAbsoluteExcept404() throws {
        let files = try TestSite.plan()
        let doc = try TestSite.xml(files, "sitemap.xml")
        #expect(doc.rootElement()?.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locs = try doc.all("/*/*[local-name()='url']/*[local-name()='loc']").map { $0.stringValue ?? "" }
        #expect(Set(locs).count == locs.count, "duplicate <loc>")
        #expect(locs.allSatisfy { $0.hasPrefix("https://example.jp/city/") })
        // Pages kept out of search engines (404, the Mastodon share page) are not listed.
        let pages = files.filter { path, bytes in
            path.hasSuffix(".html")
                && !String(decoding: bytes, as: UTF8.self).contains("<meta name=\"robots\" content=\"noindex\">")
        }.keys
        #expect(locs.count == pages.count)
        for page in pages {
            let path = String(page.dropLast("index.html".count))
            let encoded =
                "https://example.jp/city/"
                + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            #expect(locs.contains(encoded), "\(page) is not in the sitemap")
        }
    }

    @Test func lastmodWhereADateIsKnown() throws {
        let doc = try TestSite.xml(try TestSite.plan(), "sitemap.xml")
        func lastmod(_ loc: String) throws -> String? {
            try doc.all("/*/*[local-name()='url'][*[local-name()='loc']='\(loc)']/*[local-name()='lastmod']").first?
                .stringValue
        }
        #expect(try lastmod("https://example.jp/city/posts/yozakura/") == "2026-04-01T18:30:00+09:00")
        // A post dated without a time gets a date.
        #expect(try lastmod("https://example.jp/city/posts/older/") == "2025-12-24")
        #expect(try lastmod("https://example.jp/city/") == "2026-04-01T18:30:00+09:00")
        #expect(try lastmod("https://example.jp/city/staff/sato/") == "2026-04-01T18:30:00+09:00")
        #expect(try lastmod("https://example.jp/city/pages/about/") == nil)
    }

    @Test func robotsNamesTheSitemap() throws {
        let robots = try TestSite.text(try TestSite.plan(), "robots.txt")
        #expect(robots.split(separator: "\n").contains("Sitemap: https://example.jp/city/sitemap.xml"))
    }
}
