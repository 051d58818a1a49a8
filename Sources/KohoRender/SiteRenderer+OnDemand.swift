import Dispatch
import Foundation
public import KohoDiagnostics
public import KohoSite
import KohoTemplates

/// A site planned but not drawn, for `koho serve`: every output path is known, and each file is rendered
/// when it is asked for — the same bytes as ``SiteRenderer/render()`` writes at that path.
///
/// Pages may be rendered from several threads at once. A plan made from another by
/// ``replacingStaff(_:in:)`` shares its template values, changed in place while no page is being drawn; the
/// values' cycles are broken when the last plan that holds them is let go.
public final class PlannedSite: Sendable {
    private let renderer: SiteRenderer
    private let library: TemplateLibrary
    private let values: SharedValues
    fileprivate let jobs: [PageJob]
    /// What makes each output path.
    private let targets: [String: Target]
    /// The plans of the site's further languages, each for its own paths (`en/…`); empty for one language.
    private let further: [PlannedSite]
    /// Where each page is in the other languages, for the sitemap; nil for a site in one language.
    private let translations: PageTranslations?
    /// The search index, made the first time a path asks for it (nil when the theme has no search page).
    private let search: SearchIndexOnDemand?

    private enum Target: Sendable {
        case page(Int)
        case feed(Feed)
        case jsonFeed
        case sitemap
        case robots
        case card(CardJob)
    }

    fileprivate convenience init(
        renderer: SiteRenderer, library: TemplateLibrary, values: SiteValues, jobs: [PageJob], cards: [CardJob],
        search: Bool
    ) {
        let routes = renderer.site.routes
        var targets: [String: Target] = [:]
        // Later files of the same path win, as they would in the output.
        for (index, job) in jobs.enumerated() { targets[job.route.outputPath] = .page(index) }
        targets[routes.sitemap.outputPath] = .sitemap
        targets[routes.robots.outputPath] = .robots
        for feed in values.feeds.all { targets[feed.path] = .feed(feed) }
        targets[values.feeds.json.outputPath] = .jsonFeed
        for card in cards { targets[card.route.outputPath] = .card(card) }
        self.init(
            renderer: renderer, library: library, values: SharedValues(values), jobs: jobs, targets: targets,
            search: search ? SearchIndexOnDemand(site: renderer.site) : nil)
    }

    private init(
        renderer: SiteRenderer, library: TemplateLibrary, values: SharedValues, jobs: [PageJob],
        targets: [String: Target], search: SearchIndexOnDemand?, further: [PlannedSite] = [],
        translations: PageTranslations? = nil
    ) {
        self.renderer = renderer
        self.library = library
        self.values = values
        self.jobs = jobs
        self.targets = targets
        self.further = further
        self.translations = translations
        self.search = search
    }

    /// The plan of a site in several languages: `main`'s paths and sitemap, then each of `further`'s.
    fileprivate convenience init(main: PlannedSite, further: [PlannedSite], translations: PageTranslations) {
        self.init(
            renderer: main.renderer, library: main.library, values: main.values, jobs: main.jobs, targets: main.targets,
            search: main.search, further: further, translations: translations)
    }

    /// The jobs of each language's pages, the main language's first.
    fileprivate var jobsByLanguage: [[PageJob]] { [jobs] + further.map(\.jobs) }

    /// This plan with the staff members at `indices` as `site` has them now — only fields that show on
    /// their own page and in their own value changed (not their slug, name, reading, departments, hashtags
    /// or order): their values are filled again and their pages planned again; nothing else changes.
    public func replacingStaff(_ indices: [Int], in site: Site) -> PlannedSite {
        let theme = renderer.theme
        let values = self.values.values
        let planner = SiteRenderer(site: site, theme: theme).planner(values: values, library: library)
        var conversion = ValueConversion(links: site.links, labels: theme.labels, pictures: site.pictures)
        conversion.rootLanguage = site.config.rootLanguage
        var jobs = self.jobs
        self.values.change {
            for i in indices {
                values.fill(values.staff[i], with: site.staff[i], feedURL: values.feeds.staff[i].url, conversion)
            }
        }
        for i in indices {
            for job in planner.staffPage(i) {
                if case .page(let index)? = targets[job.route.outputPath] { jobs[index] = job }
            }
        }
        return PlannedSite(
            renderer: SiteRenderer(site: site, theme: theme), library: library, values: self.values, jobs: jobs,
            targets: targets, search: search.map { _ in SearchIndexOnDemand(site: site) })
    }

    /// Every path the site's render writes, sorted (the search index is made to know its files).
    public var paths: [String] {
        Set(targets.keys).union(search?.files.keys.map { $0 } ?? []).union(further.flatMap(\.paths)).sorted()
    }

    /// How many of them are HTML pages.
    public var pageCount: Int { jobs.count + further.map(\.pageCount).reduce(0, +) }

