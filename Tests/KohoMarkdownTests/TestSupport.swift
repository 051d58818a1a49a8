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

/// How long `body` takes: when the first run takes 2 s or more, a second run, and the faster counts, since
/// other builds and tests share the machine.
func quickestTime(_ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    let first = clock.measure(body)
    return first < .seconds(2) ? first : min(first, clock.measure(body))
}
