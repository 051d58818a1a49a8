import KohoSite
import KohoSocial
import KohoURL

/// A social account as a link: the handle people recognise and the profile URL.
struct SocialProfile: Equatable {
    var handle: String
    var url: String

    /// Reads `x: sato_city`, `x: "@sato_city"`, `mastodon: "@sato@mstdn.jp"` or a full URL; nil for a value
    /// that is neither a handle nor an http(s) URL.
    init?(service: SocialService, written: String) {
        let value = written.trimmingWhitespace()
        if value.isEmpty { return nil }
        if case .withScheme(let scheme) = LinkReference(value) {
            guard scheme == "http" || scheme == "https" else { return nil }
            url = value
            handle = Self.displayHandle(ofURL: value)
            return
        }
        let bare = value.hasPrefix("@") ? String(value.dropFirst()) : value
        guard let profile = service.profileURL(handle: bare, encode: PercentEncoding.encodePathSegment) else {
            return nil
        }
        (handle, url) = (service.displayHandle(bare), profile)
    }

    /// `https://www.example.jp/blog/` → `example.jp/blog`.
    static func displayHandle(ofURL url: String) -> String {
        var rest = Substring(url)
        if let range = rest.range(of: "://") { rest = rest[range.upperBound...] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}
