import KohoContent
import KohoSite
import KohoTemplates

/// One page to render: where it goes, with which layout and which values.
struct PageJob: Sendable {
    var outputPath: String
    var layout: String
    /// The page's `page` object.
    var page: TemplateMap
    /// The layout's own object (`staff`, `department`, `post`, `tag`), when it has one.
    var context: [String: TemplateValue]
    /// Root-relative URL (for the sitemap); nil for pages that are not listed (404).
    var sitemapURL: String?
    var lastModified: ContentDate?
}

/// Lists every page of the site (DESIGN.md's URL list) with its `page` object.
struct PagePlanner {
    let site: Site
    let values: SiteValues
    let labels: ServiceLabels
    /// Whether the theme has `share-mastodon.html`, the page that asks a reader for their Mastodon instance.
    var themeHasMastodonSharePage = false

    /// The layout of the page that asks for a reader's Mastodon instance.
    static let mastodonShareLayout = "share-mastodon.html"

    /// The root-relative URL of the Mastodon share page, when the site needs one: it shares to Mastodon but
    /// names no instance, and the theme can render the page.
    var mastodonSharePage: String? {
        guard themeHasMastodonSharePage, site.config.mastodonInstance == nil, site.config.share.contains(.mastodon)
        else { return nil }
        return site.urls.url("share", "mastodon")
    }

