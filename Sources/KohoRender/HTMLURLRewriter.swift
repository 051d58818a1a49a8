/// Rewrites the URLs in a piece of rendered HTML, in one of two ways:
/// - for feeds, every URL made absolute: a feed reader shows an item away from the site, where
///   `/kaku/images/a.png`, `a.png` or `#section` resolve against nothing;
/// - for pages of a site under a path, a root-relative URL written in a template (`/images/a.png`) gets the
///   base path in front (DESIGN.md: "a root-relative path written in content or a template means the site's
///   root"), unless it already carries it, as `rel_url` does.
///
/// A small scanner over the HTML, not a string replacement: it reads tags and their attributes the way an
/// HTML tokenizer does (quoted and unquoted values, comments, `<script>`/`<style>` raw text), rewrites only
/// URL-valued attributes (`href`, `src`, `srcset`, `poster`, …), and copies everything else byte for byte.
struct HTMLURLRewriter {
    /// The absolute URL of the document the HTML belongs to (the post's permalink): relative URLs, `#…` and
    /// `?…` resolve against it. Empty in base-path mode.
    let documentURL: String
    /// In base-path mode, the site's base path (`/kaku/`); nil when making URLs absolute.
    var basePath: String? = nil

    /// The rewriter that puts `basePath` in front of root-relative URLs of a page.
    static func basePath(_ basePath: String) -> HTMLURLRewriter {
        HTMLURLRewriter(documentURL: "", basePath: basePath)
    }

    /// Whether a page's bytes may hold a root-relative URL without the base path: an attribute value starting
    /// with `/` that is neither `//…` nor `/base/…`. A cheap test, so pages that need nothing are not scanned.
    static func mayNeedBasePath(_ bytes: [UInt8], basePath: String) -> Bool {
        let rest = Array(basePath.utf8.dropFirst())
        var i = 0
        let count = bytes.count
        while i + 2 < count {
            if bytes[i] == UInt8(ascii: "="), bytes[i + 1] == UInt8(ascii: "\"") || bytes[i + 1] == UInt8(ascii: "'"),
                bytes[i + 2] == UInt8(ascii: "/")
            {
                let start = i + 3
                let protocolRelative = start < count && bytes[start] == UInt8(ascii: "/")
                let carriesBase = start + rest.count <= count && bytes[start..<(start + rest.count)].elementsEqual(rest)
                if !protocolRelative && !carriesBase { return true }
            }
            i += 1
        }
        return false
    }

