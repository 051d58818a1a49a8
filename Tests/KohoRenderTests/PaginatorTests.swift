import KohoContent
import KohoSite
import KohoTemplates
import KohoTheme
import KohoURL
import Testing

@testable import KohoRender

/// DESIGN's `paginator` on every list a theme splits into pages: how many pages, where they are, what each
/// holds and how they link, for each kind of list.
@Suite struct PaginatorTests {
    /// A site whose lists have the given lengths: `staff` people (s000 … by reading), `departments` top-level
    /// departments (d000 … by order), `tags` tags named in site.yml (t000 …), and `posts` posts (p000 …,
    /// newest last) by s000, of d000, tagged t000 where those exist.
    static func site(staff: Int = 1, departments: Int = 1, posts: Int = 1, tags: Int = 1) throws -> Site {
        func id(_ prefix: String, _ i: Int) -> String { prefix + String(format: "%03d", i) }
        let tagNames = (0..<tags).map { id("t", $0) }
        var files = [
            "site.yml": "title: T\nbase_url: https://example.jp/city/\nhashtags: [\(tagNames.joined(separator: ", "))]\n"
        ]
        for i in 0..<departments {
            files["content/departments/\(id("d", i)).md"] = "---\nname: 部\(i)\norder: \(i)\n---\n"
        }
        for i in 0..<staff {
            files["content/staff/\(id("s", i)).md"] = "---\nname: 職員\(i)\nreading: あ\(id("", i))\n---\n"
        }
        for i in 0..<posts {
            var fields = "title: お知らせ\(i)\ndate: 2026-01-01T00:00:00Z\n".replacingOccurrences(
                of: "00:00:00", with: String(format: "%02d:%02d:00", i / 60, i % 60))
            if staff > 0 { fields += "author: s000\n" }
            if departments > 0 { fields += "department: d000\n" }
            if tags > 0 { fields += "hashtags: [t000]\n" }
            files["content/posts/\(id("p", i)).md"] = "---\n" + fields + "---\n本文。\n"
        }
        let loaded = ContentLoader(fileSystem: MemoryFileSystem(files)).load()
        let content = try #require(loaded.content, "\(loaded.diagnostics)")
        let resolved = SiteResolver(options: ResolveOptions(includeFuture: true, now: 0)).resolve(content)
        return try #require(resolved.site, "\(resolved.diagnostics)")
    }

    /// The pages planned for `list` (page 1 first), with their paginators.
    static func pages(of list: PagedList, in site: Site, size: Int) -> [(url: String, paginator: TemplateMap)] {
        let labels = Labels(strings: [:])
        let planner = PagePlanner(
            site: site, values: SiteValues(site: site, labels: labels), labels: labels,
            pageSizes: [PagedList.postList: 20].merging([list: size]) { _, new in new })
        return planner.jobs().filter { $0.kind == PageKind(list) }.map { job in
            guard case .map(let paginator)? = job.page["paginator"] else { return (job.route.url, TemplateMap()) }
            return (job.route.url, paginator)
        }
    }

    /// Each list kind: the site that gives it `count` items, its first page's URL, and its items' URLs in order.
    static func shape(_ list: PagedList, count: Int) throws -> (site: Site, first: String, items: [String]) {
        func ids(_ prefix: String) -> [String] { (0..<count).map { prefix + String(format: "%03d", $0) } }
        let newestFirst = ids("/city/posts/p").map { $0 + "/" }.reversed().map { $0 }
        switch list {
        case .postList: return (try site(posts: count), "/city/posts/", newestFirst)
        case .staffList: return (try site(staff: count, posts: 0), "/city/staff/", ids("/city/staff/s").map { $0 + "/" })
        case .departmentList:
            return (try site(departments: count, posts: 0), "/city/departments/", ids("/city/departments/d").map { $0 + "/" })
        case .tagList: return (try site(posts: 0, tags: count), "/city/tags/", ids("/city/tags/t").map { $0 + "/" })
        case .staff: return (try site(posts: count), "/city/staff/s000/", newestFirst)
        case .department: return (try site(posts: count), "/city/departments/d000/", newestFirst)
        case .tag: return (try site(posts: count), "/city/tags/t000/", newestFirst)
        }
    }

