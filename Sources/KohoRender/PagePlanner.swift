import KohoDates
import KohoMarkdown
import KohoContent
import KohoSite
import KohoTheme
import KohoTemplates
import KohoURL

/// One page to render: where it goes, which kind of page it is, and which values it gets.
struct PageJob: Sendable {
    var route: Route
    var kind: PageKind
    /// The page's `page` object.
    var page: TemplateMap
    /// The layout's own object (`staff`, `department`, `post`, `tag`), when it has one.
    var context: [String: TemplateValue]
    /// Whether the sitemap lists it (not the 404 page or the Mastodon share page).
    var listed: Bool
    var lastModified: ZonedDate?

    var layout: String { kind.layout }
}

/// One share card to draw: where it goes, its template (`cards/staff.svg`) and the template's values besides
/// `site` (`staff`, `department`, `post`).
struct CardJob: Sendable {
    var route: Route
    var template: String
    var context: [String: TemplateValue]
}

/// Lists every page of the site (DESIGN.md's URL list, ``SiteRoutes``) with its `page` object: one
/// function per kind of page.
struct PagePlanner {
    let site: Site
    let values: SiteValues
    let labels: Labels
    /// Whether the theme has `share-mastodon.html`, the page that asks a reader for their Mastodon instance.
    var themeHasMastodonSharePage = false
    /// Items per page of each list split into pages (``PageSizes/resolved(site:theme:)``); a list without a
    /// size is one page whose `paginator` is null.
    var pageSizes: [PagedList: Int] = [.postList: PageSizes.defaultPostListSize]
    /// Share links made by earlier plans, reused (`koho serve`).
    var shareLinkCache: ShareLinkCache?
    /// Whether the theme draws share cards (home, staff, departments, posts).
    var drawsCards = false
    /// Whether the theme has `search.html`: then the search page and the index it reads are made.
    var themeHasSearchPage = false

    /// The Mastodon share page, when the site needs one: it shares to Mastodon but names no instance, and
    /// the theme can draw the page.
    var mastodonSharePage: Route? {
        guard themeHasMastodonSharePage, site.config.mastodonInstance == nil, site.config.share.contains(.mastodon)
        else { return nil }
        return site.routes.shareMastodon
    }

    func jobs() -> [PageJob] {
        homeAndLists() + postLists() + staffPages() + departmentPages() + postPages() + freePages() + tagPages()
            + otherPages()
    }

    // MARK: - The page object

    /// The `page` object every layout gets.
    private func page(
        _ kind: PageKind, title: String, description: String?, route: Route, content: String? = nil,
        hashtags: [Int] = [], share: TemplateValue = .list([]), image: TemplateValue = .null,
        paginator: TemplateValue = .null, feed: Feed? = nil, language: EntryFile? = nil
    ) -> TemplateMap {
        TemplateMap([
            ("kind", .string(kind.rawValue)), ("title", .string(title)), ("description", .optional(description)),
            ("url", .string(route.url)), ("permalink", .string(route.permalink)),
            ("content", content.map { .safeHTML($0) } ?? .null),
            ("furigana", .bool(content.map(RenderedMarkdown.hasFurigana) ?? false)),
            ("hashtags", .list(hashtags.map { values.tagLinks[$0] })), ("share", share), ("image", image),
            ("feed_url", .optional(feed?.url)), ("paginator", paginator),
            // The language of the page's text: an entry shown untranslated is in the main language.
            ("language", .string(language.map { $0.language ?? site.config.rootLanguage } ?? site.config.language)),
            // Where this page is in the site's other languages; filled when the languages are planned.
            ("translations", .list([])), ("alternates", .list([])), ("language_links", .list([])),
        ])
    }

    private func job(
        _ kind: PageKind, _ route: Route, _ page: TemplateMap, _ context: [String: TemplateValue] = [:],
        listed: Bool = true, lastModified: ZonedDate? = nil
    ) -> PageJob {
        PageJob(route: route, kind: kind, page: page, context: context, listed: listed, lastModified: lastModified)
    }

    private var siteDescription: String? { site.config.description }

    /// When a page that lists posts last changed: when the newest of them appeared (posts are newest first).
    private func newest(_ posts: [Int]) -> ZonedDate? { posts.first.map { site.posts[$0].entry.date.value } }

    // MARK: - The picture a shared link shows

