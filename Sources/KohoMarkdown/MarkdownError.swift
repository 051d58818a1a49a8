public import KohoDiagnostics

/// Why a Markdown text could not be rendered as written, with where in the file.
public struct MarkdownError: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// A line that could be a table row has more cells than ``TableSizeLimit/maximumColumns``.
        case tableRowTooWide(cells: Int)
        /// The text's tables, counted as ``TableSizeLimit`` does, have more than
        /// ``TableSizeLimit/maximumCells`` cells.
        case tooManyTableCells
    }

    public var kind: Kind
    /// The line (in the whole file, with the renderer's line offset) and column it is about.
    public var position: SourcePosition
    /// The start of that line, shortened when long, to show under the message.
    public var sourceLine: String

    public init(_ kind: Kind, at position: SourcePosition, sourceLine: String) {
        self.kind = kind
        self.position = position
        self.sourceLine = sourceLine
    }

    /// What is wrong, in one sentence.
    public var message: String {
        switch kind {
        case .tableRowTooWide(let cells):
            return "table row with \(cells) cells: a row may have at most \(TableSizeLimit.maximumColumns)"
        case .tooManyTableCells:
            return "tables too large: more than \(TableSizeLimit.maximumCells) cells in one text"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch kind {
        case .tableRowTooWide:
            return "split the table into narrower ones, or write `\\|` for a `|` that does not separate cells"
        case .tooManyTableCells:
            return "split the table, or the page, into smaller ones"
        }
    }

    /// The diagnostic for this error in the file at `path`.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(at: SourceLocation(path: path, position: position), message, hint: hint, sourceLine: sourceLine)
    }
}