    /// Attributes whose value is one URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "action", "formaction", "longdesc", "background", "xlink:href",
    ]
    /// Elements whose content is raw text: no tags inside until their end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    ]

    /// `html` with its URL attributes rewritten (made absolute, or given the base path).
    func rewrite(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                // A comment (`<!-- … -->`), doctype, CDATA section or processing instruction: copied whole.
                let end =
                    Self.isPrefix("<!--", of: bytes, at: i)
                    ? Self.find(Array("-->".utf8), in: bytes, from: i + 4)
                    : Self.find([UInt8(ascii: ">")], in: bytes, from: i)
                out += bytes[i..<end]
                i = end
            } else if Self.isASCIILetter(next) {
                i = tag(bytes, from: i, into: &out)
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Copies the start tag at `start` (an `<` before a letter), rewriting its URL attributes; returns the
    /// index after the tag, or after the raw text of a `<script>`-like element.
    private func tag(_ b: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        var i = start + 1
        while i < b.count, !Self.isSpace(b[i]), b[i] != UInt8(ascii: "/"), b[i] != UInt8(ascii: ">") { i += 1 }
        let name = String(decoding: b[(start + 1)..<i], as: UTF8.self).lowercased()
        out += b[start..<i]
        while i < b.count {
            // Whitespace and stray slashes between attributes.
            if Self.isSpace(b[i]) || b[i] == UInt8(ascii: "/") {
                out.append(b[i])
                i += 1
                continue
            }
            if b[i] == UInt8(ascii: ">") {
                out.append(b[i])
                i += 1
                break
            }
            // An attribute name runs to whitespace, `/`, `>` or `=` (the first character may be `=`).
            let nameStart = i
            i += 1
            while i < b.count, !Self.isSpace(b[i]), b[i] != UInt8(ascii: "/"), b[i] != UInt8(ascii: ">"),
                b[i] != UInt8(ascii: "=")
            {
                i += 1
            }
            let attribute = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
            out += b[nameStart..<i]
            let nameEnd = i
            var j = i
            while j < b.count, Self.isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < b.count, Self.isSpace(b[j]) { j += 1 }
            // The value: quoted, or unquoted up to whitespace or `>`.
            let valueStart: Int, valueEnd: Int
            if j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                valueStart = j + 1
                var k = valueStart
                while k < b.count, b[k] != b[j] { k += 1 }
                valueEnd = k
                i = min(k + 1, b.count)
            } else {
                valueStart = j
                var k = j
                while k < b.count, !Self.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                valueEnd = k
                i = k
            }
            let raw = String(decoding: b[valueStart..<valueEnd], as: UTF8.self)
            let value: String
            if Self.urlAttributes.contains(attribute) {
                value = resolve(HTMLAttribute.decode(raw))
            } else if attribute == "srcset" || attribute == "imagesrcset" {
                value = resolveSourceSet(HTMLAttribute.decode(raw))
            } else {
                // Any other attribute is copied exactly as written.
                out += b[nameEnd..<i]
                continue
            }
            if basePath != nil, value == HTMLAttribute.decode(raw) {
                // A page's own URLs that need nothing stay byte for byte as the template wrote them.
                out += b[nameEnd..<i]
                continue
            }
            out += Array("=\"".utf8) + Array(HTMLText.escape(value).utf8) + [UInt8(ascii: "\"")]
        }
        if Self.rawTextElements.contains(name) {
            // Copy the element's text untouched, up to its end tag.
            let end = Self.findEndTag(name, in: b, from: i)
            out += b[i..<end]
            return end
        }
        return i
    }

    /// `url` as an absolute URL, resolved against ``documentURL`` (RFC 3986 section 5.2); in base-path mode,
    /// a root-relative URL with the base path in front.
    func resolve(_ written: String) -> String {
        if let basePath {
            guard written.hasPrefix("/"), !written.hasPrefix("//"), !written.hasPrefix(basePath),
                written != String(basePath.dropLast())
            else { return written }
            return basePath + written.dropFirst()
        }
        let url = written.trimmingWhitespace()
        if SafeLink.scheme(of: url) != nil { return url }
        let base = URLParts(documentURL)
        if url.isEmpty { return base.withoutFragment }
        if url.hasPrefix("//") { return base.scheme + ":" + url }
        if url.hasPrefix("#") { return base.withoutFragment + url }
        if url.hasPrefix("?") { return base.origin + base.path + url }
        if url.hasPrefix("/") { return base.origin + URLParts.removeDotSegments(url) }
        let directory = base.path.lastIndex(of: "/").map { String(base.path[...$0]) } ?? "/"
        return base.origin + URLParts.removeDotSegments(directory + url)
    }

    /// A `srcset` with each candidate's URL resolved and its descriptor kept.
    func resolveSourceSet(_ value: String) -> String {
        value.split(separator: ",", omittingEmptySubsequences: true).map { candidate in
            let parts = candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard let first = parts.first else { return "" }
            return ([resolve(String(first))] + parts.dropFirst().map(String.init)).joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    // MARK: - Bytes

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c | 0x20)
    }

    private static func isPrefix(_ s: String, of b: [UInt8], at i: Int) -> Bool {
        let p = Array(s.utf8)
        return i + p.count <= b.count && Array(b[i..<(i + p.count)]) == p
    }

    /// The index just after the first `needle` at or after `from`, or the end.
    private static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int {
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0], Array(b[i..<(i + needle.count)]) == needle { return i + needle.count }
            i += 1
        }
        return b.count
    }

    /// The index of `</name` (any case) at or after `from`, or the end.
    private static func findEndTag(_ name: String, in b: [UInt8], from: Int) -> Int {
        let needle = Array(("</" + name).utf8)
        var i = from
        while i + needle.count <= b.count {
            if b[i] == UInt8(ascii: "<"),
                zip(b[i..<(i + needle.count)], needle).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) || $0 == $1 })
            {
                return i
            }
            i += 1
        }
        return b.count
    }
}

/// An absolute URL split for resolving references against it.
struct URLParts {
    /// `https`.
    var scheme: String
    /// `https://example.jp`.
    var origin: String
    /// `/kaku/posts/a/` (no query, no fragment).
    var path: String
    /// The URL without its `#fragment`.
    var withoutFragment: String

    init(_ url: String) {
        let noFragment =
            url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
        withoutFragment = noFragment
        let schemeEnd = noFragment.range(of: "://")
        scheme = schemeEnd.map { String(noFragment[..<$0.lowerBound]) } ?? "https"
        let afterAuthority = schemeEnd.map(\.upperBound) ?? noFragment.startIndex
        let pathStart =
            noFragment[afterAuthority...].firstIndex(where: { $0 == "/" || $0 == "?" }) ?? noFragment.endIndex
        origin = String(noFragment[..<pathStart])
        let rest = noFragment[pathStart...]
        let pathPart = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        path = pathPart.isEmpty ? "/" : String(pathPart)
    }

    /// RFC 3986's remove_dot_segments on a path that may carry a query or fragment (left untouched).
    static func removeDotSegments(_ reference: String) -> String {
        let end = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? reference.endIndex
        let path = reference[..<end]
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        var joined = output.joined(separator: "/")
        if !joined.hasPrefix("/") { joined = "/" + joined }
        return joined + reference[end...]
    }
}

/// Decoding of HTML attribute values (escaping is ``HTMLText``).
enum HTMLAttribute {
    /// Character references decoded: the five XML ones and numeric ones. Other named references are left as
    /// written (`&copy;` stays `&copy;`), which for URLs is what matters.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semicolon]
                if let scalar = reference(name) {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func reference(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
