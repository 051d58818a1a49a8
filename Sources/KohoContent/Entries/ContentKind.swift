import KohoDiagnostics

/// The kinds of entry under `content/`, and where and how each is stored.
enum ContentKind: String, Sendable, CaseIterable {
    case staff, department, post, page

    /// The folder relative to the site root.
    var folder: String {
        switch self {
        case .staff: return "content/staff"
        case .department: return "content/departments"
        case .post: return "content/posts"
        case .page: return "content/pages"
        }
    }

    /// The formats this kind may be written in; pages and posts need a body, so they are Markdown only.
    var formats: Set<EntryFormat> {
        switch self {
        case .staff, .department: return [.markdown, .yaml]
        case .post, .page: return [.markdown]
        }
    }

    /// Posts may be sorted into subfolders (`posts/2024/…`); other kinds are one flat folder.
    var allowsSubfolders: Bool { self == .post }

    /// The field every entry of this kind must have.
    var requiredField: String {
        switch self {
        case .staff, .department: return "name"
        case .post, .page: return "title"
        }
    }

    /// "staff entries", "posts", … for messages.
    var entriesWords: MessageKey {
        switch self {
        case .staff: return .wordEntriesStaff
        case .department: return .wordEntriesDepartments
        case .post: return .wordEntriesPosts
        case .page: return .wordEntriesPages
        }
    }
}

/// An entry kind that can be read from front matter.
protocol ContentEntry: Sendable {
    static var kind: ContentKind { get }
    /// Reads every field (so each problem is reported), returning `nil` when a required one is missing.
    static func read(_ fields: inout FieldReader, file: EntryFile) -> Self?
    var file: EntryFile { get set }
}
