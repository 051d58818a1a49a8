internal import CCmarkGFM

/// One parsed Markdown document: the cmark-gfm parser and the tree it built, freed together.
///
/// The parser stays alive until the document is gone because the HTML renderer needs the parser's list of
/// extensions (for the tag filter and the extensions' own node types).
final class MarkdownDocument {
    /// The parser, kept for its extension list.
    private let parser: OpaquePointer
    /// The document node; the tree is edited in place by ``MarkdownTransformer``.
    let root: OpaquePointer
    /// The cmark options used for parsing and rendering.
    let cmarkOptions: Int32

    /// Parses `markdown` with the GFM extensions, or returns `nil` if cmark could not allocate.
    init?(parsing markdown: String, unsafeHTML: Bool) {
        var cmarkOptions = CMARK_OPT_FOOTNOTES
        if unsafeHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(cmarkOptions) else { return nil }
        GFMExtensions.attach(to: parser)
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
        self.cmarkOptions = cmarkOptions
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The document's HTML as it is now.
    func renderHTML() -> String {
        guard let html = cmark_render_html(root, cmarkOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        // The renderer allocates with the tree's allocator, which is cmark's default (the system's).
        defer { cmark_get_default_mem_allocator()?.pointee.free(html) }
        return String(cString: html)
    }
}
