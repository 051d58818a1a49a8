public import KohoDiagnostics
public import KohoSite
public import KohoTheme
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

    public init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
    }

    /// Renders the whole site; on any template error the files are nil and every distinct error is reported.
    public func render() -> (files: [RenderedFile]?, diagnostics: [Diagnostic]) {
        let library: TemplateLibrary
        do {
            library = try makeLibrary()
        } catch {
            return (nil, error.diagnostics)
        }

        let labels = theme.labels
        let values = SiteValues(site: site, labels: labels)
        // The values refer to each other in cycles; once the pages are bytes nothing needs them, so break the
        // cycles and let them go (`koho serve` renders again and again).
        defer { values.release() }
        let planner = PagePlanner(
            site: site, values: values, labels: labels,
            themeHasMastodonSharePage: library.contains(PageKind.shareMastodon.layout))
        let jobs = planner.jobs()

        let (pages, diagnostics) = collect(renderPages(jobs, library: library, values: values))
        guard var files = pages else { return (nil, diagnostics) }
        let sitemap = SitemapWriter(site: site)
        files.append(sitemap.sitemap(pages: jobs))
        files.append(sitemap.robots())
        files += feedFiles(values.feeds)
        return (files, diagnostics)
    }

    /// The theme's templates, parsed, with the site's language, translations and Markdown.
    func makeLibrary() throws(DiagnosticError) -> TemplateLibrary {
        // The bodies' configuration: a hashtag links to its page when the site has that page.
        let tagKeys = Set(site.tags.map(\.key))
        let markdown = MarkdownRenderer(options: site.routes.markdownOptions(site.config, tagExists: tagKeys.contains))
        let environment = TemplateEnvironment(
            language: site.config.language, address: site.address, translations: theme.translations,
            translationsPath: theme.translationsPath, markdown: { markdown.render($0).html }, filters: [:])
        return try TemplateLibrary(sources: theme.templates, environment: environment)
    }

    /// Every planned page through its layout, in plan order. Pages are independent: they are rendered on
    /// every core.
    func renderPages(_ jobs: [PageJob], library: TemplateLibrary, values: SiteValues)
        -> [Result<RenderedFile, DiagnosticError>]
    {
        // The link rule holds for what layouts write too: a root-relative URL gets the base path, a
        // `javascript:` URL (a param printed into an `href`) is dropped.
        let rewriter = HTMLURLRewriter.pages(site.links)
        let basePath = site.address.basePath
        return jobs.parallelMap { job -> Result<RenderedFile, DiagnosticError> in
            let context: [String: TemplateValue] = job.context.merging(
                [("site", .map(values.site)), ("page", .map(job.page))], uniquingKeysWith: { a, _ in a })
            do throws(DiagnosticError) {
                // Bytes straight from the renderer's buffer: no String to build and validate per page.
                var html = try library.renderUTF8(job.layout, context: context)
                if HTMLURLRewriter.mayNeedRewrite(html, basePath: basePath) {
                    html = Array(rewriter.rewrite(String(decoding: html, as: UTF8.self)).utf8)
                }
                return .success(RenderedFile(path: job.route.outputPath, bytes: html))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The rendered pages, or nil with every distinct error when any page failed.
    func collect(_ results: [Result<RenderedFile, DiagnosticError>]) -> (files: [RenderedFile]?, [Diagnostic]) {
        var bag = DiagnosticBag()
        var seen = Set<Diagnostic>()
        var files: [RenderedFile] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error):
                // The same template mistake fails every page that uses it; say it once.
                for d in error.diagnostics where seen.insert(d).inserted { bag.append(d) }
            }
        }
        return (bag.hasErrors ? nil : files, bag.sorted)
    }

    /// The RSS feeds and the JSON Feed. Each post's item is made once (in parallel) and shared by every feed
    /// that lists it.
    func feedFiles(_ feeds: FeedSet) -> [RenderedFile] {
        let all = feeds.all
        let (items, xmlItems) = feedItems(listedIn: all)
        let writer = FeedWriter(site: site)
        var files = all.map { writer.document($0, items: xmlItems) }
        files.append(JSONFeedWriter(site: site).document(feeds.site, json: feeds.json, items: items))
        return files
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
