import KohoContent
import KohoSite
import KohoTheme
import KohoSocial
import KohoTemplates

/// Plain share links (no script, no tracking) for a page, in the site's `share` order.
///
/// KohoSocial fits each network's text to its limit (X: 280 weighted with the URL as 23; Bluesky: 300
/// graphemes; Mastodon and Threads: 500) and builds its URL with one RFC 3986 encoder.
struct ShareLinks {
    let config: SiteConfig
    let labels: Labels
    /// An absolute URL of a page of the site that asks for the reader's Mastodon instance and forwards
    /// `text` there. Without it and without `mastodon_instance`, no Mastodon link is made: there is no
    /// instance-neutral share URL, and a third-party one would hand readers to someone else's script.
    var mastodonSharePage: String? = nil

    /// `{target, label, url}` for each target of the site; `hashtags` are display names in priority order
    /// (the entry's, its departments', the site's), already deduplicated.
    func links(title: String, permalink: String, hashtags: [String]) -> TemplateValue {
        let builder = ShareLinkBuilder(mastodonInstance: config.mastodonInstance, mastodonSharePage: mastodonSharePage)
        var result: [TemplateValue] = []
        for target in config.share {
            guard let url = builder.url(for: target, title: title, permalink: permalink, hashtags: hashtags)
            else { continue }
            result.append(
                .map(
                    TemplateMap([
                        ("target", .string(target.rawValue)),
                        ("label", .string(labels.name(of: target))),
                        ("url", .string(url)),
                    ])))
        }
        return .list(result)
    }
}
