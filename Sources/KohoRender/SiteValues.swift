import KohoDates
import KohoContent
public import KohoSite
import KohoTheme
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
    /// other in cycles (a department lists its staff, a staff member lists their departments); the fields
    /// of each kind are in `SiteValues+Fields.swift`.
    public init(site model: Site, labels: Labels) {
        staff = model.staff.map { _ in TemplateMap() }
        departments = model.departments.map { _ in TemplateMap() }
        posts = model.posts.map { _ in TemplateMap() }
        pages = model.pages.map { _ in TemplateMap() }
        tags = model.tags.map { _ in TemplateMap() }
        site = TemplateMap()
        tagLinks = model.tags.map { .map(TemplateMap([("name", .string($0.name)), ("url", .string($0.url))])) }
        feeds = FeedSet(site: model, labels: labels)

        var values = ValueConversion(links: model.links, labels: labels, pictures: model.pictures)
        values.rootLanguage = model.config.rootLanguage
        for (i, member) in model.staff.enumerated() {
            fill(staff[i], with: member, feedURL: feeds.staff[i].url, values)
        }
        for (i, department) in model.departments.enumerated() {
            fill(departments[i], with: department, feedURL: feeds.departments[i].url, values)
        }
        for (i, post) in model.posts.enumerated() { fill(posts[i], with: post, values) }
        for (i, page) in model.pages.enumerated() { fill(pages[i], with: page, values) }
        for (i, tag) in model.tags.enumerated() { fill(tags[i], with: tag, feedURL: feeds.tags[i].url) }
        fillSite(from: model, values)
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
    init(_ d: ZonedDate) {
        self.init(
            secondsSinceEpoch: d.secondsSinceEpoch, nanosecond: d.nanosecond, utcOffsetSeconds: d.utcOffsetSeconds,
            hasTime: d.hasTime)
    }
}
