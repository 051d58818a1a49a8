public import KohoURL

/// DESIGN.md's URL table as code: the one place a page's, a feed's or a file's URL and output path are made.
///
/// ```
/// /index.html                      home             /staff/<slug>/index.html        staff
/// /staff/index.html                staff list       /departments/<slug>/index.html  department
/// /departments/index.html          department list  /posts/<slug>/index.html        post
/// /posts/index.html, /posts/page/N/ post list       /pages/<slug>/index.html        page
/// /tags/index.html                 tag list         /tags/<tag>/index.html          tag (case-folded)
/// /feed.xml, /feed.json, <page>/feed.xml            /sitemap.xml, /robots.txt, /404.html
/// /share/mastodon/index.html       the Mastodon share page (only when it is needed)
/// ```
public struct SiteRoutes: Sendable, Hashable {
    /// The site's address: every URL is under its base path.
    public let address: SiteAddress

    public init(address: SiteAddress) {
        self.address = address
    }

    /// The folder a page kind's entries and list live in (`staff`), or nil for kinds without one.
    public static func folder(of kind: PageKind) -> String? {
        switch kind {
        case .staffList, .staff: return "staff"
        case .departmentList, .department: return "departments"
        case .postList, .post: return "posts"
        case .page: return "pages"
        case .tagList, .tag: return "tags"
        case .home, .notFound, .shareMastodon: return nil
        }
    }

    // MARK: - Pages

    /// The home page.
    public var home: Route { Route(address: address, folder: []) }

    /// The list page of `kind` (`.staffList` → `/staff/`); page `number` of the post list (from 1).
    public func list(_ kind: PageKind, page number: Int = 1) -> Route {
        let folder = Self.folder(of: kind).map { [$0] } ?? []
        guard kind == .postList, number > 1 else { return Route(address: address, folder: folder) }
        return Route(address: address, folder: folder + ["page", String(number)])
    }

    /// The page of one entry or tag: `entry(.staff, "sato")` → `/staff/sato/`; a tag by its case-folded key.
    public func entry(_ kind: PageKind, _ slug: String) -> Route {
        Route(address: address, folder: (Self.folder(of: kind).map { [$0] } ?? []) + [slug])
    }

    /// The 404 page, served by hosts for any missing path.
    public var notFound: Route { Route(address: address, folder: [], file: "404.html") }

    /// The page that asks a reader for their Mastodon server.
    public var shareMastodon: Route { Route(address: address, folder: ["share", "mastodon"]) }

    // MARK: - Feeds and files

    /// The RSS feed beside a page: the site's (`/feed.xml`) for the home page, else `<page>/feed.xml`.
    public func feed(of page: Route) -> Route {
        let folder = page.outputPath.split(separator: "/").dropLast().map(String.init)
        return Route(address: address, folder: folder, file: "feed.xml")
    }

    /// The site's JSON Feed.
    public var jsonFeed: Route { Route(address: address, folder: [], file: "feed.json") }
    /// The sitemap.
    public var sitemap: Route { Route(address: address, folder: [], file: "sitemap.xml") }
    /// robots.txt.
    public var robots: Route { Route(address: address, folder: [], file: "robots.txt") }

    /// A file copied into the output at `path` (a theme asset, a static file).
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
