import KohoContent
import KohoSite
import KohoTemplates

/// Writes `sitemap.xml`: every listed page, absolute, with `lastmod` where a date is known.
struct SitemapWriter {
    let site: Site

    func sitemap(pages: [PageJob]) -> RenderedFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            guard let url = page.sitemapURL else { continue }
            xml += "  <url><loc>\(XMLText.escape(site.urls.permalink(url)))</loc>"
            if let date = page.lastModified { xml += "<lastmod>\(W3CDate.format(date))</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: "sitemap.xml", bytes: Array(xml.utf8))
    }
}

/// Escapes text for XML content and attribute values.
enum XMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters other than tab and line breaks are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// W3C date-time (`2024-04-01T18:30:00+09:00`) for sitemaps and feeds.
enum W3CDate {
    static func format(_ d: ContentDate) -> String {
        let c = TemplateDate(d).components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let offset = abs(d.utcOffsetSeconds)
        let sign = d.utcOffsetSeconds < 0 ? "-" : "+"
        let zone = d.utcOffsetSeconds == 0 ? "Z" : "\(sign)\(two(offset / 3600)):\(two(offset % 3600 / 60))"
        return "\(c.year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))\(zone)"
    }
}
