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
        let departments = SlugTable(
            entries.departments.map { ($0.file.slug.value, $0.name, $0.reading) }, kind: .wordKindDepartments)
        let staff = SlugTable(entries.staff.map { ($0.file.slug.value, $0.name, $0.reading) }, kind: .wordKindStaff)
        staffDepartments = entries.staff.map {
            departments.resolve($0.departments, unknown: .referenceUnknownDepartment, diagnostics: &diagnostics)
        }
        postAuthors = entries.posts.map {
            staff.resolve($0.authors, unknown: .referenceUnknownAuthor, diagnostics: &diagnostics)
        }
        postDepartments = entries.posts.map {
            departments.resolve($0.departments, unknown: .referenceUnknownDepartment, diagnostics: &diagnostics)
        }
        parents = entries.departments.map { entry in
            guard let parent = entry.parent else { return nil }
            return departments.resolve([parent], unknown: .referenceUnknownParent, diagnostics: &diagnostics).first
        }
    }
}

/// The slugs of one kind with their indices, built once so each reference is found without a search; the
/// entries' names and readings too, so a reference written as a name (`department: 広報課`) is answered
/// with the slug that was meant.
private struct SlugTable {
    /// The slugs in entry order, with each entry's name, for suggestions.
    let entries: [(slug: String, name: String)]
    /// The index of each slug (the first, should two entries share one).
    let index: [String: Int]
    /// The index of each name and reading, folded (``fold(_:)``).
    let byName: [String: Int]
    /// The kind's name in a hint (``MessageKey/wordKindDepartments``, ``MessageKey/wordKindStaff``).
    let kind: MessageKey

    /// How many entries a hint lists before saying how many there are in all.
    static let listed = 12

    /// The table of one kind's entries (slug, name, reading) in entry order.
    init(_ entries: [(slug: String, name: String, reading: String?)], kind: MessageKey) {
        self.entries = entries.map { ($0.slug, $0.name) }
        index = Dictionary(entries.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            for text in [entry.name, entry.reading].compactMap({ $0 }) where byName[Self.fold(text)] == nil {
                byName[Self.fold(text)] = i
            }
        }
        self.byName = byName
        self.kind = kind
    }

    /// A name as people type it, made comparable: NFKC (full-width letters, half-width kana), no spaces,
    /// lower case.
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }.lowercased()
    }

    /// The indices of `references`, in the order written, each once; `unknown` is the message for a slug that
    /// is not in the table (``MessageKey/referenceUnknownDepartment``, …).
    func resolve(_ references: [Located<String>], unknown: MessageKey, diagnostics: inout DiagnosticBag) -> [Int] {
        var found: [Int] = []
        // A set beside the list: an entry with thousands of references must not compare them with each other.
        var seen = Set<Int>()
        for reference in references {
            if let i = index[reference.value] {
                if seen.insert(i).inserted { found.append(i) }
            } else {
                diagnostics.append(
                    Diagnostic(
                        at: reference.location, Message(unknown, ["slug": .code(reference.value)]),
                        hint: hint(for: reference.value)))
            }
        }
        return found
    }

    /// "did you mean `koho` (広報課)?" for a name or a slug near one; else the entries that exist, by slug
    /// with their names, and how many there are in all.
    func hint(for written: String) -> Message {
        if let i = byName[Self.fold(written)] {
            return didYouMean(i).followed(by: Message(.referenceWriteSlugHint))
        }
        if let near = NameSuggester.nearest(to: written, in: entries.map(\.slug)), let i = index[near] {
            return didYouMean(i)
        }
        if entries.isEmpty { return Message(.suggestNoneYet, ["kind": .words(kind)]) }
        let sorted = entries.sorted { $0.slug < $1.slug }
        let shown = Message.Argument.list(sorted.prefix(Self.listed).map { Self.named($0.slug, $0.name) })
        if sorted.count > Self.listed {
            return Message(
                .suggestExistingMore, ["kind": .words(kind), "names": shown, "count": .number(sorted.count)])
        }
        return Message(.suggestExisting, ["kind": .words(kind), "names": shown])
    }

    /// "did you mean `koho` (広報課)?" for entry `i`.
    private func didYouMean(_ i: Int) -> Message {
        Message(.suggestDidYouMean, ["name": Self.named(entries[i].slug, entries[i].name)])
    }

    /// "`koho` (広報課)": a slug with its entry's name.
    private static func named(_ slug: String, _ name: String) -> Message.Argument {
        .words(.wordEntrySlugAndName, ["slug": .code(slug), "name": .text(name)])
    }
}
