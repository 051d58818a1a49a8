internal import CCmarkGFM
import Foundation

/// The GFM syntax extensions every document is parsed with, and the process-wide state they share.
enum GFMExtensions {
    /// The extensions by their cmark-gfm names; footnotes are a parser option, not an extension.
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers cmark-gfm's core extensions exactly once. The C registration is not thread-safe, and a
    /// `static let` is initialised once even when many renders start at the same moment.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Serialises parsing. cmark-gfm 0.29 (Debian's) adds the extensions' special characters (`~`, `|`,
    /// `:`…) to one global table when it starts parsing inlines and removes them when it is done, so a
    /// parse finishing on one thread makes another miss strikethrough or autolinks. Walking the tree and
    /// rendering HTML use no global state and run in parallel.
    private static let parseLock = NSLock()

    /// Runs `body`, which feeds or finishes a parser, while no other parse is running.
    static func withParseLock<Result>(_ body: () -> Result) -> Result {
        parseLock.lock()
        defer { parseLock.unlock() }
        return body()
    }

    /// Attaches every extension in ``names`` to `parser`, or all but `table` when `tables` is false.
    static func attach(to parser: OpaquePointer, tables: Bool = true) {
        _ = registration
        for name in names where tables || name != "table" {
            // Looking up a registered extension only reads the registry, so it is safe from any thread.
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
    }
}
