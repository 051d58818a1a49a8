import KohoDiagnostics

/// Finds entries of one kind whose slugs collide, ignoring case (case-insensitive file systems and URLs
/// would make them one page).
enum SlugChecker {
    /// `entries` without the second and later holders of a slug, with an error for each of those.
    /// `entries` come in path order, each with the text of its slug's line for the error.
    static func removingDuplicates(
        _ entries: [(entry: AnyEntry, slugLine: String?)], into bag: inout DiagnosticBag
    ) -> [AnyEntry] {
        var owners: [String: String] = [:]
        var kept: [AnyEntry] = []
        for (entry, slugLine) in entries {
            let slug = entry.file.slug
            let key = entry.kind.rawValue + "/" + slug.value.lowercased()
            if let first = owners[key] {
                bag.append(
                    Diagnostic(
                        at: slug.location, Message(.fileSlugTaken, ["slug": .code(slug.value), "path": .text(first)]),
                        hint: Message(.fileSlugTakenHint, ["kind": .words(entry.kind.entriesWords)]),
                        sourceLine: slugLine))
                continue
            }
            owners[key] = entry.file.path
            kept.append(entry)
        }
        return kept
    }
}
