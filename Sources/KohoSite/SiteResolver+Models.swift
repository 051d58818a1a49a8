import KohoContent
import KohoMarkdown

/// What the resolve phases found, put together into the ``Site``: one model per entry, by kind, each with
/// its URL from the routes.
struct SiteAssembly {
    let config: SiteConfig
    let routes: SiteRoutes
    let entries: OrderedEntries
    let bodies: RenderedBodies
    let references: EntryReferences
    let lists: DerivedLists
    /// The entries' tags, renumbered to their places in `sortedTags`.
    let tags: EntryTags
    /// Every tag, by name, without members yet.
    let sortedTags: [Tag]
    /// site.yml's own tags, as indices into `sortedTags`.
    let siteTags: [Int]

    /// The whole site.
    func site() -> Site {
        var site = Site(
            config: config, routes: routes, staff: staff(), departments: departments(),
            topLevelDepartments: lists.topLevelDepartments, posts: posts(), pages: pages(),
            tags: DerivedLists.withMembers(sortedTags, tags), hashtags: siteTags,
            // The newest post's date, not the clock's: the same content builds the same bytes.
            buildDate: entries.posts.first?.date.value)
        site.bodyLinks = bodyLinks(of: site)
        return site
    }

    /// Every staff member, with their departments, tags and posts.
    func staff() -> [StaffMember] {
        entries.staff.indices.map { i in
            StaffMember(
                entry: entries.staff[i], url: routes.entry(.staff, entries.staff[i].file.slug.value).url,
                contentHTML: bodies.staff[i].html, plainText: bodies.staff[i].plainText, departments: references.staffDepartments[i],
                hashtags: tags.staff.own[i], posts: lists.staffPosts[i])
        }
    }

    /// Every department, with its place in the tree, its staff, posts and tags.
    func departments() -> [Department] {
        entries.departments.indices.map { i in
            Department(
                entry: entries.departments[i],
                url: routes.entry(.department, entries.departments[i].file.slug.value).url,
                contentHTML: bodies.departments[i].html, plainText: bodies.departments[i].plainText,
                parent: references.parents[i], children: lists.children[i],
                staff: lists.departmentStaff[i], posts: lists.departmentPosts[i], hashtags: tags.departments.own[i])
        }
    }

    /// Every post, with its authors, departments and tags.
    func posts() -> [Post] {
        entries.posts.indices.map { i in
            Post(
                entry: entries.posts[i], url: routes.entry(.post, entries.posts[i].file.slug.value).url,
                contentHTML: bodies.posts[i].html, plainText: bodies.posts[i].plainText,
                authors: references.postAuthors[i], departments: references.postDepartments[i],
                hashtags: tags.posts.own[i])
        }
    }

    /// Every free page.
    func pages() -> [Page] {
        entries.pages.indices.map { i in
            Page(
                entry: entries.pages[i], url: routes.entry(.page, entries.pages[i].file.slug.value).url,
                contentHTML: bodies.pages[i].html, plainText: bodies.pages[i].plainText)
        }
    }

    /// The links of every body with the file that wrote them and the URL they resolve against, for
    /// `koho check`: staff, departments, posts, then pages.
    func bodyLinks(of site: Site) -> [BodyLinks] {
        func links(_ paths: [String], _ urls: [String], _ bodies: [RenderedMarkdown]) -> [BodyLinks] {
            paths.indices.map { BodyLinks(path: paths[$0], pageURL: urls[$0], links: bodies[$0].links) }
        }
        return links(entries.staff.map(\.file.path), site.staff.map(\.url), bodies.staff)
            + links(entries.departments.map(\.file.path), site.departments.map(\.url), bodies.departments)
            + links(entries.posts.map(\.file.path), site.posts.map(\.url), bodies.posts)
            + links(entries.pages.map(\.file.path), site.pages.map(\.url), bodies.pages)
    }
}
