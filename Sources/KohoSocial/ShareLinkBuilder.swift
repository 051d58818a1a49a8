import KohoURL

/// Builds the plain share link (no script, no tracking parameters) of each network for one page.
///
/// URL forms follow DESIGN.md's table; every parameter goes through ``PercentEncoding/encode(_:)``; the
/// text of each network is fitted by ``ShareTextFitter`` first.
public struct ShareLinkBuilder: Sendable {
    /// The host of the site's Mastodon instance (`mastodon.social`), from `mastodon_instance`.
    public var mastodonInstance: String?
    /// An absolute URL of a page of the site that asks the reader for their instance and forwards the
    /// `text` parameter there; used for Mastodon when there is no ``mastodonInstance``.
    public var mastodonSharePage: String?
    public var fitter: ShareTextFitter

    public init(mastodonInstance: String? = nil, mastodonSharePage: String? = nil, fitter: ShareTextFitter = .init()) {
        self.mastodonInstance = mastodonInstance
        self.mastodonSharePage = mastodonSharePage
        self.fitter = fitter
    }

    /// The share link of `network` for a page; nil for Mastodon when there is neither an instance nor a
    /// share page to send the reader to.
    ///
    /// - Parameters:
    ///   - title: the page's title.
    ///   - permalink: the page's absolute URL.
    ///   - hashtags: display names without `#`, highest priority first, already deduplicated.
    public func url(for network: ShareNetwork, title: String, permalink: String, hashtags: [String]) -> String? {
        let q = PercentEncoding.encode
        let fitted = fitter.fit(for: network, title: title, url: permalink, hashtags: hashtags)
        switch network {
        case .x:
            var url = "https://x.com/intent/tweet?"
            if !fitted.title.isEmpty { url += "text=\(q(fitted.title))&" }
            url += "url=\(q(permalink))"
            if !fitted.hashtags.isEmpty { url += "&hashtags=" + fitted.hashtags.map(q).joined(separator: ",") }
            return url
        case .facebook:
            return "https://www.facebook.com/sharer/sharer.php?u=\(q(permalink))"
        case .line:
            return "https://social-plugins.line.me/lineit/share?url=\(q(permalink))&text=\(q(title))"
        case .bluesky:
            let text = ShareTextFitter.composedText(title: fitted.title, url: permalink, hashtags: fitted.hashtags)
            return "https://bsky.app/intent/compose?text=\(q(text))"
        case .mastodon:
            let text = ShareTextFitter.composedText(title: fitted.title, url: permalink, hashtags: fitted.hashtags)
            if let host = mastodonInstance { return "https://\(host)/share?text=\(q(text))" }
            if let page = mastodonSharePage { return page + (page.contains("?") ? "&" : "?") + "text=\(q(text))" }
            return nil
        case .threads:
            let text = ShareTextFitter.composedText(title: fitted.title, url: nil, hashtags: fitted.hashtags)
            return "https://www.threads.com/intent/post?text=\(q(text))&url=\(q(permalink))"
        case .linkedin:
            return "https://www.linkedin.com/sharing/share-offsite/?url=\(q(permalink))"
        case .hatena:
            return "https://b.hatena.ne.jp/entry/panel/?url=\(q(permalink))"
        case .email:
            return "mailto:?subject=\(q(title))&body=\(q(title + "\r\n" + permalink))"
        }
    }
}
