import Foundation
public import KohoContent
public import KohoDiagnostics
import KohoRender
import KohoMarkdown
import KohoSite
import KohoTheme

/// What changed in a site's sources since the last look: paths relative to the site (`content/staff/sato.md`,
/// a folder's path when something under it may have changed), or everything.
public enum SourceChange: Sendable, Hashable {
    case everything
    case paths(Set<String>)
}

/// A build kept in memory between changes, for `koho serve`: after a change only the changed files are read
/// again, only the bodies whose text changed are rendered again, and the site is planned — its references
/// resolved and every page's values made — but its pages are drawn only when they are asked for
/// (``PreviewSite``).
///
/// A change to site.yml reads everything again (every date is read in its time zone); a change to the theme
/// or layouts loads the theme again. One update at a time: the session is not shared between tasks.
public final class BuildSession {
    public let builder: SiteBuilder
    private var content = ContentCache()
    private let bodies = BodyCache()
    /// Share links depend on site.yml and the theme's labels: a new cache when either changes.
    private var shareLinks = ShareLinkCache()
    /// The theme for the current site.yml, loaded or not.
    private var theme: (Theme?, [Diagnostic])?
    private var statics: [(path: String, problem: Diagnostic?)]?
    /// The last good build, which a saved staff profile can be put into in place.
    private var last: (site: Site, theme: Theme, planned: PlannedSite, files: [OutputFile], warnings: [Diagnostic])?
    /// How long each phase of the last update took.
    public private(set) var timings: [(phase: String, duration: Duration)] = []
    /// The processor time the process spent during the last update, all threads together: on a busy
    /// machine a fairer measure of the work than the wall-clock timings.
    public private(set) var processorTime: Duration = .zero

    /// A session for `options`, reading through `fileSystem` (the site's folder when nil).
    public init(options: BuildOptions, fileSystem: (any SiteFileSystem)? = nil) {
        builder = SiteBuilder(options: options, fileSystem: fileSystem)
    }

    /// How many bodies were rendered since the session began, not found unchanged.
    public var bodiesRendered: Int { bodies.renderCount }

    /// Forgets what `change` touched and builds the site again: the site to serve, or every error that stops
    /// the build (the same ones `koho build` reports).
    public func update(_ change: SourceChange) throws(DiagnosticError) -> PreviewSite {
        timings = []
        let processorStart = Self.processorNow()
        defer { processorTime = Self.processorNow() - processorStart }
        let clock = ContinuousClock()
        var started = clock.now
        if let preview = updateInPlace(change) {
            timings = [("in place", clock.now - started)]
            return preview
        }
        forget(change)
        last = nil
        func lap(_ phase: String) {
            let now = clock.now
            timings.append((phase, now - started))
            started = now
        }
        var gate = PhaseGate(builder: builder)
        let statics = self.statics ?? builder.staticSources()
        self.statics = statics
        let load = builder.loadContentAndTheme(cache: &content, theme: &self.theme, statics: statics)
        let (loaded, theme) = try gate.pass((load.value, load.diagnostics), deferring: load.images)
        lap("load")
        var site = try gate.pass(builder.resolver(bodyCache: bodies).resolve(loaded))
        // Further languages' bodies link their own tag pages: they are rendered apart from the cache.
        var translated = try builder.furtherLanguages(of: loaded, gate: &gate)
        lap("resolve")
        let images = try gate.pass(builder.images(of: site, statics: statics, work: ImageWork()).prepare())
        SiteImages.apply(images, to: &site)
        for i in translated.indices { SiteImages.apply(images, to: &translated[i].site) }
        lap("images")
        let logo = builder.cardLogo(site)
        let renderers = ([(site: site, theme: theme)] + translated).map { language in
            var renderer = SiteRenderer(site: language.site, theme: language.theme)
            renderer.cardLogo = logo
            return renderer
        }
        let planned = try gate.pass(SiteRenderer.plan(languages: renderers, shareLinks: shareLinks))
        lap("plan")
        let assets = theme.assets.map { OutputFile(path: $0.path, contents: .bytes($0.bytes)) }
        let media = images.flatMap { image in image.files.map { OutputFile(path: $0.path, contents: .image(image)) } }
        let resized = Set(images.map { "static/" + $0.target })
        let copies =
            try media
            + gate.pass(
                builder.staticFiles(
                    statics.filter { !resized.contains($0.path) }, besides: planned.paths + (assets + media).map(\.path)))
        lap("static")
        // What `koho check` finds in the bodies (broken links and images, missing alt text), shown while serving.
        let written = Set(planned.paths + (assets + copies).map(\.path) + images.map(\.target))
        let checked = SiteChecker(site: site, outputPaths: written).diagnostics()
        let warnings = builder.fillSourceLines(gate.warnings + checked)
        last = (site, theme, planned, assets + copies, warnings)
        return PreviewSite(
            planned: planned, files: assets + copies, language: site.config.language, builder: builder,
            warnings: warnings)
    }

