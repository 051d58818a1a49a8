public import KohoContent
public import KohoDiagnostics
import KohoMarkdown

/// What the resolve stage leaves out or keeps.
public struct ResolveOptions: Sendable {
    /// Keep posts dated after ``now`` (`--future`).
    public var includeFuture: Bool
    /// The instant that separates published posts from future ones, in seconds since 1970 UTC.
    public var now: Int64
    /// Bodies rendered by earlier resolves, reused when their text is unchanged (`koho serve`).
    public var bodyCache: BodyCache?

    public init(includeFuture: Bool = false, now: Int64, bodyCache: BodyCache? = nil) {
        self.includeFuture = includeFuture
        self.now = now
        self.bodyCache = bodyCache
    }
}

/// The resolve stage: loaded entries → one ``Site`` whose references are checked, lists derived, bodies
/// rendered and URLs computed, each exactly once.
///
/// One pass per phase, each in its own file: order the entries (`+Order`), render the bodies (`+Bodies`),
/// collect the tags (`+Tags`), resolve the references (`+References`), derive the lists (`+Lists`), and put
/// the models together (`+Models`). Entries are indices into the ordered arrays from the first phase on.
public struct SiteResolver: Sendable {
    public var options: ResolveOptions

    public init(options: ResolveOptions) {
        self.options = options
    }

    /// Resolves `content`; the site is nil when any error was found, and every problem is reported.
    public func resolve(_ content: LoadedContent) -> (site: Site?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let routes = SiteRoutes(address: content.site.address, language: content.site.languageFolder)
        let entries = OrderedEntries(content, options: options, diagnostics: &bag)
        // Bodies come before tags: the hashtags written in a body join the tag pages.
        let furigana = SiteFurigana(content.site, entries, diagnostics: &bag)
        options.bodyCache?.begin(markdown: content.site.markdown, address: content.site.address, names: furigana.names)
        let bodies = RenderedBodies(
            entries, markdown: bodyRenderer(for: content.site, routes: routes, furigana: furigana),
            furigana: furigana.isOn, cache: options.bodyCache)
        bag.append(contentsOf: bodies.errors(entries))

        // site.yml's tags first, then the files', so the first spelling seen is the one displayed.
        var collector = TagCollector(routes: routes)
        let siteTags = collector.add(content.site.hashtags, diagnostics: &bag)
        let writtenTags = EntryTags(entries, bodies, into: &collector, diagnostics: &bag)
        let references = EntryReferences(entries, diagnostics: &bag)
        // Every problem of the content is reported before giving up, so the lists need not guard against them.
        if bag.hasErrors { return (nil, bag.sorted) }

        let (sortedTags, position) = collector.sortedByName()
        let assembly = SiteAssembly(
            config: content.site, routes: routes, entries: entries, bodies: bodies, references: references,
            lists: DerivedLists(entries, references), tags: writtenTags.renumbered(position),
            sortedTags: sortedTags, siteTags: siteTags.map { position[$0] })
        return (assembly.site(), bag.sorted)
    }

    /// The one Markdown configuration of the bodies: hashtags linked to their tag pages, paths rebased, kanji
    /// read where the site or the entry asks.
    private func bodyRenderer(for config: SiteConfig, routes: SiteRoutes, furigana: SiteFurigana) -> MarkdownRenderer {
        var options = routes.markdownOptions(config)
        options.furigana = furigana.annotator
        return MarkdownRenderer(options: options)
    }
}
