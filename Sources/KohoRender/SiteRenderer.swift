import Foundation
public import KohoDiagnostics
public import KohoSite
public import KohoTheme
import KohoCards
import KohoContent
import KohoMarkdown
import KohoTemplates

/// One file of the output: its path inside the output folder and its bytes.
public struct RenderedFile: Sendable, Hashable {
    /// `staff/sato/index.html`, `sitemap.xml`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The render stage: every page of DESIGN.md's URL list through the theme's templates, in parallel, plus
/// the sitemap and robots.txt. The output is the same, byte for byte, however many cores render it.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme
    /// Told the name of each step as it starts ("rendering 73 pages", …), in words for the reader's language.
    public var progress: (@Sendable (Message) -> Void)?
    /// The file at an output path in the previous build's output, when there is one: a share card whose key
    /// (``CardStamp``) is unchanged is taken from there instead of being drawn again.
    public var previousFile: (@Sendable (String) -> [UInt8]?)?
    /// The organisation's logo as a `data:` URL, for the cards (`card.logo`): a card's SVG loads no file.
    public var cardLogo: String?

    public init(site: Site, theme: Theme, progress: (@Sendable (Message) -> Void)? = nil) {
        self.site = site
        self.theme = theme
        self.progress = progress
    }

    /// Renders the whole site; on any template error the files are nil and every distinct error is reported.
    /// Pages come first in plan order, then the sitemap, robots.txt, the feeds and the search index.
    public func render() -> (files: [RenderedFile]?, diagnostics: [Diagnostic]) {
        Self.render(languages: [self])
    }

    /// ``render(languages:emit:)``, every file in memory, in order.
    public static func render(languages: [SiteRenderer]) -> (files: [RenderedFile]?, diagnostics: [Diagnostic]) {
        let collected = RenderedFiles()
        let (paths, diagnostics) = render(languages: languages) { collected.add($0) }
        guard let paths else { return (nil, diagnostics) }
        return (collected.inOrder(of: paths), diagnostics)
    }

    /// Renders the whole site and hands each file to `emit` as soon as it is made, from any thread, so a
    /// build can write pages while others are still rendering and never hold them all. Returns the path
    /// of every file made, in order (nil, with every distinct error, when a template failed: some files
    /// may have been emitted by then).
    public func render(emit: @escaping @Sendable (RenderedFile) -> Void) -> (paths: [String]?, diagnostics: [Diagnostic]) {
        Self.render(languages: [self], emit: emit)
    }

