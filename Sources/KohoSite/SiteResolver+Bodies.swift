import KohoContent
import KohoDiagnostics
import KohoMarkdown

/// Every entry's Markdown body rendered once, by kind, in the order of ``OrderedEntries``.
struct RenderedBodies {
    let staff: [RenderedMarkdown]
    let departments: [RenderedMarkdown]
    let posts: [RenderedMarkdown]
    let pages: [RenderedMarkdown]

    /// Renders every body with `markdown`. Bodies are independent of each other, so each kind is rendered
    /// on every core; this is most of the resolve stage's time on a large site.
    /// With a `cache`, only bodies it does not hold are rendered. `furigana` says which bodies get readings.
    init(
        _ entries: OrderedEntries, markdown: MarkdownRenderer, furigana: (EntryFile) -> Bool = { _ in false },
        cache: BodyCache? = nil
    ) {
        staff = Self.render(entries.staff.map(\.file), with: markdown, furigana: furigana, cache: cache)
        departments = Self.render(entries.departments.map(\.file), with: markdown, furigana: furigana, cache: cache)
        posts = Self.render(entries.posts.map(\.file), with: markdown, furigana: furigana, cache: cache)
        pages = Self.render(entries.pages.map(\.file), with: markdown, furigana: furigana, cache: cache)
    }

    /// A body too costly to parse as written (a table over the size limit) is an error at its line.
    func errors(_ entries: OrderedEntries) -> [Diagnostic] {
        let files = entries.staff.map(\.file) + entries.departments.map(\.file) + entries.posts.map(\.file)
            + entries.pages.map(\.file)
        return zip(files, staff + departments + posts + pages).flatMap { file, body in
            body.errors.map { $0.diagnostic(path: file.path) }
        }
    }

    /// The bodies of `files`, in their order; line numbers count from the top of each file, not its body.
    private static func render(
        _ files: [EntryFile], with markdown: MarkdownRenderer, furigana: (EntryFile) -> Bool, cache: BodyCache?
    ) -> [RenderedMarkdown] {
        let read = files.map(furigana)
        return Array(zip(files, read)).parallelMap { file, read in
            cache?.body(of: file, with: markdown, furigana: read)
                ?? markdown.render(file.body, lineOffset: file.bodyStartLine - 1, furigana: read)
        }
    }
}
