/// The site's origin and base path, for `rel_url` and `abs_url`.
///
/// `https://example.jp/city/` has origin `https://example.jp` and base path `/city/`; a root-relative path
/// in a template means the site's root, so it gets the base path in front.
struct SiteURL: Sendable {
    /// `https://example.jp` (no trailing slash); empty when the base URL is only a path.
    let origin: String
    /// `/city/`, or `/` for a site at the root; always starts and ends with `/`.
    let basePath: String
    /// `https`, for protocol-relative URLs.
    let scheme: String

    init(baseURL: String) {
        var rest = Substring(baseURL)
        var origin = ""
        var scheme = ""
        if let range = rest.firstRange(of: "://") {
            scheme = String(rest[..<range.lowerBound])
            let afterScheme = rest[range.upperBound...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(rest[..<slash])
            rest = rest[slash...]
        }
        // A query or fragment has no place in a base URL; drop it rather than mangle every link.
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.origin = origin
        self.basePath = path
        self.scheme = scheme
    }

    /// `path` under the site's base path: `/images/a.png` → `/city/images/a.png`, `staff/` → `/city/staff/`.
    /// Idempotent (a path that already starts with the base path is kept); absolute URLs, `//host/…`, `#…`
    /// and `?…` are returned unchanged.
    func relative(_ path: String) -> String {
        if Self.hasScheme(path) || path.hasPrefix("//") || path.hasPrefix("#") || path.hasPrefix("?") {
            return path
        }
        if path.hasPrefix(basePath) { return path }
        if path + "/" == basePath { return path }
        if path.hasPrefix("/") { return basePath + path.dropFirst() }
        if path.hasPrefix("./") { return basePath + path.dropFirst(2) }
        return basePath + path
    }

    /// `path` as an absolute URL: the origin + ``relative(_:)`` (a bare `#…` or `?…` refers to the site's
    /// home page); absolute URLs are returned unchanged.
    func absolute(_ path: String) -> String {
        if Self.hasScheme(path) { return path }
        if path.hasPrefix("//") { return scheme.isEmpty ? path : scheme + ":" + path }
        if path.hasPrefix("#") || path.hasPrefix("?") { return origin + basePath + path }
        return origin + relative(path)
    }

    /// Whether `s` starts with a URL scheme (`https:`, `mailto:`, `tel:`): letters, digits, `+ - .`, then `:`
    /// before any `/`, `?` or `#`.
    static func hasScheme(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if c == ":" { return !first }
            let isLetter = ("a"..."z").contains(c) || ("A"..."Z").contains(c)
            if first {
                guard isLetter else { return false }
                first = false
                continue
            }
            guard isLetter || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "." else { return false }
        }
        return false
    }
}

/// RFC 3986 percent-encoding: unreserved characters kept, every other byte of the UTF-8 as `%XX`.
enum PercentEncoder {
    /// Encodes `text`; with `keepingSlash`, `/` stays (Jinja's `urlencode` of a string keeps path
    /// separators, so `{{ path | urlencode }}` still reads as a path).
    static func encode(_ text: String, keepingSlash: Bool = false) -> String {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(byte)
            case UInt8(ascii: "/") where keepingSlash:
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
