import KohoContent
import KohoSite
import KohoTheme

/// One RSS feed of the site: a list of posts, newest first, with the channel's own title and page.
struct Feed: Sendable {
    /// The feed file: `departments/koho/feed.xml`, `/kaku/departments/koho/feed.xml`.
    var route: Route
    var title: String
    var description: String
    /// The page the feed belongs to (the channel's `link`).
    var page: Route
    /// Where it is written in the output.
    var path: String { route.outputPath }
    /// Root-relative URL, what a page's `feed_url` links to.
    var url: String { route.url }
    /// Indices into ``Site/posts``, newest first, at most `feeds.items` of them.
    var posts: [Int]
}

/// Every feed of the site (DESIGN.md's URL list): the whole site's, and one per department, staff member and
/// tag — also for those without posts yet (RSS 2.0 allows an empty channel), so people can subscribe before
/// the first post.
struct FeedSet: Sendable {
    var site: Feed
    /// By index into ``Site/staff``.
    var staff: [Feed]
    var departments: [Feed]
    var tags: [Feed]
    /// The JSON Feed (`/feed.json`), which carries the same items as ``site``.
    var json: Route

    /// Every RSS feed, the site's first.
    var all: [Feed] { [site] + staff + departments + tags }

    init(site model: Site, labels: Labels) {
        let routes = model.routes
        let limit = max(1, model.config.feeds.items)
        let siteTitle = model.config.title
        let siteDescription = model.config.description ?? siteTitle

        func feed(_ page: Route, title: String, description: String, posts: [Int]) -> Feed {
            Feed(
                route: routes.feed(of: page), title: title, description: description, page: page,
                posts: Array(posts.prefix(limit)))
        }

        site = feed(routes.home, title: siteTitle, description: siteDescription, posts: Array(model.posts.indices))
        staff = model.staff.map { member in
            feed(
                routes.entry(.staff, member.slug), title: "\(member.entry.name) – \(siteTitle)",
                description: labels.feedDescription(.staff, name: member.entry.name), posts: member.posts)
        }
        departments = model.departments.map { department in
            feed(
                routes.entry(.department, department.slug), title: "\(department.entry.name) – \(siteTitle)",
                description: department.entry.summary ?? labels.feedDescription(.department, name: department.entry.name), posts: department.posts)
        }
        tags = model.tags.map { tag in
            feed(
                routes.entry(.tag, tag.key), title: "#\(tag.name) – \(siteTitle)", description: labels.feedDescription(.tag, name: tag.name),
                posts: tag.posts)
        }
        json = routes.jsonFeed
    }
}
