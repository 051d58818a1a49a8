import KohoContent
import KohoDiagnostics

/// The site's entries in their published order. From here on an entry is its index in these arrays, so
/// every later phase (and the ``Site``) lists entries in this order.
struct OrderedEntries {
    /// By reading in kana order, then name, then slug.
    let staff: [StaffEntry]
    /// Top level first, each level by `order`, then reading (``DepartmentTree``).
    let departments: [DepartmentEntry]
    /// Newest first, then by slug; future posts left out unless asked for.
    let posts: [PostEntry]
    /// By `order`, then title, then slug.
    let pages: [PageEntry]

    /// Orders `content`; a `parent` cycle among the departments is reported into `diagnostics`.
    init(_ content: LoadedContent, options: ResolveOptions, diagnostics: inout DiagnosticBag) {
        staff = KanaOrder.sorted(content.staff) {
            KanaOrder.SortKey(reading: $0.reading, name: $0.name, tiebreak: $0.file.slug.value)
        }
        // A year typed wrong (2062 for 2026) hides a post for decades: say so.
        let yearAhead = options.now + 366 * 24 * 3600
        for post in content.posts where post.date.value.secondsSinceEpoch > yearAhead {
            diagnostics.append(
                Diagnostic(
                    .warning, at: post.date.location, Message(.referencePostDateFarAhead),
                    hint: Message(.referencePostDateFarAheadHint)))
        }
        posts = content.posts.filter {
            options.includeFuture || $0.date.value.secondsSinceEpoch <= options.now
        }.sorted {
            if $0.date.value != $1.date.value { return $0.date.value > $1.date.value }
            return $0.file.slug.value < $1.file.slug.value
        }
        pages = content.pages.sorted {
            ($0.order ?? Int.max, $0.title, $0.file.slug.value) < ($1.order ?? Int.max, $1.title, $1.file.slug.value)
        }
        departments = DepartmentTree.order(content.departments, diagnostics: &diagnostics)
    }
}
