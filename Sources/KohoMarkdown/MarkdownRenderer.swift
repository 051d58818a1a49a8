/// Renders Markdown bodies to safe HTML with cmark-gfm.
///
/// GFM tables, strikethrough, autolinks, the tag filter, task lists and footnotes are on. Raw HTML is
/// left out unless ``MarkdownOptions/unsafeHTML``; links and images that could run script are removed
/// (their text kept); root-relative URLs are moved under the base path; headings get ids. A renderer holds
/// no state, so one value can render from many tasks at once.
public struct MarkdownRenderer: Sendable {
    /// The options every document is rendered with.
    public var options: MarkdownOptions

    /// A renderer with `options`.
    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// Renders `markdown`: one parse, one walk over the tree, one HTML render.
    ///
    /// - Parameter lineOffset: added to reported line numbers, since the body starts below the front
    ///   matter.
    public func render(_ markdown: String, lineOffset: Int = 0) -> RenderedMarkdown {
        guard let document = MarkdownDocument(parsing: markdown, unsafeHTML: options.unsafeHTML) else {
            return RenderedMarkdown(html: "", headings: [], links: [], plainText: "")
        }
        var transformer = MarkdownTransformer(source: markdown, options: options, lineOffset: lineOffset)
        transformer.transform(document)
        return RenderedMarkdown(
            html: document.renderHTML(),
            headings: transformer.headings,
            links: transformer.links,
            plainText: transformer.text,
            hashtags: transformer.hashtags
        )
    }
}
