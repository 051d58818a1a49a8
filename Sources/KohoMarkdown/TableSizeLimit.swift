import KohoDiagnostics

/// Keeps Markdown whose tables cmark-gfm would parse in superlinear time away from its table extension.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 predates upstream's 2023 fixes for quadratic parsing. A row of n cells
/// costs it n² steps (each cell is appended to a linked list by walking the list) and its HTML n² again;
/// every row is padded to the header's width, so a 1,000-column header over lines of one letter makes 1,000
/// cells a line; and each line under a paragraph that could be a delimiter row (`|-|-|`) makes it parse the
/// whole paragraph again. A line of 100 KB of `|` under a table takes it minutes.
///
/// So before parsing, one linear scan counts the cells the text could make, generously, and a text over
/// either limit is refused (see ``check(_:lineOffset:)``):
/// - a block is a run of lines that are not blank; only a block with a line that could be a delimiter
///   row (nothing but `|`, `-`, `:`, `>` and spaces, with a `-`) can hold a table, so only those count;
/// - a line's cells are its `|` not escaped by a `\`, plus one, less a leading and a trailing `|`; no
///   line may have more than ``maximumColumns``;
/// - every line of the block counts as many cells as its widest line, and each line that could be a
///   delimiter row also counts the cells above it in the block again, divided by ``rereadDivisor``;
/// - all blocks of the text together may count at most ``maximumCells``.
///
/// At both limits cmark-gfm parses and renders the text in under a second (500 columns by 200 rows is the
/// slowest shape: a row's cost grows with the square of its width). No real table comes near.
enum TableSizeLimit {
    /// The most cells a line that could be a table row may have.
    static let maximumColumns = 500
    /// The most table cells one Markdown text may count.
    static let maximumCells = 100_000
    /// Reading a paragraph again for a possible header row costs cmark-gfm about a twentieth of what
    /// parsing and rendering a table cell does.
    static let rereadDivisor = 20
    /// How much of an offending line the error shows.
    static let shownLineLength = 120

    /// The first limit `text` goes over, or nil; lines are numbered from `lineOffset + 1`.
    static func check(_ text: String, lineOffset: Int = 0) -> MarkdownError? {
        let bytes = Array(text.utf8)
        var scan = Scan()
        var lineNumber = 1
        var start = 0
        while true {
            let end = lineEnd(in: bytes, from: start)
            if let (kind, line, lineStart) = scan.add(Line(bytes[start..<end]), number: lineNumber, start: start) {
                let shownLine = String(decoding: bytes[lineStart..<lineEnd(in: bytes, from: lineStart)], as: UTF8.self)
                return MarkdownError(
                    kind, at: SourcePosition(line: line + lineOffset, column: 1), sourceLine: shown(shownLine))
            }
            if end == bytes.count { return nil }
            // `\r\n` is one line break, as in CommonMark.
            let isCRLF =
                bytes[end] == UInt8(ascii: "\r") && end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "\n")
            start = end + (isCRLF ? 2 : 1)
            lineNumber += 1
        }
    }

    /// Where the line starting at `start` ends: its `\n` or `\r`, or the end of the text.
    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return end
    }

    /// `line`, cut to ``shownLineLength`` scalars with `…` when longer.
    private static func shown(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard scalars.count > shownLineLength else { return line }
        return String(String.UnicodeScalarView(scalars.prefix(shownLineLength))) + "…"
    }

    /// What the scan needs to know of one line.
    struct Line {
        var isBlank = true
        /// Could be a delimiter row (only `|`, `-`, `:`, `>` and spaces, with a `-`), under any container.
        var couldBeDelimiterRow: Bool
        /// The cells of the line as a row: its `|` not escaped by an odd number of `\`, plus one, less one
        /// for a leading and one for a trailing `|` (both optional in a row, like `| a | b |`).
        var cells = 1

        init(_ bytes: ArraySlice<UInt8>) {
            var onlyDelimiterCharacters = true
            var hasHyphen = false
            var backslashes = 0
            var pipes = 0
            // Whether the first and the last character that is not a space are separating `|`.
            var startsWithPipe = false
            var endsWithPipe = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
                let isPipe = byte == UInt8(ascii: "|") && backslashes % 2 == 0
                if isBlank { startsWithPipe = isPipe }
                isBlank = false
                endsWithPipe = isPipe
                switch byte {
                case 0x0B, 0x0C, UInt8(ascii: ">"), UInt8(ascii: ":"): break
                case UInt8(ascii: "-"): hasHyphen = true
                case UInt8(ascii: "|"): if isPipe { pipes += 1 }
                default: onlyDelimiterCharacters = false
                }
                backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
            }
            couldBeDelimiterRow = onlyDelimiterCharacters && hasHyphen
            cells = pipes + 1 - (startsWithPipe ? 1 : 0) - (endsWithPipe && pipes > 1 ? 1 : 0)
        }
    }

    /// The running count over the text's blocks.
    struct Scan {
        /// Cells of the finished blocks that could hold a table.
        private var counted = 0
        private var lines = 0
        private var firstLine = 0
        private var firstStart = 0
        private var widest = 0
        private var widestLine = 0
        private var widestStart = 0
        /// The cells of the block's lines so far, each its own.
        private var cellsSoFar = 0
        private var reread = 0
        private var mayHoldTable = false

        /// Adds one line (numbered `number`, starting at byte `start`); returns the first limit the text
        /// goes over with it, and the line to report: the widest line, or the first of the block.
        mutating func add(_ line: Line, number: Int, start: Int) -> (kind: MarkdownError.Kind, line: Int, start: Int)? {
            if line.isBlank {
                if mayHoldTable { counted += blockCells }
                self = Scan(counted: counted)
                return nil
            }
            if lines == 0 {
                firstLine = number
                firstStart = start
            }
            lines += 1
            if line.cells > widest {
                widest = line.cells
                widestLine = number
                widestStart = start
            }
            if line.couldBeDelimiterRow {
                reread += cellsSoFar
                mayHoldTable = true
            }
            cellsSoFar += line.cells
            guard mayHoldTable else { return nil }
            if widest > TableSizeLimit.maximumColumns {
                return (.tableRowTooWide(cells: widest), widestLine, widestStart)
            }
            // At the block's first line: the table that goes over.
            if counted + blockCells > TableSizeLimit.maximumCells { return (.tooManyTableCells, firstLine, firstStart) }
            return nil
        }

        private init(counted: Int) { self.counted = counted }
        init() {}

        /// What the current block counts, once it may hold a table.
        private var blockCells: Int { lines * widest + reread / TableSizeLimit.rereadDivisor }
    }
}