    /// Renders a site in each of its languages — `languages` holds one renderer per language, the main
    /// language's first, each with its own site (``SiteRoutes/language``) and theme (its `t` strings) — and
    /// hands each file to `emit` as ``render(emit:)`` does. Every language is planned before any page is
    /// drawn, so each page knows where it is in the others (`page.translations`); the sitemap and robots.txt
    /// are written once, for every language. One renderer renders a one-language site.
    public static func render(
        languages renderers: [SiteRenderer], emit: @escaping @Sendable (RenderedFile) -> Void
    ) -> (paths: [String]?, diagnostics: [Diagnostic]) {
        guard let main = renderers.first else { return ([], []) }
        var libraries: [TemplateLibrary] = []
        var bag = DiagnosticBag()
        var seen = Set<Diagnostic>()
        for renderer in renderers {
            do {
                libraries.append(try renderer.makeLibrary())
            } catch {
                for d in error.diagnostics where seen.insert(d).inserted { bag.append(d) }
            }
        }
        if bag.hasErrors { return (nil, bag.sorted) }

        let values = zip(renderers, renderers.map { SiteValues(site: $0.site, labels: $0.theme.labels) })
            .map { $1 }
        // The values refer to each other in cycles; once the pages are bytes nothing needs them, so break the
        // cycles and let them go (`koho serve` renders again and again).
        defer { for v in values { v.release() } }
        main.progress?(Message(.outputProgressPlanning))
        let planners = renderers.indices.map { renderers[$0].planner(values: values[$0], library: libraries[$0]) }
        let jobs = planners.map { $0.jobs() }
        let translations = renderers.count > 1 ? PageTranslations(renderers.map(\.site), jobs: jobs) : nil
        if let translations {
            for (i, languageJobs) in jobs.enumerated() { translations.fill(languageJobs, language: i) }
        }

        main.progress?(Message(.outputProgressRendering, ["count": .number(jobs.joined().count)]))
        var diagnostics: [Diagnostic] = []
        for i in renderers.indices {
            diagnostics += renderers[i].renderPages(jobs[i], library: libraries[i], values: values[i], emit: emit)
        }
        diagnostics = Self.distinct(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        let cards = planners.map { $0.cardJobs() }
        let cardCount = cards.joined().count
        if cardCount > 0 { main.progress?(Message(.outputProgressCards, ["count": .number(cardCount)])) }
        for i in renderers.indices {
            diagnostics += renderers[i].renderCards(cards[i], library: libraries[i], values: values[i], emit: emit)
        }
        diagnostics = Self.distinct(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        main.progress?(Message(.outputProgressFeeds))
        let sitemap = SitemapWriter(site: main.site)
        let others = [
            translations.map { sitemap.sitemap(languages: jobs, translations: $0) } ?? sitemap.sitemap(pages: jobs[0]),
            sitemap.robots(),
        ]
        for file in others { emit(file) }
        var feeds: [String] = []
        for i in renderers.indices { feeds += renderers[i].feedFiles(values[i].feeds, emit: emit) }
        var paths: [String] = []
        for i in renderers.indices { paths += jobs[i].map(\.route.outputPath) + cards[i].map(\.route.outputPath) }
        // Each language's search index, from its own site (its routes under `/<lang>/`).
        var search: [String] = []
        for i in renderers.indices where planners[i].themeHasSearchPage {
            let site = renderers[i].site
            main.progress?(Message(.outputProgressSearch, ["count": .number(SearchIndexFiles.documentCount(site))]))
            for file in SearchIndexFiles(site: site).files() {
                emit(file)
                search.append(file.path)
            }
        }
        return (paths + others.map(\.path) + feeds + search, diagnostics)
    }

    /// Each diagnostic once, in order: the same mistake in a layout fails it in every language.
    private static func distinct(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// The planner of this site's pages with this theme (its page sizes, whether it draws the Mastodon share
    /// page): `koho build` and `koho serve` list pages the same way.
    func planner(values: SiteValues, library: TemplateLibrary) -> PagePlanner {
        PagePlanner(
            site: site, values: values, labels: theme.labels,
            themeHasMastodonSharePage: library.contains(PageKind.shareMastodon.layout),
            pageSizes: PageSizes.resolved(site: site.config.pageSizes, theme: theme.pageSizes),
            drawsCards: theme.drawsCards && Self.cardTemplates.allSatisfy(library.contains),
            themeHasSearchPage: library.contains(PageKind.search.layout))
    }

    /// The theme's templates, parsed, with the site's language, translations and Markdown.
    func makeLibrary() throws(DiagnosticError) -> TemplateLibrary {
        // The bodies' configuration: a hashtag links to its page when the site has that page.
        let tagKeys = Set(site.tags.map(\.key))
        let markdown = MarkdownRenderer(options: site.routes.markdownOptions(site.config, tagExists: tagKeys.contains))
        let environment = TemplateEnvironment(
            language: site.config.language, address: site.address, translations: theme.translations,
            translationsPath: theme.translationsPath, markdown: { markdown.render($0).html }, filters: Theme.filters,
            timeZone: TimeZone(identifier: site.config.timezone))
        return try TemplateLibrary(sources: theme.templates, environment: environment)
    }

    /// Every planned page through its layout, each handed to `emit` as it is done. Pages are independent:
    /// they are rendered on every core. Returns every distinct diagnostic, in order.
    func renderPages(
        _ jobs: [PageJob], library: TemplateLibrary, values: SiteValues, emit: @Sendable (RenderedFile) -> Void
    ) -> [Diagnostic] {
        // The link rule holds for what layouts write too: a root-relative URL gets the base path, a
        // `javascript:` URL (a param printed into an `href`) is dropped.
        let rewriter = HTMLURLRewriter.pages(site.links)
        let basePath = site.address.basePath
        let failures = jobs.parallelMap { job -> DiagnosticError? in
            let context: [String: TemplateValue] = job.context.merging(
                [("site", .map(values.site)), ("page", .map(job.page))], uniquingKeysWith: { a, _ in a })
            do throws(DiagnosticError) {
                // Bytes straight from the renderer's buffer: no String to build and validate per page.
                var html = try library.renderUTF8(job.layout, context: context)
                if HTMLURLRewriter.mayNeedRewrite(html, basePath: basePath) {
                    html = Array(rewriter.rewrite(String(decoding: html, as: UTF8.self)).utf8)
                }
                emit(RenderedFile(path: job.route.outputPath, bytes: html))
                return nil
            } catch {
                return error
            }
        }
        var bag = DiagnosticBag()
        var seen = Set<Diagnostic>()
        // The same template mistake fails every page that uses it; say it once.
        for error in failures.compactMap({ $0 }) {
            for d in error.diagnostics where seen.insert(d).inserted { bag.append(d) }
        }
        return bag.sorted
    }

    /// The templates of the share cards.
    static let cardTemplates = ["cards/home.svg", "cards/staff.svg", "cards/department.svg", "cards/post.svg"]

    /// Every share card: its SVG filled from the theme's template, then drawn into a PNG — or, when the
    /// previous output holds a card of the same key, that file — each handed to `emit`, on every core.
    func renderCards(
        _ cards: [CardJob], library: TemplateLibrary, values: SiteValues, emit: @Sendable (RenderedFile) -> Void
    ) -> [Diagnostic] {
        guard !cards.isEmpty else { return [] }
        let card = TemplateValue.map(
            TemplateMap([
                ("logo", .optional(cardLogo)), ("width", .int(CardRasterizer.width)),
                ("height", .int(CardRasterizer.height)),
            ]))
        let renderer = CardStamp.renderer
        let previousFile = previousFile
        let sources = Dictionary(theme.templates.map { ($0.name, $0.path) }, uniquingKeysWith: { a, _ in a })
        let failures = cards.parallelMap { job -> [Diagnostic] in
            let context = job.context.merging([("site", .map(values.site)), ("card", card)]) { a, _ in a }
            let path = job.route.outputPath
            let svg: String
            do throws(DiagnosticError) {
                svg = try library.render(job.template, context: context)
            } catch {
                return error.diagnostics
            }
            let key = CardStamp.key(svg: svg, renderer: renderer)
            if let previous = previousFile?(path), CardStamp.key(in: previous) == key {
                emit(RenderedFile(path: path, bytes: previous))
                return []
            }
            do throws(CardError) {
                emit(RenderedFile(path: path, bytes: CardStamp.stamped(try CardRasterizer.png(svg: svg), key: key)))
                return []
            } catch {
                let template = sources[job.template] ?? job.template
                return [
                    Diagnostic(
                        at: SourceLocation(path: template, line: 1, column: 1),
                        Message(.outputCardNotDrawn, ["path": .text(path), "reason": .text(error.reason)]),
                        hint: Message(.outputCardNotDrawnHint, ["template": .text(template)]))
                ]
            }
        }
        var bag = DiagnosticBag()
        var seen = Set<Diagnostic>()
        for d in failures.joined() where seen.insert(d).inserted { bag.append(d) }
        return bag.sorted
    }

    /// The RSS feeds and the JSON Feed, each handed to `emit` as it is made, on every core; returns their
    /// paths in order. Each post's item is made once and shared by every feed that lists it.
    func feedFiles(_ feeds: FeedSet, emit: @Sendable (RenderedFile) -> Void) -> [String] {
        let all = feeds.all
        let (items, xmlItems) = feedItems(listedIn: all)
        let writer = FeedWriter(site: site)
        let paths = all.parallelMap { feed -> String in
            let file = writer.document(feed, items: xmlItems)
            emit(file)
            return file.path
        }
        let json = JSONFeedWriter(site: site).document(feeds.site, json: feeds.json, items: items)
        emit(json)
        return paths + [json.path]
    }

    /// The item of each post that `feeds` list, by post index, and its RSS text, each made once (in parallel).
    func feedItems(listedIn feeds: [Feed]) -> (items: [Int: FeedItem], xml: [Int: String]) {
        var listed = Set<Int>()
        for feed in feeds { listed.formUnion(feed.posts) }
        let indices = listed.sorted()
        let writer = FeedWriter(site: site)
        let made = indices.parallelMap { index -> (FeedItem, String) in
            let item = FeedItem(post: site.posts[index], site: site)
            return (item, writer.item(item))
        }
        var items: [Int: FeedItem] = [:]
        var xmlItems: [Int: String] = [:]
        for (index, pair) in zip(indices, made) {
            items[index] = pair.0
            xmlItems[index] = pair.1
        }
        return (items, xmlItems)
    }
}

/// Files handed over from many threads, put back in plan order at the end.
final class RenderedFiles: @unchecked Sendable {
    // @unchecked: `files` is touched only under `lock`.
    private let lock = NSLock()
    private var files: [String: RenderedFile] = [:]

    func add(_ file: RenderedFile) { lock.withLock { files[file.path] = file } }

    func inOrder(of paths: [String]) -> [RenderedFile] { lock.withLock { paths.compactMap { files[$0] } } }
}