    /// A page's `image`, the one rule for what a shared link shows: the entry's own image when it is raster,
    /// else its share card, else site.yml's `share_image`, else its own image even if it is an SVG (`koho
    /// check` warns about that page), else none. Pages without a card of their own (lists, tags, free pages)
    /// get `share_image`.
    /// Always `{src, alt, width, height}` (the size only for a card, else null).
    func shareImage(own: ContentImage? = nil, ownValue: TemplateValue = .null, card: Route?, alt: String) -> TemplateValue {
        func image(_ src: TemplateValue, _ alt: TemplateValue, size: Bool = false) -> TemplateValue {
            .map(
                TemplateMap([
                    ("src", src), ("alt", alt), ("width", size ? .int(1200) : .null),
                    ("height", size ? .int(630) : .null),
                ]))
        }
        func ownImage() -> TemplateValue {
            guard case .map(let map) = ownValue else { return .null }
            return image(map["src"] ?? .null, map["alt"] ?? .null)
        }
        if let own, own.isRaster { return ownImage() }
        if drawsCards, let card { return image(.string(card.url), .string(alt), size: true) }
        if let fallback = site.config.shareImage {
            return image(.string(fallback.src.value), .optional(fallback.alt))
        }
        return own == nil ? .null : ownImage()
    }

    /// Every share card to draw: the home page's, then each staff member's, department's and post's.
    func cardJobs() -> [CardJob] {
        guard drawsCards else { return [] }
        let routes = site.routes
        var jobs = [CardJob(route: routes.card(.home), template: "cards/home.svg", context: [:])]
        for (i, member) in site.staff.enumerated() where !(member.entry.photo?.isRaster ?? false) {
            jobs.append(
                CardJob(
                    route: routes.card(.staff, member.slug), template: "cards/staff.svg",
                    context: ["staff": .map(values.staff[i])]))
        }
        for (i, department) in site.departments.enumerated() {
            jobs.append(
                CardJob(
                    route: routes.card(.department, department.slug), template: "cards/department.svg",
                    context: ["department": .map(values.departments[i])]))
        }
        for (i, post) in site.posts.enumerated() where !(post.entry.image?.isRaster ?? false) {
            jobs.append(
                CardJob(
                    route: routes.card(.post, post.slug), template: "cards/post.svg",
                    context: ["post": .map(values.posts[i])]))
        }
        return jobs
    }

    // MARK: - Pages by kind

    private func homeAndLists() -> [PageJob] {
        let routes = site.routes
        var jobs = [
            job(
                .home, routes.home,
                page(
                    .home, title: site.config.title, description: siteDescription, route: routes.home,
                    hashtags: site.hashtags, image: shareImage(card: routes.card(.home), alt: site.config.title),
                    feed: values.feeds.site),
                lastModified: site.buildDate)
        ]
        // The staff and the tags are in kana order: their pages get a kana index.
        let lists: [(PagedList, () -> [TemplateValue], (() -> [KanaRow])?)] = [
            (.staffList, { values.staff.map { .map($0) } },
             { site.staff.map { KanaRow.of(reading: $0.entry.reading, name: $0.entry.name) } }),
            (.departmentList, { site.topLevelDepartments.map { .map(values.departments[$0]) } }, nil),
            (.tagList, { values.tags.map { .map($0) } }, { site.tags.map { KanaRow.of(reading: nil, name: $0.name) } }),
        ]
        for (list, items, rows) in lists {
            let kind = PageKind(list)
            jobs += pages(of: list, first: routes.list(kind), items: items, rows: rows) { route, paginator in
                job(
                    kind, route,
                    page(
                        kind, title: labels.title(of: kind), description: siteDescription, route: route,
                        image: shareImage(card: nil, alt: site.config.title), paginator: paginator))
            }
        }
        return jobs
    }

    /// `/posts/` and `/posts/page/N/`: the post list is always split (20 posts a page unless a setting says).
    private func postLists() -> [PageJob] {
        pages(of: .postList, first: site.routes.list(.postList), items: { values.posts.map { .map($0) } }) {
            route, paginator in
            job(
                .postList, route,
                page(
                    .postList, title: labels.title(of: .postList), description: siteDescription, route: route,
                    image: shareImage(card: nil, alt: site.config.title), paginator: paginator, feed: values.feeds.site),
                lastModified: site.buildDate)
        }
    }

