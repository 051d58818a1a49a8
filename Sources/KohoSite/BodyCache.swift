import Foundation
import KohoContent
import KohoMarkdown
import KohoURL

/// Rendered Markdown bodies kept between resolves by a long-running process (`koho serve`), so that after a
/// change only the bodies whose text changed are rendered again.
///
/// A body's HTML depends on its text, the line it starts at, and the site's Markdown settings and address;
/// the cache is keyed by the first two and emptied when the last two change. Bodies no resolve asked for
/// since the one before are let go, so editing does not grow it.
public final class BodyCache: @unchecked Sendable {
    /// A body and the line it starts at, hashed once outside the lock.
    private struct Key: Hashable {
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

    private struct Configuration: Hashable {
        var markdown: MarkdownSettings
        var address: SiteAddress
    }

    private let lock = NSLock()
    private var configuration: Configuration?
    private var bodies: [Key: RenderedMarkdown] = [:]
    /// The bodies asked for by the resolve under way.
    private var used: [Key: RenderedMarkdown] = [:]
    /// How many bodies were rendered rather than found, since the cache was made.
    public private(set) var renderCount = 0

    public init() {}

    /// Starts a resolve: forgets every body when the settings that shape them changed, and the bodies the
    /// previous resolve did not use.
    func begin(markdown: MarkdownSettings, address: SiteAddress) {
        lock.withLock {
            let now = Configuration(markdown: markdown, address: address)
            if configuration != now {
                configuration = now
                bodies = [:]
            } else if !used.isEmpty {
                bodies = used
            }
            used = [:]
        }
    }

    /// The rendered body of `file`, rendered with `markdown` only when the cache does not hold it. Safe to
    /// call from several threads at once.
    func body(of file: EntryFile, with markdown: MarkdownRenderer) -> RenderedMarkdown {
        let key = Key(body: file.body, lineOffset: file.bodyStartLine - 1)
        let found: RenderedMarkdown? = lock.withLock {
            guard let found = bodies[key] ?? used[key] else { return nil }
            used[key] = found
            return found
        }
        if let found { return found }
        let rendered = markdown.render(key.body, lineOffset: key.lineOffset)
        lock.withLock {
            used[key] = rendered
            renderCount += 1
        }
        return rendered
    }
}