    /// A change to staff profiles that leaves everything the rest of the site takes from them as it was — the
    /// slug, name, reading, departments, hashtags (also those in the text), order, draft flag, photo and
    /// images in the text (read and resized by the whole build) — put into
    /// the last build in place: each file is read again, its body rendered, its values and its page planned
    /// again. Nil when the change is anything else; the whole site is then built again.
    private func updateInPlace(_ change: SourceChange) -> PreviewSite? {
        // A site in several languages is built again whole: a profile shows in each language's pages.
        guard case .paths(let paths) = change, var last, !last.site.config.isMultilingual,
            paths.allSatisfy({ $0.hasPrefix("content/staff/") })
        else { return nil }
        let loader = builder.contentLoader()
        let markdown = MarkdownRenderer(options: last.site.routes.markdownOptions(last.site.config))
        var changed: [Int] = []
        for path in paths.sorted() where !loader.leftNoTrace(path, cache: content) {
            guard let (before, after) = loader.reloadStaff(path, cache: &content), Self.isInPlace(before, after),
                let i = last.site.staff.firstIndex(where: { $0.entry.file.path == path })
            else { return nil }
            let old = bodies.body(of: before.file, with: markdown)
            let new = bodies.body(of: after.file, with: markdown)
            // Images are read and named by the whole build: a body with images is built again with it.
            guard new.errors.isEmpty, new.hashtags == old.hashtags, !new.links.contains(where: \.isImage),
                !old.links.contains(where: \.isImage)
            else { return nil }
            last.site.staff[i].entry = after
            last.site.staff[i].contentHTML = new.html
            last.site.staff[i].plainText = new.plainText
            changed.append(i)
        }
        last.planned = last.planned.replacingStaff(changed, in: last.site)
        self.last = last
        return PreviewSite(
            planned: last.planned, files: last.files, language: last.site.config.language, builder: builder,
            warnings: last.warnings)
    }

    /// Whether a staff entry changed only in what shows on its own page and in its own value.
    static func isInPlace(_ a: StaffEntry, _ b: StaffEntry) -> Bool {
        a.file.slug.value == b.file.slug.value && a.file.draft == b.file.draft && a.name == b.name
            && a.reading == b.reading && a.departments.map(\.value) == b.departments.map(\.value)
            && a.hashtags.map(\.value) == b.hashtags.map(\.value) && a.order == b.order && a.photo == b.photo
    }

    private static func processorNow() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// Drops what the change made stale.
    private func forget(_ change: SourceChange) {
        guard case .paths(let paths) = change else {
            content.forgetAll()
            theme = nil
            shareLinks = ShareLinkCache()
            statics = nil
            return
        }
        for path in paths {
            let top = path.split(separator: "/").first.map(String.init) ?? path
            if SiteSettingsFiles.contains(top) {
                // The theme's name and languages are site.yml's; a language's words are site.<lang>.yml's.
                content.forgetAll()
                theme = nil
                shareLinks = ShareLinkCache()
                continue
            }
            switch top {
            case "content": content.forget([path])
            case "static": statics = nil
            case "themes", "layouts", "i18n":
                theme = nil
                shareLinks = ShareLinkCache()
            default: break
            }
        }
    }
}

/// The site as `koho serve` shows it: planned, with each page drawn the first time it is asked for and kept
/// until the next change. Its files are the ones `koho build` writes, byte for byte.
public final class PreviewSite: Sendable {
    private let planned: PlannedSite
    /// Theme assets and static files, by output path.
    private let files: [String: OutputFile.Contents]
    /// The site's language (`ja`), for what the server itself says on its pages.
    public let language: String
    /// Warnings of the build (a site with errors is never planned).
    public let warnings: [Diagnostic]
    private let builder: SiteBuilder
    private let drawn = DrawnFiles()

    init(planned: PlannedSite, files: [OutputFile], language: String, builder: SiteBuilder, warnings: [Diagnostic]) {
        self.planned = planned
        self.files = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        self.language = language
        self.builder = builder
        self.warnings = warnings
    }

    /// Every path of the site, sorted.
    public var paths: [String] { (planned.paths + files.keys).sorted() }

    /// How many HTML pages the site has.
    public var pageCount: Int { planned.pageCount }

    /// The file at `path` inside the output (`staff/sato/index.html`), nil when the site has none; an error
    /// drawing the page is thrown, with its source lines.
    public func file(_ path: String) throws(DiagnosticError) -> OutputFile.Contents? {
        if let contents = files[path] { return contents }
        if let bytes = drawn[path] { return .bytes(bytes) }
        do {
            guard let bytes = try planned.render(path) else { return nil }
            drawn[path] = bytes
            return .bytes(bytes)
        } catch {
            throw DiagnosticError(builder.fillSourceLines(error.diagnostics))
        }
    }
}

/// Files drawn so far, shared by the requests that may draw them at the same time.
private final class DrawnFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]

    subscript(path: String) -> [UInt8]? {
        get { lock.withLock { files[path] } }
        set { lock.withLock { files[path] = newValue } }
    }
}
