import KohoContent
import KohoDiagnostics

/// Every slug an entry names, turned into an index into ``OrderedEntries``; an unknown slug is an error at the
/// place it was written, with the nearest known names as a hint.
struct EntryReferences {
    /// Per staff member, their departments, in the order written.
    let staffDepartments: [[Int]]
    /// Per post, its authors (staff), in the order written.
    let postAuthors: [[Int]]
    /// Per post, its departments, in the order written.
    let postDepartments: [[Int]]
    /// Per department, its parent; nil at the top level (or when the parent is unknown, which is an error).
    let parents: [Int?]

    /// Resolves every reference of `entries`; each unknown slug is reported into `diagnostics`.
    init(_ entries: OrderedEntries, diagnostics: inout DiagnosticBag) {
        let departments = SlugTable(entries.departments.map(\.file.slug.value), kind: "departments")
        let staff = SlugTable(entries.staff.map(\.file.slug.value), kind: "staff")
        staffDepartments = entries.staff.map {
            departments.resolve($0.departments, what: "department", diagnostics: &diagnostics)
        }
        postAuthors = entries.posts.map { staff.resolve($0.authors, what: "author", diagnostics: &diagnostics) }
        postDepartments = entries.posts.map {
            departments.resolve($0.departments, what: "department", diagnostics: &diagnostics)
        }
        parents = entries.departments.map { entry in
            guard let parent = entry.parent else { return nil }
            return departments.resolve([parent], what: "parent department", diagnostics: &diagnostics).first
        }
    }
}

/// The slugs of one kind with their indices, built once so each reference is found without a search.
private struct SlugTable {
    /// The slugs in entry order, for suggestions.
    let slugs: [String]
    /// The index of each slug (the first, should two entries share one).
    let index: [String: Int]
    /// The kind's name in a hint (`departments`, `staff`).
    let kind: String

    /// The table of `slugs`, the slugs of one kind in entry order.
    init(_ slugs: [String], kind: String) {
        self.slugs = slugs
        self.index = Dictionary(slugs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.kind = kind
    }

    /// The indices of `references`, in the order written, each once; `what` names a reference in a message.
    func resolve(_ references: [Located<String>], what: String, diagnostics: inout DiagnosticBag) -> [Int] {
        var found: [Int] = []
        // A set beside the list: an entry with thousands of references must not compare them with each other.
        var seen = Set<Int>()
        for reference in references {
            if let i = index[reference.value] {
                if seen.insert(i).inserted { found.append(i) }
            } else {
                diagnostics.append(
                    Diagnostic(
                        at: reference.location, "unknown \(what) `\(reference.value)`",
                        hint: NameSuggester.hint(for: reference.value, among: slugs, kind: kind)))
            }
        }
        return found
    }
}
