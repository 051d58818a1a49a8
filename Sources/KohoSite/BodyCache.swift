import Foundation
import KohoContent
import KohoMarkdown
import KohoURL

/// Rendered Markdown bodies kept between resolves by a long-running process (`koho serve`), so that after a
/// change only the bodies whose text changed are rendered again.
///
/// A body's HTML depends on its text, the line it starts at, and the site's Markdown settings and address;
/// the cache is keyed by the first two and emptied when the last two change.
public final class BodyCache: @unchecked Sendable {
    /// A body and the line it starts at, hashed once outside the cache's lock.
    private struct Key: Hashable, Sendable {
        var body: String
        var lineOffset: Int
        var hash: Int

        init(body: String, lineOffset: Int) {
            self.body = body
            self.lineOffset = lineOffset
            hash = body.hashValue ^ lineOffset
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Key, b: Key) -> Bool { a.lineOffset == b.lineOffset && a.body == b.body }
    }

    /// What shapes every body besides its text.
    private struct Configuration: Hashable, Sendable {
        var markdown: MarkdownSettings
        var address: SiteAddress
    }

    private let bodies = GenerationCache<Key, RenderedMarkdown>()
    private let lock = NSLock()
    private var configuration: Configuration?

    public init() {}

    /// How many bodies were rendered rather than found, since the cache was made.
    public var renderCount: Int { bodies.madeCount }

    /// Starts a resolve: forgets every body when the settings that shape them changed.
    func begin(markdown: MarkdownSettings, address: SiteAddress) {
        let now = Configuration(markdown: markdown, address: address)
        let changed = lock.withLock {
            defer { configuration = now }
            return configuration != now
        }
        if changed { bodies.removeAll() }
        bodies.beginGeneration()
    }

    /// The rendered body of `file`, rendered with `markdown` only when the cache does not hold it.
    func body(of file: EntryFile, with markdown: MarkdownRenderer) -> RenderedMarkdown {
        let key = Key(body: file.body, lineOffset: file.bodyStartLine - 1)
        return bodies.value(for: key) { markdown.render(key.body, lineOffset: key.lineOffset) }
    }
}
