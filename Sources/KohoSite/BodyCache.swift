import Foundation
public import KohoContent
public import KohoMarkdown
import KohoURL

/// Rendered Markdown bodies kept between resolves by a long-running process (`koho serve`), so that after a
/// change only the bodies whose text changed are rendered again.
///
/// A body's HTML depends on its text, the line it starts at, and the site's Markdown settings and address;
/// the cache is keyed by the first two (and the file's path) and emptied when the last two change.
public final class BodyCache: @unchecked Sendable {
    /// A file's body and the line it starts at. Hashed by the file's path only: hashing a long Japanese
    /// text means normalizing it, which cost more than the cache saved. An unchanged body is the very string
    /// the content cache kept, which compares equal at once.
    private struct Key: Hashable, Sendable {
        var path: String
        var body: String
        var lineOffset: Int
        /// Whether the body's kanji get readings.
        var furigana: Bool

        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(lineOffset)
        }
    }

    /// What shapes every body besides its text.
    private struct Configuration: Hashable, Sendable {
        var markdown: MarkdownSettings
        var address: SiteAddress
        /// The names read as the site says (furigana).
        var names: [String]
    }

    private let bodies = GenerationCache<Key, RenderedMarkdown>()
    private let lock = NSLock()
    private var configuration: Configuration?

    public init() {}

    /// How many bodies were rendered rather than found, since the cache was made.
    public var renderCount: Int { bodies.madeCount }

    /// Starts a resolve: forgets every body when the settings that shape them changed.
    func begin(markdown: MarkdownSettings, address: SiteAddress, names: [String] = []) {
        let now = Configuration(markdown: markdown, address: address, names: names)
        let changed = lock.withLock {
            defer { configuration = now }
            return configuration != now
        }
        if changed { bodies.removeAll() }
        bodies.beginGeneration()
    }

    /// The rendered body of `file` (with readings when `furigana`), rendered with `markdown` only when the
    /// cache does not hold it.
    public func body(of file: EntryFile, with markdown: MarkdownRenderer, furigana: Bool = false) -> RenderedMarkdown {
        let key = Key(path: file.path, body: file.body, lineOffset: file.bodyStartLine - 1, furigana: furigana)
        return bodies.value(for: key) { markdown.render(key.body, lineOffset: key.lineOffset, furigana: key.furigana) }
    }
}
