import KohoContent
import KohoSite

/// One RSS feed of the site: a list of posts, newest first, with the channel's own title and page.
struct Feed: Sendable {
    /// Where it is written in the output: `feed.xml`, `departments/koho/feed.xml`.
    var path: String
    /// Root-relative URL (`/kaku/departments/koho/feed.xml`), what a page's `feed_url` links to.
    var url: String
    var title: String
    var description: String
    /// Root-relative URL of the page the feed belongs to (the channel's `link`).
    var pageURL: String
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
    /// Root-relative URL of the JSON Feed (`/feed.json`), which carries the same items as ``site``.
    var jsonURL: String

    /// Every RSS feed, the site's first.
    var all: [Feed] { [site] + staff + departments + tags }

    init(site model: Site) {
        let urls = model.urls
        let limit = max(1, model.config.feeds.items)
        let japanese = model.config.language == "ja" || model.config.language.hasPrefix("ja-")
        let siteTitle = model.config.title
        let siteDescription = model.config.description ?? siteTitle

        func feed(_ segments: [String], title: String, description: String, pageURL: String, posts: [Int]) -> Feed {
            let path = (segments + ["feed.xml"]).joined(separator: "/")
            return Feed(
                path: path, url: urls.url(segments: segments + ["feed.xml"], trailingSlash: false),
                title: title, description: description, pageURL: pageURL, posts: Array(posts.prefix(limit)))
        }
        func posts(by name: String) -> String { japanese ? "\(name)の投稿" : "Posts by \(name)" }
        func posts(of name: String) -> String { japanese ? "\(name)の投稿" : "Posts from \(name)" }
        func posts(tagged name: String) -> String { japanese ? "#\(name) の投稿" : "Posts tagged #\(name)" }

        site = feed(
            [], title: siteTitle, description: siteDescription, pageURL: urls.basePath,
            posts: Array(model.posts.indices))
        staff = model.staff.map { member in
            feed(
                ["staff", member.slug], title: "\(member.entry.name) – \(siteTitle)",
                description: posts(by: member.entry.name), pageURL: member.url, posts: member.posts)
        }
        departments = model.departments.map { department in
            feed(
                ["departments", department.slug], title: "\(department.entry.name) – \(siteTitle)",
                description: department.entry.summary ?? posts(of: department.entry.name), pageURL: department.url,
                posts: department.posts)
        }
        tags = model.tags.map { tag in
            feed(
                ["tags", tag.key], title: "#\(tag.name) – \(siteTitle)", description: posts(tagged: tag.name),
                pageURL: tag.url, posts: tag.posts)
        }
        jsonURL = urls.url("feed.json", trailingSlash: false)
    }
}