    func jobs() -> [PageJob] {
        let site = self.site
        let urls = site.urls
        var jobs: [PageJob] = []
        let mastodonPage = mastodonSharePage
        let share = ShareLinks(
            config: site.config, labels: labels, mastodonSharePage: mastodonPage.map { urls.permalink($0) })
        let siteTagNames = site.hashtags.map { site.tags[$0].name }
        let feeds = values.feeds
        // A page that lists posts changed last when the newest of them appeared (posts are newest first).
        func newest(_ posts: [Int]) -> ContentDate? { posts.first.map { site.posts[$0].entry.date.value } }

        // Fitting share text to each network is the costliest part of planning; entries are independent,
        // so their links are made on every core, in order.
        let shareLinks: @Sendable (String, String, [[Int]]) -> TemplateValue = { title, url, tags in
            // The entry's tags, then its departments', then the site's, without repeats (case-insensitively).
            var names: [String] = []
            var keys = Set<String>()
            for index in tags.joined() where keys.insert(site.tags[index].key).inserted {
                names.append(site.tags[index].name)
            }
            for name in siteTagNames where keys.insert(name.lowercased()).inserted { names.append(name) }
            return share.links(title: title, permalink: urls.permalink(url), hashtags: names)
        }
        let staffShare = Array(site.staff.indices).parallelMap { i in
            let member = site.staff[i]
            return shareLinks(
                member.entry.name, member.url,
                [member.hashtags] + member.departments.map { site.departments[$0].hashtags })
        }
        let departmentShare = Array(site.departments.indices).parallelMap { i in
            let department = site.departments[i]
            return shareLinks(
                department.entry.name, department.url,
                [department.hashtags] + (department.parent.map { [site.departments[$0].hashtags] } ?? []))
        }
        let postShare = Array(site.posts.indices).parallelMap { i in
            let post = site.posts[i]
            return shareLinks(
                post.entry.title, post.url, [post.hashtags] + post.departments.map { site.departments[$0].hashtags })
        }

        func makePage(
            kind: String, title: String, description: String?, url: String, content: String? = nil,
            hashtags: [Int] = [], share: TemplateValue = .list([]), image: TemplateValue = .null,
            paginator: TemplateValue = .null, feed: Feed? = nil
        ) -> TemplateMap {
            TemplateMap([
                ("kind", .string(kind)), ("title", .string(title)), ("description", .optional(description)),
                ("url", .string(url)), ("permalink", .string(urls.permalink(url))),
                ("content", content.map { .safeHTML($0) } ?? .null),
                ("hashtags", .list(hashtags.map { values.tagLinks[$0] })), ("share", share), ("image", image),
                ("feed_url", .optional(feed?.url)), ("paginator", paginator),
            ])
        }

        func add(
            _ path: String, _ layout: String, _ page: TemplateMap, _ context: [String: TemplateValue] = [:],
            listed: Bool = true, lastModified: ContentDate? = nil
        ) {
            jobs.append(
                PageJob(
                    outputPath: path, layout: layout, page: page, context: context,
                    sitemapURL: listed ? page["url"].flatMap { if case .string(let s) = $0 { s } else { nil } } : nil,
                    lastModified: lastModified))
        }

        let siteDescription = site.config.description
        let organizationLogo =
            values.site["organization"].flatMap { value -> TemplateValue? in
                guard case .map(let o) = value, case .string(let logo)? = o["logo"] else { return nil }
                return .map(
                    TemplateMap([("src", .string(logo)), ("alt", .string(site.config.organization?.name ?? ""))]))
            } ?? .null

        // MARK: Home and lists
        add(
            "index.html", "home.html",
            makePage(
                kind: "home", title: site.config.title, description: siteDescription, url: urls.basePath,
                hashtags: site.hashtags, image: organizationLogo, feed: feeds.site), lastModified: site.buildDate)
        add(
            "staff/index.html", "staff-list.html",
            makePage(
                kind: "staff-list", title: labels.title(forList: "staff-list"), description: siteDescription,
                url: urls.url("staff")))
        add(
            "departments/index.html", "department-list.html",
            makePage(
                kind: "department-list", title: labels.title(forList: "department-list"), description: siteDescription,
                url: urls.url("departments")))
        add(
            "tags/index.html", "tag-list.html",
            makePage(
                kind: "tag-list", title: labels.title(forList: "tag-list"), description: siteDescription,
                url: urls.url("tags")))

        // MARK: Posts, paginated
        let perPage = max(1, site.config.paginate)
        let pageCount = max(1, (site.posts.count + perPage - 1) / perPage)
        func listURL(_ number: Int) -> String {
            number == 1 ? urls.url("posts") : urls.url("posts", "page", String(number))
        }
        for number in 1...pageCount {
            let items = values.posts.dropFirst((number - 1) * perPage).prefix(perPage).map { TemplateValue.map($0) }
            let paginator = TemplateMap([
                ("items", .list(items)), ("number", .int(number)), ("total", .int(pageCount)),
                ("prev_url", number > 1 ? .string(listURL(number - 1)) : .null),
                ("next_url", number < pageCount ? .string(listURL(number + 1)) : .null),
            ])
            let path = number == 1 ? "posts/index.html" : "posts/page/\(number)/index.html"
            add(
                path, "post-list.html",
                makePage(
                    kind: "post-list", title: labels.title(forList: "post-list"), description: siteDescription,
                    url: listURL(number), paginator: .map(paginator), feed: feeds.site), lastModified: site.buildDate)
        }

        // MARK: Entries
        for (i, member) in site.staff.enumerated() {
            let e = member.entry
            // A role often names the department already (観光課 主事): don't say it twice.
            let departmentNames = member.departments.map { site.departments[$0].entry.name }
                .filter { !(e.role ?? "").contains($0) }
            let description = ([e.role].compactMap { $0 } + departmentNames).joined(separator: " · ")
            add(
                "staff/\(member.slug)/index.html", "staff.html",
                makePage(
                    kind: "staff", title: e.name, description: description.isEmpty ? siteDescription : description,
                    url: member.url, content: member.contentHTML, hashtags: member.hashtags,
                    share: staffShare[i],
                    image: values.staff[i]["photo"] ?? .null, feed: feeds.staff[i]), ["staff": .map(values.staff[i])],
                lastModified: newest(member.posts))
        }
        for (i, department) in site.departments.enumerated() {
            let e = department.entry
            add(
                "departments/\(department.slug)/index.html", "department.html",
                makePage(
                    kind: "department", title: e.name, description: e.summary ?? siteDescription, url: department.url,
                    content: department.contentHTML, hashtags: department.hashtags,
                    share: departmentShare[i],
                    image: organizationLogo, feed: feeds.departments[i]), ["department": .map(values.departments[i])],
                lastModified: newest(department.posts))
        }
        for (i, post) in site.posts.enumerated() {
            let e = post.entry
            add(
                "posts/\(post.slug)/index.html", "post.html",
                makePage(
                    kind: "post", title: e.title, description: e.summary ?? Excerpt.make(post.plainText), url: post.url,
                    content: post.contentHTML, hashtags: post.hashtags,
                    share: postShare[i],
                    image: values.posts[i]["image"] ?? .null), ["post": .map(values.posts[i])],
                lastModified: e.date.value)
        }
        for page in site.pages {
            let e = page.entry
            add(
                "pages/\(page.slug)/index.html", "page.html",
                makePage(
                    kind: "page", title: e.title, description: e.description ?? Excerpt.make(page.plainText),
                    url: page.url,
                    content: page.contentHTML))
        }
        for (i, tag) in site.tags.enumerated() {
            add(
                "tags/\(tag.key)/index.html", "tag.html",
                makePage(
                    kind: "tag", title: "#" + tag.name, description: siteDescription, url: tag.url, hashtags: [i],
                    feed: feeds.tags[i]), ["tag": .map(values.tags[i])], lastModified: newest(tag.posts))
        }
        add(
            "404.html", "404.html",
            makePage(
                kind: "404", title: labels.title(forList: "404"), description: siteDescription,
                url: urls.basePath + "404.html"), listed: false)
        if let mastodonPage {
            // A first-party page: it reads `text` from its address, asks for the instance and forwards there.
            add(
                "share/mastodon/index.html", Self.mastodonShareLayout,
                makePage(
                    kind: "share-mastodon", title: labels.title(forList: "share-mastodon"),
                    description: siteDescription, url: mastodonPage), listed: false)
        }
        return jobs
    }
}

/// A short plain-text description cut from a body.
enum Excerpt {
    static func make(_ text: String, length: Int = 120) -> String? {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if collapsed.isEmpty { return nil }
        if collapsed.count <= length { return collapsed }
        return String(collapsed.prefix(length - 1)) + "…"
    }
}