    static func string(_ value: TemplateValue?) -> String? {
        if case .string(let s)? = value { return s }
        return nil
    }

    static func int(_ value: TemplateValue?) -> Int? {
        if case .int(let i)? = value { return i }
        return nil
    }

    static func bool(_ value: TemplateValue?) -> Bool? {
        if case .bool(let b)? = value { return b }
        return nil
    }

    static func isNull(_ value: TemplateValue?) -> Bool {
        if case .null? = value { return true }
        return false
    }

    static func isEmptyList(_ value: TemplateValue?) -> Bool {
        if case .list(let items)? = value { return items.isEmpty }
        return false
    }

    static func list(_ value: TemplateValue?) -> [TemplateMap] {
        guard case .list(let items)? = value else { return [] }
        return items.compactMap { if case .map(let m) = $0 { return m } else { return nil } }
    }

    /// Items × page size → number of pages: at least one page, so an empty list still has its page.
    static let sizes: [(count: Int, size: Int, pages: Int)] = [
        (0, 3, 1), (1, 3, 1), (3, 3, 1), (4, 3, 2), (7, 3, 3), (7, 1, 7), (7, 10, 1),
    ]

    @Test(arguments: PagedList.allCases)
    func everyListKind(_ list: PagedList) throws {
        for (count, size, expectedPages) in Self.sizes {
            let (site, first, items) = try Self.shape(list, count: count)
            let pages = Self.pages(of: list, in: site, size: size)
            let context = "\(list.rawValue): \(count) items, \(size) a page"
            try #require(pages.count == expectedPages, "\(context)")
            let urls = (1...expectedPages).map { $0 == 1 ? first : first + "page/\($0)/" }
            #expect(pages.map(\.url) == urls, "\(context)")
            for (index, page) in pages.enumerated() {
                let p = page.paginator
                let number = index + 1
                #expect(Self.int(p["number"]) == number, "\(context)")
                #expect(Self.int(p["total"]) == expectedPages, "\(context)")
                #expect(Self.string(p["prev_url"]) == (number > 1 ? urls[number - 2] : nil), "\(context)")
                #expect(Self.string(p["next_url"]) == (number < expectedPages ? urls[number] : nil), "\(context)")
                #expect(Self.string(p["first_url"]) == urls[0], "\(context)")
                #expect(Self.string(p["last_url"]) == urls[expectedPages - 1], "\(context)")
                let links = Self.list(p["pages"])
                #expect(links.map { Self.int($0["number"]) } == (1...expectedPages).map { $0 }, "\(context)")
                #expect(links.map { Self.string($0["url"]) } == urls, "\(context)")
                #expect(links.map { Self.bool($0["current"]) == true } == (1...expectedPages).map { $0 == number })
                let shown = Self.list(p["items"]).map { Self.string($0["url"]) }
                let expected = items.dropFirst(index * size).prefix(size).map { $0 }
                #expect(shown == expected, "\(context), page \(number)")
            }
        }
    }

    /// A list the settings do not name is one page, and its `paginator` is null.
    @Test(arguments: [PagedList.staffList, .departmentList, .tagList, .staff, .department, .tag])
    func listNotSplit(_ list: PagedList) throws {
        let (site, first, _) = try Self.shape(list, count: 7)
        let labels = Labels(strings: [:])
        let planner = PagePlanner(site: site, values: SiteValues(site: site, labels: labels), labels: labels)
        let jobs = planner.jobs().filter { $0.kind == PageKind(list) }
        #expect(jobs.map(\.route.url).filter { $0.hasPrefix(first) } == [first])
        #expect(jobs.allSatisfy { Self.isNull($0.page["paginator"]) })
    }

