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
    init(_ entries: OrderedEntries, markdown: MarkdownRenderer) {
        staff = Self.render(entries.staff.map(\.file), with: markdown)
        departments = Self.render(entries.departments.map(\.file), with: markdown)
        posts = Self.render(entries.posts.map(\.file), with: markdown)
        pages = Self.render(entries.pages.map(\.file), with: markdown)
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
    private static func render(_ files: [EntryFile], with markdown: MarkdownRenderer) -> [RenderedMarkdown] {
        files.parallelMap { markdown.render($0.body, lineOffset: $0.bodyStartLine - 1) }
    }
}
