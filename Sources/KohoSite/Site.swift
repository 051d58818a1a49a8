public import KohoContent
public import KohoMarkdown
public import KohoDates
public import KohoURL

// The resolved site: every reference checked and turned into an index, every list derived once, every URL
// computed once. Entities refer to each other by index into the site's arrays so the model stays a plain
// Sendable value; the renderer turns it into one graph of template values.

/// The whole site, resolved and ready to render.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Every page's URL, permalink and output path.
    public var routes: SiteRoutes
    /// The one rule for links written in content and layouts.
    public var links: LinkPolicy { LinkPolicy(address: routes.address) }
    /// Where the site is published.
    public var address: SiteAddress { routes.address }
    /// By reading in kana order, then name.
    public var staff: [StaffMember]
    /// Every department, top level first, each level by `order`, then reading.
    public var departments: [Department]
    /// Indices of top-level departments, in order.
    public var topLevelDepartments: [Int]
    /// Newest first.
    public var posts: [Post]
    /// By `order`, then title.
    public var pages: [Page]
    /// By display name (case-insensitively).
    public var tags: [Tag]
    /// The site's own hashtags (site.yml), as tag indices.
    public var hashtags: [Int]
    /// The newest date in the content, so builds stay reproducible; nil when there are no posts.
    public var buildDate: ZonedDate?
    /// The links and images of every Markdown body, by file, for `koho check`.
    public var bodyLinks: [BodyLinks]
    /// The resized images, by the URL a front-matter `photo` or `image` resolves to from the site's root
    /// (`/images/sato.jpg`); empty until the build has read them.
    public var pictures: [String: Picture] = [:]

    public init(
        config: SiteConfig, routes: SiteRoutes, staff: [StaffMember], departments: [Department],
        topLevelDepartments: [Int], posts: [Post], pages: [Page], tags: [Tag], hashtags: [Int],
        buildDate: ZonedDate?, bodyLinks: [BodyLinks] = []
    ) {
        self.config = config
        self.routes = routes
        self.staff = staff
        self.departments = departments
        self.topLevelDepartments = topLevelDepartments
        self.posts = posts
        self.pages = pages
        self.tags = tags
        self.hashtags = hashtags
        self.buildDate = buildDate
        self.bodyLinks = bodyLinks
    }
}

/// A staff member with their references resolved.
public struct StaffMember: Sendable {
    public var entry: StaffEntry
    /// Root-relative URL of the profile (`/city/staff/sato/`).
    public var url: String
    /// The body rendered to safe HTML.
    public var contentHTML: String
    /// The body as plain text, for the search index.
    public var plainText: String
    /// Indices into ``Site/departments``, in the order written.
    public var departments: [Int]
    /// Indices into ``Site/tags``.
    public var hashtags: [Int]
    /// Indices into ``Site/posts``, newest first.
    public var posts: [Int]

    public var slug: String { entry.file.slug.value }
}

/// A department with its parent, children, staff and posts resolved.
public struct Department: Sendable {
    public var entry: DepartmentEntry
    public var url: String
    public var contentHTML: String
    /// The body as plain text, for the search index.
    public var plainText: String
    /// Index into ``Site/departments``.
    public var parent: Int?
    /// Indices into ``Site/departments``, by `order`, then reading.
    public var children: [Int]
    /// Indices into ``Site/staff``, by the staff member's `order`, then reading.
    public var staff: [Int]
    /// Indices into ``Site/posts``, newest first.
    public var posts: [Int]
    public var hashtags: [Int]

    public var slug: String { entry.file.slug.value }
}

/// A dated activity post.
public struct Post: Sendable {
    public var entry: PostEntry
    public var url: String
    public var contentHTML: String
    /// The body as plain text, for descriptions when there is no summary.
    public var plainText: String
    /// Indices into ``Site/staff``.
    public var authors: [Int]
    /// Indices into ``Site/departments``.
    public var departments: [Int]
    public var hashtags: [Int]

    public var slug: String { entry.file.slug.value }
}

/// A free page (`/pages/<slug>/`).
public struct Page: Sendable {
    public var entry: PageEntry
    public var url: String
    public var contentHTML: String
    public var plainText: String

    public var slug: String { entry.file.slug.value }
}

/// A hashtag and everything that carries it.
public struct Tag: Sendable {
    /// The display spelling: the first one seen (site.yml first, then files in path order).
    public var name: String
    /// The case-folded form: the tag's identity and its folder name under `tags/`.
    public var key: String
    public var url: String
    public var staff: [Int]
    public var departments: [Int]
    public var posts: [Int]
}

/// The links and images written in one file's Markdown body, with their positions in that file.
public struct BodyLinks: Sendable {
    /// The file's path relative to the site.
    public var path: String
    /// The root-relative URL of the entry's page, against which relative links resolve.
    public var pageURL: String
    public var links: [MarkdownLink]

    public init(path: String, pageURL: String, links: [MarkdownLink]) {
        self.path = path
        self.pageURL = pageURL
        self.links = links
    }
}
