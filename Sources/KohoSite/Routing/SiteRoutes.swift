public import KohoURL

/// DESIGN.md's URL table as code: the one place a page's, a feed's or a file's URL and output path are made.
///
/// ```
/// /index.html                      home             /staff/<slug>/index.html        staff
/// /staff/index.html                staff list       /departments/<slug>/index.html  department
/// /departments/index.html          department list  /posts/<slug>/index.html        post
/// /posts/index.html               post list        /pages/<slug>/index.html        page
/// /tags/index.html                 tag list         /tags/<tag>/index.html          tag (case-folded)
/// /feed.xml, /feed.json, <page>/feed.xml            /sitemap.xml, /robots.txt, /404.html
/// /share/mastodon/index.html       the Mastodon share page (only when it is needed)
/// /search/index.html               the search page; its index: /search/index/meta.json,
///                                  /search/index/terms/<n>.bin, /search/index/docs/<n>.json
/// <page>/page/N/index.html         page N of a paginated list (/posts/page/2/, /tags/防災/page/3/)
/// /cards/home.png, /cards/<folder>/<slug>.png   share cards (1200×630): home, staff, departments, posts
/// /<lang>/…                        the same tree for each further language (`SiteRoutes(address:language:)`)
/// ```
///
/// The routes of a further language put every page, feed and card under `/<lang>/`: a route made here gets
/// the language's folder in front, so a kind of page added later has its translated URLs for free. What the
/// whole site has once — the sitemap, robots.txt, copied files — stays at the root in every language.
public struct SiteRoutes: Sendable, Hashable {
    /// The site's address: every URL is under its base path.
    public let address: SiteAddress
    /// The folder of a further language's pages (`en`), or nil for the main language's, at the root.
    public let language: String?

    /// The routes of the main language's pages, at the site's root, or with `language`, of a further
    /// language's pages, under `/<language>/`.
    public init(address: SiteAddress, language: String? = nil) {
        self.address = address
        self.language = language
    }

    /// A route in this language's tree: the language's folder in front of `folder`.
    private func route(_ folder: [String], file: String? = nil) -> Route {
        Route(address: address, folder: (language.map { [$0] } ?? []) + folder, file: file)
    }

    /// The same page or file in `other`'s language (`/en/staff/sato/` → `/staff/sato/`): the path inside the
    /// language's tree is kept.
    public func translated(_ route: Route, to other: SiteRoutes) -> Route {
        var parts = route.outputPath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let language, parts.first == language { parts.removeFirst() }
        let file = parts.removeLast()
        return file == "index.html" ? other.route(parts) : other.route(parts, file: file)
    }

    /// The folder a page kind's entries and list live in (`staff`), or nil for kinds without one.
    public static func folder(of kind: PageKind) -> String? {
        switch kind {
        case .staffList, .staff: return "staff"
        case .departmentList, .department: return "departments"
        case .postList, .post: return "posts"
        case .page: return "pages"
        case .tagList, .tag: return "tags"
        case .home, .notFound, .shareMastodon, .search: return nil
        }
    }

    // MARK: - Pages

    /// The home page.
    public var home: Route { route([]) }

    /// The list page of `kind` (`.staffList` → `/staff/`), or its page `number` (from 1) when the list is
    /// split into pages (`/staff/page/2/`).
    public func list(_ kind: PageKind, page number: Int = 1) -> Route {
        page(number, of: route(Self.folder(of: kind).map { [$0] } ?? []))
    }

    /// The page of one entry or tag: `entry(.staff, "sato")` → `/staff/sato/`; a tag by its case-folded key.
    /// Page `number` of its list, when the list is split (`/tags/防災/page/2/`).
    public func entry(_ kind: PageKind, _ slug: String, page number: Int = 1) -> Route {
        page(number, of: route((Self.folder(of: kind).map { [$0] } ?? []) + [slug]))
    }

