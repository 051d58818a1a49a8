import Foundation
import KohoDiagnostics
import Testing

@testable import KohoMarkdown

/// Tables that Debian's cmark-gfm would take minutes over are refused before parsing, at their line; every
/// table short of the limits is parsed as before, fast.
@Suite struct TableSizeLimitTests {

    /// `columns` cells in a row: `| a | a | … |`.
    static func row(_ columns: Int, _ cell: String = "a") -> String {
        "|" + String(repeating: " \(cell) |", count: columns) + "\n"
    }

    /// A table of `columns` columns and `rows` body rows.
    static func table(columns: Int, rows: Int) -> String {
        row(columns, "h") + row(columns, "-") + String(repeating: row(columns), count: rows)
    }

    /// The issue's case: 100 KB of `|` on one line under a table took cmark-gfm minutes.
    @Test func aLongLineOfPipesUnderATableIsRefusedAtItsLine() {
        let markdown = "text\n\n| a | b |\n| - | - |\n" + String(repeating: "|", count: 100_000) + "\n"
        var rendered: RenderedMarkdown?
        let time = quickestTime { rendered = render(markdown, lineOffset: 5) }
        #expect(time < .seconds(2))
        let error = rendered?.errors.first
        #expect(rendered?.errors.count == 1)
        #expect(error?.kind == .tableRowTooWide(cells: 99_999))
        #expect(error?.position == at(10, 1))
        #expect(error?.message == "table row with 99999 cells: a row may have at most 500")
        #expect(
            error?.hint == "split the table into narrower ones, or write `\\|` for a `|` that does not separate cells")
        #expect(error?.sourceLine == String(repeating: "|", count: 120) + "…")
        // The text is still rendered, without tables.
        #expect(rendered?.html.hasPrefix("<p>text</p>\n<p>| a | b |") == true)
        #expect(
            error?.diagnostic(path: "content/posts/a.md").description
                == "content/posts/a.md:10:1: error: table row with 99999 cells: a row may have at most 500")
        let diagnostic = error?.diagnostic(path: "content/posts/a.md")
        #expect(
            diagnostic?.headline(in: .japanese)
                == "content/posts/a.md:10:1: error: 表の行にセルが 99999 個あります。一行のセルは 500 個までです")
        #expect(
            diagnostic?.hint(in: .japanese) == "表を幅の狭い表に分けてください。セルの区切りでない `|` は `\\|` と書きます")
    }

    /// Lines that could be delimiter rows under a paragraph made cmark-gfm parse the paragraph again for
    /// each: 2,000 of them (10 KB) took seconds.
    @Test func delimiterRowsUnderAParagraphAreRefused() {
        let markdown = "x\n" + (0..<2_000).map { $0.isMultiple(of: 2) ? "-|-|-\n" : "-|-\n" }.joined()
        var rendered: RenderedMarkdown?
        let time = quickestTime { rendered = render(markdown) }
        #expect(time < .seconds(2))
        #expect(rendered?.errors.map(\.kind) == [.tooManyTableCells])
        #expect(rendered?.errors.first?.position == at(1, 1))
        #expect(rendered?.errors.first?.message == "tables too large: more than 100000 cells in one text")
        #expect(rendered?.errors.first?.hint == "split the table, or the page, into smaller ones")
        let diagnostic = rendered?.errors.first?.diagnostic(path: "content/posts/a.md")
        #expect(diagnostic?.message(in: .japanese) == "表が大きすぎます。一つの文章で表のセルが 100000 個を超えています")
        #expect(diagnostic?.hint(in: .japanese) == "表かページを小さく分けてください")
    }

    /// A 500-column header over one-letter lines: each line becomes 500 cells.
    @Test func aWideHeaderOverManyLinesIsRefused() {
        let markdown = Self.row(500, "h") + Self.row(500, "-") + String(repeating: "x\n", count: 1_000)
        let rendered = render(markdown)
        #expect(rendered.errors.map(\.kind) == [.tooManyTableCells])
        #expect(rendered.errors.first?.position == at(1, 1))
    }

    /// Tables in different blocks add up.
    @Test func cellsOfAllTablesAddUp() {
        let markdown = String(repeating: Self.table(columns: 10, rows: 998) + "\n", count: 11)
        // The eleventh table goes over: reported at its first line.
        #expect(render(markdown).errors.map(\.kind) == [.tooManyTableCells])
        #expect(render(markdown).errors.map(\.position) == [at(10 * 1_001 + 1, 1)])
        let fewer = String(repeating: Self.table(columns: 10, rows: 998) + "\n", count: 9)
        #expect(render(fewer).errors.isEmpty)
    }

    /// Just under both limits, tables are rendered, and cmark-gfm parses and renders them in under 2 s
    /// (about half a second for the widest, where its row parsing is quadratic in the columns).
    @Test(arguments: [(500, 197), (100, 985), (2, 49_000)])
    func tablesJustUnderTheLimitsAreRendered(columns: Int, rows: Int) {
        let markdown = Self.table(columns: columns, rows: rows)
        let rendered = render(markdown)
        #expect(rendered.errors == [])
        #expect(rendered.html.hasPrefix("<table>"))
        #expect(rendered.html.components(separatedBy: "<td>").count == columns * rows + 1)
        // cmark-gfm alone: parsing and rendering the HTML.
        let time = quickestTime {
            guard let document = MarkdownDocument(parsing: markdown, unsafeHTML: false) else { return }
            _ = document.renderHTML()
        }
        #expect(time < .seconds(2))
    }

    /// What cannot become a table is not counted: a block without a delimiter row, escaped pipes.
    @Test(arguments: [
        String(repeating: "|", count: 100_000),
        "| a |\n| - |\n| " + String(repeating: "\\|", count: 5_000) + " |",
        "a\n\n-|-\n\n" + String(repeating: "|", count: 5_000),
    ])
    func textThatCannotBeATableIsNotCounted(_ markdown: String) {
        #expect(render(markdown).errors.isEmpty)
    }

    /// The count for one row: `|` not escaped by an odd number of `\`, plus one, less a leading and a
    /// trailing one.
    @Test(arguments: [
        ("| a | b |", 2), ("a|b", 2), ("|a|b", 2), ("a|b|  ", 2), (#"a\|b"#, 1), (#"a\\|b"#, 2), (#"a\\\|b"#, 1),
        (#"| a \|"#, 1), ("|", 1), ("||", 1), ("|||", 2), ("no pipe", 1),
    ])
    func cellsOfALine(_ line: String, _ cells: Int) {
        #expect(TableSizeLimit.Line(Array(line.utf8)[...]).cells == cells)
    }

    @Test(arguments: [
        ("|---|:-:|", true), ("  > | - |", true), ("-|-", true), (":--", true), ("| a |", false), ("|||", false),
        ("", false),
    ])
    func linesThatCouldBeDelimiterRows(_ line: String, _ could: Bool) {
        #expect(TableSizeLimit.Line(Array(line.utf8)[...]).couldBeDelimiterRow == could)
    }
}
