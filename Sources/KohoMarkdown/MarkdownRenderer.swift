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
    /// Text whose tables are over ``TableSizeLimit``'s limits is parsed without the table extension (its
    /// tables stay paragraphs of text, which takes linear time) and the result carries the error.
    ///
    /// - Parameters:
    ///   - lineOffset: added to reported line numbers, since the body starts below the front matter.
    ///   - furigana: whether the kanji of the text get their readings from ``MarkdownOptions/furigana`` as
    ///     `<ruby class="furigana">`, which a theme may show or hide; readings written by the author
    ///     (`{漢字|かんじ}`) are kept as they are, and code, URLs, hashtags and images' text get none.
    public func render(_ markdown: String, lineOffset: Int = 0, furigana: Bool = false) -> RenderedMarkdown {
        let tableError = TableSizeLimit.check(markdown, lineOffset: lineOffset)
        guard
            let document = MarkdownDocument(
                parsing: markdown, unsafeHTML: options.unsafeHTML, tables: tableError == nil)
        else {
            return RenderedMarkdown(
                html: "", headings: [], links: [], plainText: "", errors: tableError.map { [$0] } ?? [])
        }
        var transformer = MarkdownTransformer(
            source: markdown, options: options, lineOffset: lineOffset, furigana: furigana ? options.furigana : nil)
        transformer.transform(document)
        return RenderedMarkdown(
            html: document.renderHTML(),
            headings: transformer.headings,
            links: transformer.links,
            plainText: transformer.text,
            hashtags: transformer.hashtags,
            errors: (tableError.map { [$0] } ?? []) + transformer.errors
        )
    }
}
