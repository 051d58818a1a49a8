import KohoContent
import KohoSite
import KohoTemplates

/// Plain share links (no script, no tracking) for a page, in the site's `share` order.
///
/// Each URL form follows DESIGN.md's table; every parameter goes through one RFC 3986 encoder.
struct ShareLinks {
    let config: SiteConfig
    let labels: ServiceLabels

    /// `{target, label, url}` for each target of the site; `hashtags` are display names in priority order.
    func links(title: String, permalink: String, hashtags: [String]) -> TemplateValue {
        let q = URLPercentEncoding.encode
        let tagText = hashtags.map { "#" + $0 }.joined(separator: " ")
        let textWithTags = tagText.isEmpty ? title : title + " " + tagText
        var result: [TemplateValue] = []
        for target in config.share {
            let url: String
            switch target {
            case .x:
                var u = "https://x.com/intent/tweet?text=\(q(title))&url=\(q(permalink))"
                if !hashtags.isEmpty { u += "&hashtags=" + hashtags.map(q).joined(separator: ",") }
                url = u
            case .facebook: url = "https://www.facebook.com/sharer/sharer.php?u=\(q(permalink))"
            case .line: url = "https://social-plugins.line.me/lineit/share?url=\(q(permalink))&text=\(q(title))"
            case .bluesky: url = "https://bsky.app/intent/compose?text=\(q(textWithTags + " " + permalink))"
            case .mastodon:
                let host = config.mastodonInstance ?? "mastodonshare.com"
                url = "https://\(host)/share?text=\(q(textWithTags + " " + permalink))"
            case .threads: url = "https://www.threads.com/intent/post?text=\(q(textWithTags))&url=\(q(permalink))"
            case .linkedin: url = "https://www.linkedin.com/sharing/share-offsite/?url=\(q(permalink))"
            case .hatena: url = "https://b.hatena.ne.jp/entry/panel/?url=\(q(permalink))"
            case .email: url = "mailto:?subject=\(q(title))&body=\(q(title + "\n" + permalink))"
            }
            result.append(.map(TemplateMap([
                ("target", .string(target.rawValue)), ("label", .string(labels.label(forService: target.rawValue))),
                ("url", .string(url)),
            ])))
        }
        return .list(result)
    }
}
