import Foundation
public import KohoSite

/// The `<picture>` of a Markdown body's image: a `<source>` per modern format, and the `<img>` every browser
/// shows, with its size (no layout shift), loaded when scrolled near (a body is below the page's header).
public enum PictureMarkup {
    /// The widths a body image takes: the text column (44rem) on a wide screen, the screen on a phone.
    public static let bodySizes = "(min-width: 46rem) 44rem, 100vw"

    /// `html` with each `<img src="…" alt="…" />` that cmark wrote turned into a `<picture>` when `picture`
    /// knows its `src` (the URL as written in the HTML, entities decoded); everything else byte for byte.
    public static func rewritingImages(in html: String, _ picture: (String) -> Picture?) -> String {
        let opening = "<img src=\""
        var out = ""
        var rest = Substring(html)
        while let start = rest.range(of: opening) {
            out += rest[..<start.lowerBound]
            let afterSrc = rest[start.upperBound...]
            guard let srcEnd = afterSrc.firstIndex(of: "\""),
                let tagEnd = afterSrc.range(of: " />")
            else {
                out += rest[start.lowerBound...]
                return out
            }
            let tag = rest[start.lowerBound..<tagEnd.upperBound]
            let src = decodeEntities(String(afterSrc[..<srcEnd]))
            let attributes = afterSrc[afterSrc.index(after: srcEnd)..<tagEnd.lowerBound]
            if let found = picture(src), !attributes.contains("<"), let alt = attribute("alt", in: attributes) {
                out += markup(found, alt: alt, title: attribute("title", in: attributes))
            } else {
                out += tag
            }
            rest = rest[tagEnd.upperBound...]
        }
        out += rest
        return out
    }

    /// The markup of `picture`, its `alt` and `title` already escaped for an attribute.
    static func markup(_ picture: Picture, alt: String, title: String?) -> String {
        var out = "<picture>"
        for source in picture.sources {
            out += "<source type=\"\(source.type)\" srcset=\"\(source.srcset)\" sizes=\"\(bodySizes)\">"
        }
        out += "<img src=\"\(picture.src)\" srcset=\"\(picture.srcset)\" sizes=\"\(bodySizes)\""
        out += " width=\"\(picture.width)\" height=\"\(picture.height)\" alt=\"\(alt)\""
        if let title { out += " title=\"\(title)\"" }
        out += " loading=\"lazy\" decoding=\"async\"></picture>"
        return out
    }

    /// The value of ` name="…"` in cmark's attributes, as written (escaped).
    private static func attribute(_ name: String, in attributes: Substring) -> String? {
        guard let start = attributes.range(of: " \(name)=\"") else { return nil }
        let value = attributes[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }

    /// The entities cmark writes in an `href`/`src` (`&amp;`, `&#x27;`) decoded.
    private static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
