import KohoContent
import KohoTemplates

/// Share links kept between plans by a long-running process (`koho serve`): fitting each network's text is
/// the costliest part of planning a large site, and after a change almost every entry's title, URL and
/// hashtags are what they were. The links also depend on site.yml and the theme's labels: whoever keeps the
/// cache makes a new one when those change.
public final class ShareLinkCache: Sendable {
    struct Key: Hashable, Sendable {
        var title: String
        var permalink: String
        var hashtags: [String]
    }

    let links = GenerationCache<Key, TemplateValue>()

    public init() {}
}