    /// The pages of one list: a single page with a null `paginator` when the list is not split, else one
    /// page per `pageSizes[list]` items, each with its `paginator` (``ListPages``). `items` (and `rows`, for a
    /// list in kana order) are asked for only when the list is split.
    private func pages(
        of list: PagedList, first: Route, items: () -> [TemplateValue], rows: (() -> [KanaRow])? = nil,
        _ make: (Route, TemplateValue) -> PageJob
    ) -> [PageJob] {
        guard let size = pageSizes[list] else { return [make(first, .null)] }
        var pages = ListPages(first: first, routes: site.routes, items: items(), size: size, rows: rows?())
        pages.otherRowLabel = labels.otherKanaRow
        return zip(pages.numbers, pages.paginators()).map { number, paginator in
            make(pages.route(number), .map(paginator))
        }
    }

    private func staffPages() -> [PageJob] {
        let share = shareLinks(site.staff.map(staffShareInput))
        return site.staff.indices.flatMap { staffPage($0, share: share[$0]) }
    }

    /// The pages of staff member `i` (more than one when the theme splits their posts into pages), with
    /// their share links (made here when not given).
    func staffPage(_ i: Int, share: TemplateValue? = nil) -> [PageJob] {
        let member = site.staff[i]
        let e = member.entry
        let description = Self.staffDescription(member, in: site)
        let share = share ?? shareLinks([staffShareInput(member)])[0]
        return pages(of: .staff, first: site.routes.entry(.staff, member.slug), items: { posts(member.posts) }) {
            route, paginator in
            job(
                .staff, route,
                page(
                    .staff, title: e.name, description: description.isEmpty ? siteDescription : description,
                    route: route, content: member.contentHTML, hashtags: member.hashtags, share: share,
                    image: shareImage(
                        own: e.photo, ownValue: values.staff[i]["photo"] ?? .null,
                        card: site.routes.card(.staff, member.slug), alt: e.name),
                    paginator: paginator, feed: values.feeds.staff[i], language: e.file),
                ["staff": .map(values.staff[i])], lastModified: newest(member.posts))
        }
    }

    /// A staff member's one line: their role and departments (`観光課 主事 · 企画課`), empty when they have
    /// neither. A role often names the department already (観光課 主事): it is not said twice.
    static func staffDescription(_ member: StaffMember, in site: Site) -> String {
        let role = member.entry.role
        let departmentNames = member.departments.map { site.departments[$0].entry.name }
            .filter { !(role ?? "").contains($0) }
        return ([role].compactMap { $0 } + departmentNames).joined(separator: " · ")
    }

    private func staffShareInput(_ member: StaffMember) -> (title: String, url: String, tags: [[Int]]) {
        (member.entry.name, member.url, [member.hashtags] + member.departments.map { site.departments[$0].hashtags })
    }

    /// Posts (indices into the site's posts) as template values.
    private func posts(_ indices: [Int]) -> [TemplateValue] { indices.map { .map(values.posts[$0]) } }

    private func departmentPages() -> [PageJob] {
        let share = shareLinks(site.departments.map { department in
            (department.entry.name, department.url,
             [department.hashtags] + (department.parent.map { [site.departments[$0].hashtags] } ?? []))
        })
        return site.departments.enumerated().flatMap { i, department in
            let e = department.entry
            return pages(
                of: .department, first: site.routes.entry(.department, department.slug),
                items: { posts(department.posts) }
            ) { route, paginator in
                job(
                    .department, route,
                    page(
                        .department, title: e.name, description: e.summary ?? siteDescription, route: route,
                        content: department.contentHTML, hashtags: department.hashtags, share: share[i],
                        image: shareImage(card: site.routes.card(.department, department.slug), alt: e.name),
                        paginator: paginator, feed: values.feeds.departments[i], language: e.file),
                    ["department": .map(values.departments[i])], lastModified: newest(department.posts))
            }
        }
    }

    private func postPages() -> [PageJob] {
        let share = shareLinks(site.posts.map { post in
            (post.entry.title, post.url, [post.hashtags] + post.departments.map { site.departments[$0].hashtags })
        })
        return site.posts.enumerated().map { i, post in
            let e = post.entry
            let route = site.routes.entry(.post, post.slug)
            return job(
                .post, route,
                page(
                    .post, title: e.title, description: e.summary ?? Excerpt.make(post.plainText), route: route,
                    content: post.contentHTML, hashtags: post.hashtags, share: share[i],
                    image: shareImage(
                        own: e.image, ownValue: values.posts[i]["image"] ?? .null,
                        card: site.routes.card(.post, post.slug), alt: e.title), language: e.file),
                ["post": .map(values.posts[i])], lastModified: e.date.value)
        }
    }

