import KohoContent
import KohoSite

/// Writes `sitemap.xml` (every listed page, absolute, with `lastmod` where a date is known) and
/// `robots.txt`, which names it.
struct SitemapWriter {
    let site: Site

    func sitemap(pages: [PageJob]) -> RenderedFile {
        var xml = XMLWriter()
        xml.open("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        var seen = Set<String>()
        for page in pages {
            guard let url = page.sitemapURL, seen.insert(url).inserted else { continue }
            xml.open("url")
            xml.element("loc", site.urls.permalink(url))
            if let date = page.lastModified { xml.element("lastmod", FeedDate.w3c(date)) }
            xml.close()
        }
        return RenderedFile(path: "sitemap.xml", bytes: Array(xml.finish().utf8))
    }

    /// Allows everything and names the sitemap. Crawlers read `/robots.txt` at the host's root only, so for
    /// a site under a path (`https://example.jp/city/`) this file is a template for the host's own.
    func robots() -> RenderedFile {
        RenderedFile(
            path: "robots.txt",
            bytes: Array("User-agent: *\nAllow: /\n\nSitemap: \(site.urls.baseURL)sitemap.xml\n".utf8))
    }
}
