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
    /// Nodes taken out of the tree, freed with it. A block's text nodes point into the block's own
    /// content buffer, so a replaced heading must outlive the text that moved out of it.
    private var detachedNodes: [OpaquePointer] = []

    /// Parses `markdown` with the GFM extensions (tables only when `tables`), or returns `nil` if cmark
    /// could not allocate.
    init?(parsing markdown: String, unsafeHTML: Bool, tables: Bool = true) {
        var cmarkOptions = CMARK_OPT_FOOTNOTES
        if unsafeHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(cmarkOptions) else { return nil }
        GFMExtensions.attach(to: parser, tables: tables)
        var source = markdown
        let root = GFMExtensions.withParseLock {
            source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let root else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
        self.cmarkOptions = cmarkOptions
    }

    deinit {
        cmark_node_free(root)
        for node in detachedNodes { cmark_node_free(node) }
        cmark_parser_free(parser)
    }

    /// Takes `node` (already emptied of children) out of the tree and frees it with the document.
    func detach(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        detachedNodes.append(node)
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