    private func freePages() -> [PageJob] {
        site.pages.map { entry in
            let e = entry.entry
            let route = site.routes.entry(.page, entry.slug)
            return job(
                .page, route,
                page(
                    .page, title: e.title, description: e.description ?? Excerpt.make(entry.plainText), route: route,
                    content: entry.contentHTML, image: shareImage(card: nil, alt: site.config.title), language: e.file))
        }
    }

    private func tagPages() -> [PageJob] {
        site.tags.enumerated().flatMap { i, tag in
            pages(of: .tag, first: site.routes.entry(.tag, tag.key), items: { posts(tag.posts) }) { route, paginator in
                job(
                    .tag, route,
                    page(
                        .tag, title: "#" + tag.name, description: siteDescription, route: route, hashtags: [i],
                        image: shareImage(card: nil, alt: site.config.title), paginator: paginator,
                        feed: values.feeds.tags[i]),
                    ["tag": .map(values.tags[i])], lastModified: newest(tag.posts))
            }
        }
    }

    /// The 404 page, the Mastodon share page and the search page: not in the sitemap.
    private func otherPages() -> [PageJob] {
        let notFound = site.routes.notFound
        var jobs = [
            job(
                .notFound, notFound,
                page(.notFound, title: labels.title(of: .notFound), description: siteDescription, route: notFound),
                listed: false)
        ]
        if let mastodon = mastodonSharePage {
            // A first-party page: it reads `text` from its address, asks for the instance and forwards there.
            jobs.append(
                job(
                    .shareMastodon, mastodon,
                    page(
                        .shareMastodon, title: labels.title(of: .shareMastodon),
                        description: siteDescription, route: mastodon),
                    listed: false))
        }
        if themeHasSearchPage {
            // A page of results, not of content: it reads its query from its address.
            let search = site.routes.search
            jobs.append(
                job(
                    .search, search,
                    page(.search, title: labels.title(of: .search), description: siteDescription, route: search),
                    listed: false))
        }
        return jobs
    }

    // MARK: - Share links

    /// Each entry's share links, from its title, URL and hashtag groups (its own, then its departments').
    /// Fitting share text to each network is the costliest part of planning; entries are independent, so
    /// their links are made on every core, in order.
    private func shareLinks(_ entries: [(title: String, url: String, tags: [[Int]])]) -> [TemplateValue] {
        let site = self.site
        let share = ShareLinks(
            config: site.config, labels: labels, mastodonSharePage: mastodonSharePage?.permalink)
        let siteTagNames = site.hashtags.map { site.tags[$0].name }
        let cache = shareLinkCache?.links
        return entries.parallelMap { entry in
            // The entry's tags, then its departments', then the site's, without repeats (case-insensitively).
            var names: [String] = []
            var keys = Set<String>()
            for index in entry.tags.joined() where keys.insert(site.tags[index].key).inserted {
                names.append(site.tags[index].name)
            }
            for name in siteTagNames where keys.insert(name.lowercased()).inserted { names.append(name) }
            let permalink = site.address.absolute(entry.url)
            guard let cache else {
                return share.links(title: entry.title, permalink: permalink, hashtags: names)
            }
            return cache.value(for: .init(title: entry.title, permalink: permalink, hashtags: names)) {
                share.links(title: entry.title, permalink: permalink, hashtags: names)
            }
        }
    }
}

/// A short plain-text description cut from a body.
enum Excerpt {
    /// `text` with its whitespace collapsed, whole when it has at most `length` characters, else its first
    /// `length - 1` and `…`; nil when it has none. Reads only as far as it needs: a long body costs no more
    /// than a short one.
    static func make(_ text: String, length: Int = 120) -> String? {
        var excerpt = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            let needed = pendingSpace && count > 0 ? 2 : 1
            if count + needed > length { return String(excerpt.prefix(length - 1)) + "…" }
            if needed == 2 { excerpt.append(" ") }
            excerpt.append(character)
            count += needed
            pendingSpace = false
        }
        return count == 0 ? nil : excerpt
    }
}
