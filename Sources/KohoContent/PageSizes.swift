public import KohoDiagnostics

/// A list that a theme may split into pages, named in `paginate:` (a theme's theme.yml, site.yml) by the
/// kind of page that shows it. Each has a `PageKind` of the same name in KohoSite (`PageKind(list)`).
public enum PagedList: String, Sendable, Hashable, CaseIterable {
    /// The site's posts, newest first (`/posts/`).
    case postList = "post-list"
    /// Every staff member by reading (`/staff/`).
    case staffList = "staff-list"
    /// The top-level departments, each with its children (`/departments/`).
    case departmentList = "department-list"
    /// Every tag by name (`/tags/`).
    case tagList = "tag-list"
    /// A staff member's posts (`/staff/<slug>/`).
    case staff
    /// A department's posts (`/departments/<slug>/`).
    case department
    /// A tag's posts (`/tags/<tag>/`).
    case tag

    /// The names `paginate:` accepts, for messages.
    public static var names: [String] { allCases.map(\.rawValue) }
}

/// How many items a page of each paginated list shows: a `paginate:` setting as one file wrote it. A list
/// that is not named is not split (except the post list, which always is; see `PageSizes.resolved`).
public struct PageSizes: Sendable, Hashable {
    /// Items per page, and where each was written.
    public private(set) var sizes: [PagedList: Located<Int>]

    public init(_ sizes: [PagedList: Located<Int>] = [:]) {
        self.sizes = sizes
    }

    /// Items per page of `list`, when this setting names it.
    public subscript(list: PagedList) -> Int? { sizes[list]?.value }

    /// The posts' page size when nothing sets it (DESIGN: `paginate`, 20).
    public static let defaultPostListSize = 20

    /// The sizes a build uses: the site's (site.yml) over the theme's, and the post list always paginated
    /// (20 a page when neither says). A list the site names is paginated even when the theme does not.
    public static func resolved(site: PageSizes, theme: PageSizes) -> [PagedList: Int] {
        var result: [PagedList: Int] = [.postList: defaultPostListSize]
        for list in PagedList.allCases {
            if let size = site[list] ?? theme[list] { result[list] = size }
        }
        return result
    }

    /// A copy without the lists in `lists` (a theme's setting for a layout the site replaced).
    public func removing(_ lists: some Sequence<PagedList>) -> PageSizes {
        var copy = self
        for list in lists { copy.sizes[list] = nil }
        return copy
    }
}
