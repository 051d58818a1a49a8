import KohoContent
import KohoDiagnostics

/// The hashtags of each entry, as tag indices, by kind, in the order of ``OrderedEntries``. A free page
/// carries none: it is listed nowhere, though the tags its body links to get their pages.
struct EntryTags {
    /// One kind's tags, one list per entry.
    struct Lists {
        /// The tags its front matter chose: shown on the entry and shared with it.
        var own: [[Int]]
        /// The tags written only in its body: the entry is listed on their pages, but does not show them.
        var body: [[Int]]

        /// Per entry, every tag whose page lists it: its own first, then its body's, each once.
        var members: [[Int]] {
            zip(own, body).map { own, body in
                let written = Set(own)
                return own + body.filter { !written.contains($0) }
            }
        }
    }

    var staff: Lists
    var departments: Lists
    var posts: Lists

    /// Adds every entry's tags to `tags`, files in path order (front matter, then body), so the first
    /// spelling seen is the one displayed whatever the kind of the file that wrote it.
    init(
        _ entries: OrderedEntries, _ bodies: RenderedBodies, into tags: inout TagCollector,
        diagnostics: inout DiagnosticBag
    ) {
        staff = Lists(entries.staff.count)
        departments = Lists(entries.departments.count)
        posts = Lists(entries.posts.count)
        for source in Source.inPathOrder(entries) {
            switch source {
            case .staff(let i):
                staff.own[i] = tags.add(entries.staff[i].hashtags, diagnostics: &diagnostics)
                staff.body[i] = tags.add(bodies.staff[i].hashtags)
                Self.checkCount(staff, i, entries.staff[i].file, entries.staff[i].hashtags, &diagnostics)
            case .department(let i):
                departments.own[i] = tags.add(entries.departments[i].hashtags, diagnostics: &diagnostics)
                departments.body[i] = tags.add(bodies.departments[i].hashtags)
                Self.checkCount(
                    departments, i, entries.departments[i].file, entries.departments[i].hashtags, &diagnostics)
            case .post(let i):
                posts.own[i] = tags.add(entries.posts[i].hashtags, diagnostics: &diagnostics)
                posts.body[i] = tags.add(bodies.posts[i].hashtags)
                Self.checkCount(posts, i, entries.posts[i].file, entries.posts[i].hashtags, &diagnostics)
            case .page(let i):
                let body = tags.add(bodies.pages[i].hashtags)
                Self.checkCount(
                    Lists(own: [[]], body: [body]), 0, entries.pages[i].file, [], &diagnostics)
            }
        }
    }

    /// The most hashtags one entry may have, front matter and body together. Each gets a tag page and a
    /// feed that carries the entry, so the output grows with entries × tags: 3,000 tags on one post made
    /// 741 MB. Real posts have a handful.
    static let maximumPerEntry = 100

    /// An error when entry `i` of `lists` has more than ``maximumPerEntry`` tags: at the first front-matter
    /// tag past the limit, or at the start of the body when the body brings it past.
    private static func checkCount(
        _ lists: Lists, _ i: Int, _ file: EntryFile, _ written: [Located<String>], _ diagnostics: inout DiagnosticBag
    ) {
        let count = Set(lists.own[i] + lists.body[i]).count
        guard count > maximumPerEntry else { return }
        let location =
            written.count > maximumPerEntry
            ? written[maximumPerEntry].location : SourceLocation(path: file.path, line: file.bodyStartLine, column: 1)
        diagnostics.append(
            Diagnostic(
                at: location,
                Message(
                    .referenceHashtagsTooMany,
                    ["path": .text(file.path), "count": .number(count), "maximum": .number(maximumPerEntry)]),
                hint: Message(.referenceHashtagsTooManyHint)))
    }

    /// The same lists with each tag index `t` replaced by `position[t]`, its place once sorted by name.
    func renumbered(_ position: [Int]) -> EntryTags {
        func renumber(_ lists: Lists) -> Lists {
            Lists(own: lists.own.map { $0.map { position[$0] } }, body: lists.body.map { $0.map { position[$0] } })
        }
        var result = self
        result.staff = renumber(staff)
        result.departments = renumber(departments)
        result.posts = renumber(posts)
        return result
    }

    /// One entry that may write tags, by kind and index.
    private enum Source {
        case staff(Int), department(Int), post(Int), page(Int)

        /// Every entry, sorted by the path of its file.
        static func inPathOrder(_ entries: OrderedEntries) -> [Source] {
            var sources: [(path: String, source: Source)] = []
            sources.reserveCapacity(
                entries.staff.count + entries.departments.count + entries.posts.count + entries.pages.count)
            sources += entries.staff.indices.map { (entries.staff[$0].file.path, .staff($0)) }
            sources += entries.departments.indices.map { (entries.departments[$0].file.path, .department($0)) }
            sources += entries.posts.indices.map { (entries.posts[$0].file.path, .post($0)) }
            sources += entries.pages.indices.map { (entries.pages[$0].file.path, .page($0)) }
            return sources.sorted { $0.path < $1.path }.map(\.source)
        }
    }
}

extension EntryTags.Lists {
    /// Empty lists for `count` entries.
    init(_ count: Int) {
        self.init(own: Array(repeating: [], count: count), body: Array(repeating: [], count: count))
    }
}
