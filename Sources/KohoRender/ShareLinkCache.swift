import KohoContent
import KohoTemplates

/// Share links kept between plans by a long-running process (`koho serve`): fitting each network's text is
/// the costliest part of planning a large site, and after a change almost every entry's title, URL and
/// hashtags are what they were. The links also depend on site.yml and the theme's labels: whoever keeps the
/// cache makes a new one when those change.
public final class ShareLinkCache: Sendable {
    /// Hashed by the UTF-8 bytes: `String` hashes its normalized form, which for Japanese titles cost more
    /// than fitting the links.
    struct Key: Hashable, Sendable {
        var title: String
        var permalink: String
        var hashtags: [String]

        func hash(into hasher: inout Hasher) {
            for text in [title, permalink] + hashtags {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(0xFF as UInt8)  // never in UTF-8: keeps ("ab", "c") apart from ("a", "bc")
            }
        }
    }

    let links = GenerationCache<Key, TemplateValue>()

    public init() {}
}
