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
        /// Braces with a `|` that are not a ruby (``RubyScanner``); `source` is the text from the `{`.
        case ruby(RubyScanner.Problem, source: String)
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

    /// What is wrong, in one sentence, as a catalogue entry.
    public var words: Message {
        switch kind {
        case .tableRowTooWide(let cells):
            return Message(
                .markdownTableRowTooWide, ["cells": .number(cells), "maximum": .number(TableSizeLimit.maximumColumns)])
        case .tooManyTableCells:
            return Message(.markdownTooManyTableCells, ["maximum": .number(TableSizeLimit.maximumCells)])
        case .ruby(let problem, let source):
            switch problem {
            case .emptyBase: return Message(.markdownRubyEmptyBase, ["source": .code(source)])
            case .emptyReading: return Message(.markdownRubyEmptyReading, ["source": .code(source)])
            case .tooManyReadings(let readings, let characters):
                return Message(
                    .markdownRubyTooManyReadings,
                    ["source": .code(source), "readings": .number(readings), "characters": .number(characters)])
            case .unclosed: return Message(.markdownRubyUnclosed, ["source": .code(source)])
            }
        }
    }

    /// What to do about it, as a catalogue entry.
    public var advice: Message {
        switch kind {
        case .tableRowTooWide: return Message(.markdownTableRowTooWideHint)
        case .tooManyTableCells: return Message(.markdownTooManyTableCellsHint)
        case .ruby(.emptyBase, _): return Message(.markdownRubyEmptyBaseHint)
        case .ruby(.emptyReading, _): return Message(.markdownRubyEmptyReadingHint)
        case .ruby(.tooManyReadings, _): return Message(.markdownRubyTooManyReadingsHint)
        case .ruby(.unclosed, _): return Message(.markdownRubyUnclosedHint)
        }
    }

    /// What is wrong, in English.
    public var message: String { words.text(in: .english) }

    /// What to do about it, in English.
    public var hint: String { advice.text(in: .english) }

    /// The diagnostic for this error in the file at `path`.
    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(at: SourceLocation(path: path, position: position), words, hint: advice, sourceLine: sourceLine)
    }
}
