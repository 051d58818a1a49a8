/// The address a site is published at — `https://example.jp/city/` — parsed once, and the one place a
/// base path is put in front of a path or an origin in front of a URL.
///
/// A root-relative path written anywhere (`/images/a.png` in a body, a front-matter field or a layout)
/// means the site's root, so it gets the base path: `/city/images/a.png`. Adding it is idempotent by
/// construction: a path that already starts with the base path (`/city/x`, or `/city` itself) is kept.
public struct SiteAddress: Sendable, Hashable, CustomStringConvertible {
    /// `https`.
    public let scheme: String
    /// Scheme and authority, no trailing slash: `https://example.jp`.
    public let origin: String
    /// The path, with slashes at both ends: `/city/`, or `/` for a site at the root.
    public let basePath: String

    /// The whole base URL, with its trailing slash: `https://example.jp/city/`.
    public var baseURL: String { origin + basePath }
    public var description: String { baseURL }

    /// A site served at the root of this machine (`http://localhost/`): for templates and Markdown rendered
    /// outside a site, as in tests.
    public static let localhost = SiteAddress(scheme: "http", origin: "http://localhost", basePath: "/")

    private init(scheme: String, origin: String, basePath: String) {
        self.scheme = scheme
        self.origin = origin
        self.basePath = basePath
    }

    /// Parses an absolute `http(s)` URL with a host and a plain path (no query, fragment or user), or
    /// returns nil. A missing trailing slash is added.
    public init?(_ written: String) {
        let lower = written.lowercased()
        guard let scheme = ["https", "http"].first(where: { lower.hasPrefix($0 + "://") }) else { return nil }
        let rest = written.dropFirst(scheme.count + 3)
        let host = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(host.count)
        guard Self.isHost(host), Self.isCleanPath(path) else { return nil }
        self.scheme = scheme
        self.origin = scheme + "://" + host
        self.basePath = path.isEmpty ? "/" : (path.hasSuffix("/") ? String(path) : path + "/")
    }

    // MARK: - Paths and URLs

    /// `reference` with the base path in front when it is root-relative (`/x` → `/city/x`); every other
    /// reference — already under the base path, relative, `//host`, `#…`, `?…`, or with a scheme — as it is.
    public func rebased(_ reference: String) -> String {
        guard LinkReference(reference) == .rootRelative, !isUnderBasePath(reference) else { return reference }
        return basePath + reference.dropFirst()
    }

    /// The root-relative URL of a site path given as raw segments (`["tags", "防災"]` → `/city/tags/%E9…/`):
    /// each segment percent-encoded, so Japanese slugs and tags make valid links.
    public func path(_ segments: [String], trailingSlash: Bool = true) -> String {
        let encoded = segments.filter { !$0.isEmpty }.map(PercentEncoding.encodePathSegment)
        if encoded.isEmpty { return basePath }
        return basePath + encoded.joined(separator: "/") + (trailingSlash ? "/" : "")
    }

    /// The absolute URL of `reference` as read on the page at `document` (an absolute URL; the home page
    /// when nil): root-relative paths are rebased first, relative ones resolved by RFC 3986, and URLs with a
    /// scheme kept.
    public func absolute(_ reference: String, from document: String? = nil) -> String {
        switch LinkReference(reference) {
        case .withScheme: return reference
        case .networkPath: return scheme + ":" + reference
        case .rootRelative: return origin + URLResolution.removeDotSegments(rebased(reference))
        case .fragment, .query, .relative, .empty:
            return URLResolution.resolve(reference, against: document ?? baseURL)
        }
    }

    /// True when `path` is the base path or below it.
    private func isUnderBasePath(_ path: String) -> Bool {
        path.hasPrefix(basePath) || path + "/" == basePath
    }

    // MARK: - Validation

    private static func isHost(_ host: Substring) -> Bool {
        !host.isEmpty && !host.hasPrefix(".") && !host.hasPrefix(":")
            && host.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-.:[]".unicodeScalars.contains($0)
            }
    }

    /// Only what a URL path holds (RFC 3986's pchar and `/`, letters of any script, `%` and two hex
    /// digits): none of `" < > ' \ ` { } | ^`, spaces, controls, `?` or `#`, which would end an HTML
    /// attribute or a URL early wherever the base URL is printed.
    private static func isCleanPath(_ path: Substring) -> Bool {
        let scalars = Array(path.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
                    scalars[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            let isLetter =
                scalar.value > 0x7F && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            guard pathCharacters.contains(scalar) || isLetter else { return false }
            index += 1
        }
        return true
    }

    private static let pathCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@/".unicodeScalars)
}