    /// The file at `path` (`staff/sato/index.html`), or nil when the render writes nothing there; a template
    /// error for a page is thrown.
    public func render(_ path: String) throws(DiagnosticError) -> [UInt8]? {
        switch targets[path] {
        case nil:
            if let bytes = search?.files[path] { return bytes }
            for language in further {
                if let bytes = try language.render(path) { return bytes }
            }
            return nil
        case .page(let index):
            let page = RenderedFiles()
            let diagnostics = values.read { values in
                renderer.renderPages([jobs[index]], library: library, values: values) { page.add($0) }
            }
            guard let file = page.inOrder(of: [path]).first else { throw DiagnosticError(diagnostics) }
            return file.bytes
        case .feed(let feed):
            let (_, xml) = renderer.feedItems(listedIn: [feed])
            return FeedWriter(site: renderer.site).document(feed, items: xml).bytes
        case .jsonFeed:
            let feeds = values.values.feeds
            let (items, _) = renderer.feedItems(listedIn: [feeds.site])
            return JSONFeedWriter(site: renderer.site).document(feeds.site, json: feeds.json, items: items).bytes
        case .sitemap:
            if let translations {
                return SitemapWriter(site: renderer.site).sitemap(languages: jobsByLanguage, translations: translations)
                    .bytes
            }
            return SitemapWriter(site: renderer.site).sitemap(pages: jobs).bytes
        case .robots:
            return SitemapWriter(site: renderer.site).robots().bytes
        case .card(let job):
            let card = RenderedFiles()
            let diagnostics = values.read { values in
                renderer.renderCards([job], library: library, values: values) { card.add($0) }
            }
            guard let file = card.inOrder(of: [path]).first else { throw DiagnosticError(diagnostics) }
            return file.bytes
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
        var planner = planner(values: values, library: library)
        shareLinks?.links.beginGeneration()
        planner.shareLinkCache = shareLinks
        return (
            PlannedSite(
                renderer: self, library: library, values: values, jobs: planner.jobs(), cards: planner.cardJobs(),
                search: planner.themeHasSearchPage),
            []
        )
    }
}

extension SiteRenderer {
    /// Plans a site in each of its languages (`languages`, the main language's renderer first) without
    /// drawing it, as ``render(languages:emit:)`` would draw it: every page knows where it is in the others,
    /// and the sitemap lists them all. One renderer plans a one-language site.
    public static func plan(
        languages renderers: [SiteRenderer], shareLinks: ShareLinkCache? = nil
    ) -> (site: PlannedSite?, diagnostics: [Diagnostic]) {
        var plans: [PlannedSite] = []
        var diagnostics: [Diagnostic] = []
        for (i, renderer) in renderers.enumerated() {
            // Share links are kept for the main language only: a cache's generation is one plan.
            let (plan, found) = renderer.plan(shareLinks: i == 0 ? shareLinks : nil)
            diagnostics += found
            if let plan { plans.append(plan) }
        }
        guard plans.count == renderers.count, let main = plans.first else {
            var seen = Set<Diagnostic>()
            return (nil, diagnostics.filter { seen.insert($0).inserted })
        }
        guard plans.count > 1 else { return (main, diagnostics) }
        let translations = PageTranslations(renderers.map(\.site), jobs: plans.map(\.jobs))
        for (i, plan) in plans.enumerated() { translations.fill(plan.jobs, language: i) }
        return (PlannedSite(main: main, further: Array(plans.dropFirst()), translations: translations), diagnostics)
    }
}

/// Template values that plans share: read by any number of pages being drawn at once, changed only when none
/// is; their cycles are broken when the last plan lets them go.
private final class SharedValues: @unchecked Sendable {
    let values: SiteValues
    private let access = DispatchQueue(label: "koho.planned-site.values", attributes: .concurrent)

    init(_ values: SiteValues) {
        self.values = values
    }

    deinit {
        values.release()
    }

    func read<T>(_ body: (SiteValues) -> T) -> T {
        access.sync { body(values) }
    }

    func change(_ body: () -> Void) {
        access.sync(flags: .barrier, execute: body)
    }
}

/// A site's search index for `koho serve`: made once, when a path first asks for it, by the same code as the
/// build's, so served bytes are built bytes.
private final class SearchIndexOnDemand: @unchecked Sendable {
    // @unchecked: `made` is touched only under `lock`.
    private let site: Site
    private let lock = NSLock()
    private var made: [String: [UInt8]]?

    init(site: Site) {
        self.site = site
    }

    /// Every file of the index by output path.
    var files: [String: [UInt8]] {
        lock.withLock {
            if let made { return made }
            let files = Dictionary(
                SearchIndexFiles(site: site).files().map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
            made = files
            return files
        }
    }
}