    /// Page `number` of a paginated page: `first` itself for page 1, else `<first>page/N/` — the one rule
    /// for every paginated list (`/posts/page/2/`, `/staff/page/3/`, `/departments/kikaku/page/2/`). It
    /// cannot meet an entry's page: entries' pages are `<folder>/<slug>/`, a list's pages
    /// `<folder>/page/<N>/`, an entry's list's `<folder>/<slug>/page/<N>/`, even for the slug `page`.
    public func page(_ number: Int, of first: Route) -> Route {
        guard number > 1 else { return first }
        let folder = first.outputPath.split(separator: "/").dropLast().map(String.init)
        return Route(address: address, folder: folder + ["page", String(number)])
    }

    /// The 404 page, served by hosts for any missing path.
    public var notFound: Route { route([], file: "404.html") }

    /// The page that asks a reader for their Mastodon server.
    public var shareMastodon: Route { route(["share", "mastodon"]) }

    /// The search page (`/search/`), which reads its query from `?q=`.
    public var search: Route { route(["search"]) }

    // MARK: - Feeds and files

    /// The search index's manifest (`/search/index/meta.json`), which the search page reads first.
    public var searchMeta: Route { route(Self.searchIndexFolder, file: "meta.json") }

    /// Term shard `number` of the search index (`/search/index/terms/7.bin`).
    public func searchShard(_ number: Int) -> Route {
        route(Self.searchIndexFolder + ["terms"], file: "\(number).bin")
    }

    /// Document chunk `number` of the search index (`/search/index/docs/0.json`).
    public func searchChunk(_ number: Int) -> Route {
        route(Self.searchIndexFolder + ["docs"], file: "\(number).json")
    }

    /// Where the search index's files live.
    private static let searchIndexFolder = ["search", "index"]

    /// The share card of the home page (`/cards/home.png`) or of an entry (`/cards/staff/sato.png`,
    /// `/cards/departments/kikaku.png`, `/cards/posts/<slug>.png`): beside no page, so a page's folder stays
    /// its own, and under one folder a host can cache for long.
    public func card(_ kind: PageKind, _ slug: String? = nil) -> Route {
        guard let slug, let folder = Self.folder(of: kind) else {
            return route(["cards"], file: "home.png")
        }
        return route(["cards", folder], file: slug + ".png")
    }

    /// The RSS feed beside a page: the site's (`/feed.xml`) for the home page, else `<page>/feed.xml`.
    public func feed(of page: Route) -> Route {
        let folder = page.outputPath.split(separator: "/").dropLast().map(String.init)
        return Route(address: address, folder: folder, file: "feed.xml")
    }

    /// The site's JSON Feed.
    public var jsonFeed: Route { route([], file: "feed.json") }
    /// The sitemap: one for the whole site, at its root, in every language.
    public var sitemap: Route { Route(address: address, folder: [], file: "sitemap.xml") }
    /// robots.txt, at the site's root in every language.
    public var robots: Route { Route(address: address, folder: [], file: "robots.txt") }

    /// A file copied into the output at `path` (a theme asset, a static file): one for every language.
    public func file(_ path: String) -> Route {
        let parts = path.split(separator: "/").map(String.init)
        return Route(address: address, folder: Array(parts.dropLast()), file: parts.last ?? "")
    }

    // MARK: - Reading URLs back

    /// The output file a root-relative URL of this site names (`/city/staff/sato/` → `staff/sato/index.html`),
    /// or nil for a URL outside the base path. Percent-escapes are decoded; a query or fragment is ignored.
    public func outputPath(forURL url: String) -> String? {
        var path = Substring(url)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard path.hasPrefix(address.basePath) || path + "/" == address.basePath else { return nil }
        let inside = path.dropFirst(min(path.count, address.basePath.count))
        let decoded = PercentDecoding.decode(String(inside)) ?? String(inside)
        if decoded.isEmpty || decoded.hasSuffix("/") { return decoded + "index.html" }
        return decoded
    }
}
