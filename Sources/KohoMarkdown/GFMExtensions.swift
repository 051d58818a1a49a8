internal import CCmarkGFM

/// The GFM syntax extensions every document is parsed with.
enum GFMExtensions {
    /// The extensions by their cmark-gfm names; footnotes are a parser option, not an extension.
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers cmark-gfm's core extensions exactly once. The C registration is not thread-safe, and a
    /// `static let` is initialised once even when many renders start at the same moment.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Attaches every extension in ``names`` to `parser`.
    static func attach(to parser: OpaquePointer) {
        _ = registration
        for name in names {
            // Looking up a registered extension only reads the registry, so it is safe from any thread.
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
    }
}
