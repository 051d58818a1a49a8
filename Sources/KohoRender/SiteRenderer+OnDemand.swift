public import KohoDiagnostics
import KohoSite
import KohoTemplates

/// A site planned but not drawn, for `koho serve`: every output path is known, and each file is rendered
/// when it is asked for — the same bytes as ``SiteRenderer/render()`` writes at that path.
///
/// Pages may be rendered from several threads at once. The template values hold each other in cycles; they
/// are let go when the last holder of the plan lets it go.
public final class PlannedSite: Sendable {
    private let renderer: SiteRenderer
    private let library: TemplateLibrary
    private let values: SiteValues
    private let jobs: [PageJob]
    /// What makes each output path.
    private let targets: [String: Target]

    private enum Target: Sendable {
        case page(Int)
        case feed(Feed)
        case jsonFeed
        case sitemap
        case robots
    }

    fileprivate init(renderer: SiteRenderer, library: TemplateLibrary, values: SiteValues, jobs: [PageJob]) {
        self.renderer = renderer
        self.library = library
        self.values = values
        self.jobs = jobs
        let routes = renderer.site.routes
        var targets: [String: Target] = [:]
        // Later files of the same path win, as they would in the output.
        for (index, job) in jobs.enumerated() { targets[job.route.outputPath] = .page(index) }
        targets[routes.sitemap.outputPath] = .sitemap
        targets[routes.robots.outputPath] = .robots
        for feed in values.feeds.all { targets[feed.path] = .feed(feed) }
        targets[values.feeds.json.outputPath] = .jsonFeed
        self.targets = targets
    }

    deinit {
        values.release()
    }

    /// Every path the site's render writes, sorted.
    public var paths: [String] { targets.keys.sorted() }

    /// How many of them are HTML pages.
    public var pageCount: Int { jobs.count }

    /// The file at `path` (`staff/sato/index.html`), or nil when the render writes nothing there; a template
    /// error for a page is thrown.
    public func render(_ path: String) throws(DiagnosticError) -> [UInt8]? {
        switch targets[path] {
        case nil:
            return nil
        case .page(let index):
            let (files, diagnostics) = renderer.collect(
                renderer.renderPages([jobs[index]], library: library, values: values))
            guard let file = files?.first else { throw DiagnosticError(diagnostics) }
            return file.bytes
        case .feed(let feed):
            let (_, xml) = renderer.feedItems(listedIn: [feed])
            return FeedWriter(site: renderer.site).document(feed, items: xml).bytes
        case .jsonFeed:
            let feeds = values.feeds
            let (items, _) = renderer.feedItems(listedIn: [feeds.site])
            return JSONFeedWriter(site: renderer.site).document(feeds.site, json: feeds.json, items: items).bytes
        case .sitemap:
            return SitemapWriter(site: renderer.site).sitemap(pages: jobs).bytes
        case .robots:
            return SitemapWriter(site: renderer.site).robots().bytes
        }
    }
}

extension SiteRenderer {
    /// Plans the whole site without drawing it: the template values and every page's job. Template syntax
    /// errors are found here; errors while drawing a page come when it is rendered. Share links are taken
    /// from `shareLinks` when it holds them, and kept there.
    public func plan(shareLinks: ShareLinkCache? = nil) -> (site: PlannedSite?, diagnostics: [Diagnostic]) {
        let library: TemplateLibrary
        do {
            library = try makeLibrary()
        } catch {
            return (nil, error.diagnostics)
        }
        let values = SiteValues(site: site, labels: theme.labels)
        var planner = PagePlanner(
            site: site, values: values, labels: theme.labels,
            themeHasMastodonSharePage: library.contains(PageKind.shareMastodon.layout))
        shareLinks?.links.beginGeneration()
        planner.shareLinkCache = shareLinks
        return (PlannedSite(renderer: self, library: library, values: values, jobs: planner.jobs()), [])
    }
}
