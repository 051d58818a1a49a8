import KohoContent
public import KohoSite
public import KohoTemplates

/// The site as template values, built once per build: one map per entry, shared by every page that shows it
/// (an entry in a list is the same object as on its own page).
public struct SiteValues: Sendable {
    public let site: TemplateMap
    public let staff: [TemplateMap]
    public let departments: [TemplateMap]
    public let posts: [TemplateMap]
    public let pages: [TemplateMap]
    public let tags: [TemplateMap]
    /// `{name, url}` for each tag, the form a hashtag takes in a list.
    public let tagLinks: [TemplateValue]
    /// Every feed of the site; `feed_url` values point at them.
    let feeds: FeedSet

    /// Builds every value of `site`. Maps are created first and filled after, because entries refer to each
    /// other in cycles (a department lists its staff, a staff member lists their departments).
    public init(site model: Site, labels: Labels) {
        staff = model.staff.map { _ in TemplateMap() }
        departments = model.departments.map { _ in TemplateMap() }
        posts = model.posts.map { _ in TemplateMap() }
        pages = model.pages.map { _ in TemplateMap() }
        tags = model.tags.map { _ in TemplateMap() }
        site = TemplateMap()
        tagLinks = model.tags.map { .map(TemplateMap([("name", .string($0.name)), ("url", .string($0.url))])) }
        let feeds = FeedSet(site: model, labels: labels)
        self.feeds = feeds

        let staff = self.staff, departments = self.departments, posts = self.posts, tags = self.tags
        let tagLinks = self.tagLinks
        func list(_ indices: [Int], _ maps: [TemplateMap]) -> TemplateValue { .list(indices.map { .map(maps[$0]) }) }
        func hashtags(_ indices: [Int]) -> TemplateValue { .list(indices.map { tagLinks[$0] }) }
        let values = ValueConversion(links: model.links, labels: labels)

        for (i, member) in model.staff.enumerated() {
            let e = member.entry
            let map = staff[i]
            map["slug"] = .string(member.slug)
            map["url"] = .string(member.url)
            map["name"] = .string(e.name)
            map["reading"] = .optional(e.reading)
            map["name_en"] = .optional(e.nameEn)
            map["role"] = .optional(e.role)
            map["departments"] = list(member.departments, departments)
            map["hashtags"] = hashtags(member.hashtags)
            map["topics"] = .list(e.topics.map { .string($0) })
            map["photo"] = values.image(e.photo)
            map["social"] = values.social(e.social)
            map["email"] = .optional(e.email)
            map["phone"] = .optional(e.phone)
            map["since"] = .optional(e.since)
            map["content"] = .safeHTML(member.contentHTML)
            map["posts"] = list(member.posts, posts)
            map["feed_url"] = .string(feeds.staff[i].url)
            map["params"] = values.params(e.file.params)
        }

        for (i, department) in model.departments.enumerated() {
            let e = department.entry
            let map = departments[i]
            map["slug"] = .string(department.slug)
            map["url"] = .string(department.url)
            map["name"] = .string(e.name)
            map["reading"] = .optional(e.reading)
            map["name_en"] = .optional(e.nameEn)
            map["summary"] = .optional(e.summary)
            map["services"] = .list(
                e.services.map { service in
                    .map(
                        TemplateMap([
                            ("name", .string(service.name)), ("description", .optional(service.description)),
                            ("url", .optional(service.url.map(values.link))),
                        ]))
                })
            map["contact"] =
                e.contact.map { c in
                    .map(
                        TemplateMap([
                            ("phone", .optional(c.phone)), ("email", .optional(c.email)),
                            ("address", .optional(c.address)),
                            ("hours", .optional(c.hours)),
                        ]))
                } ?? .null
            map["parent"] = department.parent.map { .map(departments[$0]) } ?? .null
            map["children"] = list(department.children, departments)
            map["staff"] = list(department.staff, staff)
            map["posts"] = list(department.posts, posts)
            map["hashtags"] = hashtags(department.hashtags)
            map["social"] = values.social(e.social)
            map["content"] = .safeHTML(department.contentHTML)
            map["feed_url"] = .string(feeds.departments[i].url)
            map["params"] = values.params(e.file.params)
        }

        for (i, post) in model.posts.enumerated() {
            let e = post.entry
            let map = posts[i]
            map["slug"] = .string(post.slug)
            map["url"] = .string(post.url)
            map["title"] = .string(e.title)
            map["date"] = .date(TemplateDate(e.date.value))
            map["authors"] = list(post.authors, staff)
            map["departments"] = list(post.departments, departments)
            map["hashtags"] = hashtags(post.hashtags)
            map["summary"] = .optional(e.summary)
            map["image"] = values.image(e.image)
            map["content"] = .safeHTML(post.contentHTML)
            map["params"] = values.params(e.file.params)
        }

        for (i, page) in model.pages.enumerated() {
            let e = page.entry
            let map = pages[i]
            map["slug"] = .string(page.slug)
            map["url"] = .string(page.url)
            map["title"] = .string(e.title)
            map["description"] = .optional(e.description)
            map["content"] = .safeHTML(page.contentHTML)
            map["params"] = values.params(e.file.params)
        }

        for (i, tag) in model.tags.enumerated() {
            let map = tags[i]
            map["name"] = .string(tag.name)
            map["url"] = .string(tag.url)
            map["staff"] = list(tag.staff, staff)
            map["departments"] = list(tag.departments, departments)
            map["posts"] = list(tag.posts, posts)
            map["feed_url"] = .string(feeds.tags[i].url)
        }

        let config = model.config
        site["title"] = .string(config.title)
        site["description"] = .optional(config.description)
        site["base_url"] = .string(model.address.baseURL)
        site["language"] = .string(config.language)
        site["hashtags"] = hashtags(model.hashtags)
        site["organization"] =
            config.organization.map { o in
                .map(
                    TemplateMap([
                        ("name", .string(o.name)), ("logo", .optional(o.logo.map(values.link))),
                        ("address", .optional(o.address)),
                        ("phone", .optional(o.phone)), ("email", .optional(o.email)),
                        ("social", values.social(o.social)),
                    ]))
            } ?? .null
        site["staff"] = .list(staff.map { .map($0) })
        // The department tree: top-level departments, each with its `children` (DESIGN.md: "top level first,
        // each with children"); a theme reaches every department by walking `children`.
        site["departments"] = list(model.topLevelDepartments, departments)
        site["posts"] = .list(posts.map { .map($0) })
        site["tags"] = .list(tags.map { .map($0) })
        site["pages"] = .list(pages.map { .map($0) })
        site["build_date"] = model.buildDate.map { .date(TemplateDate($0)) } ?? .null
        site["params"] = values.params(config.params)
    }

    /// Breaks the cycles between maps so a long-running process (`koho serve`) frees each build's values.
    public func release() {
        for group in [staff, departments, posts, pages, tags] {
            for map in group { map.removeAll() }
        }
        site.removeAll()
    }
}

extension TemplateValue {
    /// A string, or `null` when absent.
    static func optional(_ s: String?) -> TemplateValue {
        s.map { .string($0) } ?? .null
    }
}

extension TemplateDate {
    /// The same instant and offset as a content date.
    init(_ d: ContentDate) {
        self.init(
            secondsSinceEpoch: d.secondsSinceEpoch, nanosecond: d.nanosecond, utcOffsetSeconds: d.utcOffsetSeconds,
            hasTime: d.hasTime)
    }
}