    /// The one URL rule: page N of any page is `<page>page/N/`, for a tag's folder in UTF-8 too, and never the
    /// page of an entry whose slug is `page`.
    @Test(arguments: [
        (PageKind.tag, "防災", 1, "/city/tags/%E9%98%B2%E7%81%BD/", "tags/防災/index.html"),
        (.tag, "防災", 3, "/city/tags/%E9%98%B2%E7%81%BD/page/3/", "tags/防災/page/3/index.html"),
        (.staffList, nil, 2, "/city/staff/page/2/", "staff/page/2/index.html"),
        (.staff, "page", 1, "/city/staff/page/", "staff/page/index.html"),
        (.staff, "page", 2, "/city/staff/page/page/2/", "staff/page/page/2/index.html"),
        (.postList, nil, 12, "/city/posts/page/12/", "posts/page/12/index.html"),
        (.departmentList, nil, 1, "/city/departments/", "departments/index.html"),
    ] as [(PageKind, String?, Int, String, String)])
    func pageRoute(_ kind: PageKind, _ slug: String?, _ number: Int, _ url: String, _ path: String) throws {
        let routes = SiteRoutes(address: try #require(SiteAddress("https://example.jp/city/")))
        let page = slug.map { routes.entry(kind, $0, page: number) } ?? routes.list(kind, page: number)
        #expect(page.url == url)
        #expect(page.outputPath == path)
        #expect(page.permalink == "https://example.jp" + url)
        #expect(routes.outputPath(forURL: url) == path)
    }

    /// A list in kana order: the index says where each row starts; the page's items come in runs of one row,
    /// and only the run where a row starts carries its anchor.
    @Test func kanaIndexAndGroups() throws {
        let routes = SiteRoutes(address: try #require(SiteAddress("https://example.jp/")))
        let rows: [KanaRow] = [.other, .a, .a, .ka, .ka, .ka, .ka, .sa, .other]
        var pages = ListPages(
            first: routes.list(.staffList), routes: routes, items: rows.indices.map { .int($0) }, size: 3, rows: rows)
        pages.otherRowLabel = "その他"
        let paginators = pages.paginators()
        #expect(paginators.count == 3)
        let index = Self.list(paginators[1]["index"])
        #expect(index.map { Self.string($0["label"]) } == ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "その他"])
        #expect(
            index.map { Self.string($0["url"]) } == [
                "/staff/#kana-a", "/staff/page/2/#kana-ka", "/staff/page/3/#kana-sa", nil, nil, nil, nil, nil, nil,
                nil, "/staff/#kana-other",
            ])
        #expect(index.map { Self.int($0["count"]) } == [2, 4, 1, 0, 0, 0, 0, 0, 0, 0, 2])
        func groups(_ page: Int) -> [String] {
            Self.list(paginators[page]["groups"]).map { group in
                let shown = group["items"].map { value -> String in
                    guard case .list(let list) = value else { return "" }
                    return list.map { "\(Self.int($0) ?? -1)" }.joined(separator: ",")
                } ?? ""
                let continued = Self.bool(group["continued"]) == true ? "+" : ""
                return "\(Self.string(group["id"]) ?? "")\(continued):\(shown)"
            }
        }
        #expect(groups(0) == ["kana-other:0", "kana-a:1,2"])
        #expect(groups(1) == ["kana-ka:3,4,5"])
        #expect(groups(2) == ["kana-ka+:6", "kana-sa:7", "kana-other+:8"])
        // Lists that are not in kana order have neither.
        let plain = ListPages(first: routes.list(.postList), routes: routes, items: [.int(1)], size: 3).paginators()
        #expect(Self.isEmptyList(plain[0]["index"]))
        #expect(Self.isEmptyList(plain[0]["groups"]))
    }
}
