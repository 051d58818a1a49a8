import KohoDiagnostics
@testable import KohoMarkdown

/// Renders `markdown` with `options`.
func render(_ markdown: String, _ options: MarkdownOptions = .init(), lineOffset: Int = 0) -> RenderedMarkdown {
    MarkdownRenderer(options: options).render(markdown, lineOffset: lineOffset)
}

/// The HTML of `markdown` rendered with `options`.
func html(_ markdown: String, _ options: MarkdownOptions = .init()) -> String {
    render(markdown, options).html
}

/// A position, shorter to write in tables.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}
