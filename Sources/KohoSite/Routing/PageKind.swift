public import KohoContent

/// Every kind of page Koho writes, and the layout that draws it: the one list render, check and themes
/// agree on.
public enum PageKind: String, Sendable, CaseIterable {
    case home
    case staffList = "staff-list"
    case staff
    case departmentList = "department-list"
    case department
    case postList = "post-list"
    case post
    case page
    case tagList = "tag-list"
    case tag
    case notFound = "404"
    /// The first-party page that asks a reader for their Mastodon server (no `mastodon_instance`).
    case shareMastodon = "share-mastodon"
    /// The search page: it reads its query from `?q=` and the search index (drawn only when a theme has it).
    case search

    /// The layout file that draws this kind of page (`staff.html`).
    public var layout: String {
        switch self {
        case .shareMastodon: return "share-mastodon.html"
        default: return rawValue + ".html"
        }
    }

    /// Whether every theme must have this kind's layout (the Mastodon page and the search page, with the
    /// index it reads, are made only when a theme has theirs).
    public var isRequired: Bool { self != .shareMastodon && self != .search }

    /// The layouts every theme must have.
    public static var requiredLayouts: [String] { allCases.filter(\.isRequired).map(\.layout) }
}

extension PageKind {
    /// The kind of page that shows `list` (the same name: `staff-list`).
    public init(_ list: PagedList) {
        switch list {
        case .postList: self = .postList
        case .staffList: self = .staffList
        case .departmentList: self = .departmentList
        case .tagList: self = .tagList
        case .staff: self = .staff
        case .department: self = .department
        case .tag: self = .tag
        }
    }

    /// The list a page of this kind may split into pages (`paginate:`), or nil for kinds without one.
    public var pagedList: PagedList? { PagedList(rawValue: rawValue) }
}
