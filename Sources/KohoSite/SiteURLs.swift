import KohoSocial

/// The site's base URL split into the parts URLs are built from.
public struct SiteURLs: Sendable, Hashable {
    /// Absolute, with a trailing slash: `https://example.jp/city/`.
    public var baseURL: String
    /// Scheme and authority: `https://example.jp`.
    public var origin: String
    /// The base URL's path, with slashes at both ends: `/city/` (or `/`).
    public var basePath: String

    /// Splits an absolute `http(s)` base URL; the content stage has validated it.
    public init(baseURL: String) {
        var base = baseURL
        if !base.hasSuffix("/") { base += "/" }
        self.baseURL = base
        // `scheme://host[:port]` ends at the first slash after `://`.
        if let schemeEnd = base.range(of: "://"),
            let pathStart = base[schemeEnd.upperBound...].firstIndex(of: "/")
        {
            origin = String(base[..<pathStart])
            basePath = String(base[pathStart...])
        } else {
            origin = String(base.dropLast())
            basePath = "/"
        }
    }

    /// The root-relative URL of a site path: `staff/sato/` → `/city/staff/sato/`. Each path segment is
    /// percent-encoded, so Japanese slugs and tags make valid links.
    public func url(_ segments: String..., trailingSlash: Bool = true) -> String {
        url(segments: segments, trailingSlash: trailingSlash)
    }

    /// The root-relative URL of the path made of `segments`.
    public func url(segments: [String], trailingSlash: Bool = true) -> String {
        let encoded = segments.filter { !$0.isEmpty }.map(URLPercentEncoding.encodePathSegment)
        let path = encoded.joined(separator: "/")
        if path.isEmpty { return basePath }
        return basePath + path + (trailingSlash ? "/" : "")
    }

    /// The absolute URL of a root-relative URL made by ``url(_:trailingSlash:)``.
    public func permalink(_ rootRelative: String) -> String {
        origin + rootRelative
    }
}

/// RFC 3986 percent-encoding of UTF-8, for path segments and query values: KohoSocial's one encoder, so
/// tag folders, body hashtag links and share links agree.
public enum URLPercentEncoding {
    /// Encodes everything but the unreserved characters `A–Z a–z 0–9 - . _ ~`.
    public static func encode(_ s: String) -> String {
        PercentEncoding.encode(s)
    }

    /// Encodes a path segment: unreserved characters and the sub-delimiters that are safe in a path stay.
    public static func encodePathSegment(_ s: String) -> String {
        PercentEncoding.encodePathSegment(s)
    }
}
