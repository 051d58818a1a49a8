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

/// Names of social services and share targets in the site's language.
public struct ServiceLabels: Sendable {
    public let language: String

    public init(language: String) {
        self.language = language
    }

    private var japanese: Bool { language == "ja" || language.hasPrefix("ja-") }

    public func label(forService service: String) -> String {
        switch service {
        case "x": return "X"
        case "instagram": return "Instagram"
        case "facebook": return "Facebook"
        case "bluesky": return "Bluesky"
        case "mastodon": return "Mastodon"
        case "threads": return "Threads"
        case "line": return "LINE"
        case "youtube": return "YouTube"
        case "note": return "note"
        case "linkedin": return "LinkedIn"
        case "hatena": return japanese ? "はてなブックマーク" : "Hatena Bookmark"
        case "email": return japanese ? "メール" : "Email"
        case "blog": return japanese ? "ブログ" : "Blog"
        case "website": return japanese ? "ウェブサイト" : "Website"
        default: return service
        }
    }
}

extension ServiceLabels {
    /// The title of a list page (`staff-list` → 職員 / Staff) for `page.title`.
    public func title(forList kind: String) -> String {
        switch kind {
        case "staff-list": return japanese ? "職員紹介" : "Staff"
        case "department-list": return japanese ? "部署一覧" : "Departments"
        case "post-list": return japanese ? "お知らせ" : "Posts"
        case "tag-list": return japanese ? "ハッシュタグ" : "Hashtags"
        case "404": return japanese ? "ページが見つかりません" : "Page not found"
        case "share-mastodon": return japanese ? "Mastodon で共有" : "Share on Mastodon"
        default: return kind
        }
    }
}
