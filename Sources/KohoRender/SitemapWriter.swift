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
            guard page.listed, seen.insert(page.route.permalink).inserted else { continue }
            xml.open("url")
            xml.element("loc", page.route.permalink)
            if let date = page.lastModified { xml.element("lastmod", FeedDate.w3c(date)) }
            xml.close()
        }
        return RenderedFile(path: site.routes.sitemap.outputPath, bytes: Array(xml.finish().utf8))
    }

    /// The sitemap of a site in several languages: every language's listed pages (`languages`, the pages
    /// planned for each, the main language first), each with an `xhtml:link` alternate per language that
    /// has the page (its own included) and `x-default` at the main language's, as search engines ask.
    func sitemap(languages: [[PageJob]], translations: PageTranslations) -> RenderedFile {
        var xml = XMLWriter()
        xml.open(
            "urlset",
            ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": "http://www.w3.org/1999/xhtml"])
        var seen = Set<String>()
        for (index, pages) in languages.enumerated() {
            for page in pages {
                guard page.listed, seen.insert(page.route.permalink).inserted else { continue }
                xml.open("url")
                xml.element("loc", page.route.permalink)
                if let date = page.lastModified { xml.element("lastmod", FeedDate.w3c(date)) }
                let alternates = translations.alternates(of: page.route, language: index)
                for (language, route) in alternates {
                    xml.empty("xhtml:link", ["rel": "alternate", "hreflang": language.code, "href": route.permalink])
                }
                if let main = alternates.first, main.language.code == translations.languages.first?.code {
                    xml.empty("xhtml:link", ["rel": "alternate", "hreflang": "x-default", "href": main.route.permalink])
                }
                xml.close()
            }
        }
        return RenderedFile(path: site.routes.sitemap.outputPath, bytes: Array(xml.finish().utf8))
    }

    /// Allows everything and names the sitemap. Crawlers read `/robots.txt` at the host's root only, so for
    /// a site under a path (`https://example.jp/city/`) this file is a template for the host's own.
    func robots() -> RenderedFile {
        RenderedFile(
            path: site.routes.robots.outputPath,
            bytes: Array("User-agent: *\nAllow: /\n\nSitemap: \(site.routes.sitemap.permalink)\n".utf8))
    }
}
