internal import CYAML
import KohoDiagnostics

// MARK: - Readable syntax errors

/// libyaml's messages are written for YAML implementers ("did not find expected key while parsing a
/// block mapping"); the common ones are rewritten here for the person editing the file, with a hint.
extension YAMLParser {
    /// The error libyaml stopped at, in words a site author understands.
    func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLError(Message(.yamlOutOfMemory), at: SourcePosition(line: 1 + lineOffset, column: 1))
        case YAML_READER_ERROR:
            return readerError(problem, offset: Int(parser.problem_offset), value: Int(parser.problem_value))
        default:
            if let bracket = valueStartingWithBracket(before: parser.problem_mark) { return bracket }
            return grammarError(
                problem, context: context, at: parser.problem_mark, contextMark: parser.context_mark)
        }
    }

    /// A bad character found while decoding; libyaml reports it by byte offset, not by mark.
    private func readerError(_ problem: String, offset: Int, value: Int) -> YAMLError {
        let position = self.position(ofByte: offset)
        if problem == "control characters are not allowed", let scalar = Unicode.Scalar(UInt32(clamping: value)) {
            return YAMLError(
                Message(.yamlControlCharacter, ["code": .text(Self.codePoint(scalar))]), at: position,
                hint: Message(.yamlControlCharacterHint))
        }
        return YAMLError(Self.libraryProblem(problem), at: position)
    }

    /// A scanner or parser error, located by libyaml's marks.
    private func grammarError(
        _ problem: String, context: String?, at problemMark: yaml_mark_t, contextMark: yaml_mark_t
    ) -> YAMLError {
        let here = position(problemMark)
        let start = position(contextMark)
        switch (problem, context) {
        case ("found character that cannot start any token", _):
            let found = scalar(atLine: Int(problemMark.line), column: Int(problemMark.column))
            if found == "\t" { return Self.tabError(at: here) }
            let shown = found.map { Message.Argument.code(String($0)) } ?? .words(.wordThisCharacter)
            return YAMLError(
                Message(.yamlPlainValueStart, ["character": shown]), at: here, hint: Message(.yamlPlainValueStartHint))
        case ("found a tab character that violates indentation", _):
            return Self.tabError(at: here)
        case ("mapping values are not allowed in this context", _):
            return YAMLError(Message(.yamlColonInValue), at: here, hint: Message(.yamlColonInValueHint))
        case ("block sequence entries are not allowed in this context", _):
            return YAMLError(Message(.yamlDashInValue), at: here, hint: Message(.yamlDashInValueHint))
        case (_, "while scanning a quoted scalar"):
            let quote = scalar(atLine: Int(contextMark.line), column: Int(contextMark.column)) ?? "\""
            return YAMLError(
                Message(.yamlQuoteNotClosed), at: start,
                hint: Message(.yamlQuoteNotClosedHint, ["quote": .code(String(quote))]))
        case ("did not find expected key", "while parsing a block mapping"):
            return YAMLError(
                Message(.yamlKeyNotAligned, ["line": .number(start.line)]), at: here,
                hint: Message(.yamlKeyNotAlignedHint))
        case ("did not find expected '-' indicator", "while parsing a block collection"):
            return YAMLError(
                Message(.yamlItemNotAligned, ["line": .number(start.line)]), at: here,
                hint: Message(.yamlItemNotAlignedHint))
        case ("did not find expected ',' or ']'", _):
            return YAMLError(
                Message(.yamlFlowListNotClosed, ["line": .number(start.line), "column": .number(start.column)]),
                at: here, hint: Message(.yamlFlowListNotClosedHint))
        case ("did not find expected ',' or '}'", _):
            return YAMLError(
                Message(.yamlFlowMappingNotClosed, ["line": .number(start.line), "column": .number(start.column)]),
                at: here, hint: Message(.yamlFlowMappingNotClosedHint))
        case ("did not find expected <document start>", _):
            // libyaml says this about text after a `...` line, which ended the document.
            return YAMLError(Message(.yamlSecondDocument), at: here, hint: Message(.yamlSecondDocumentHint))
        case ("could not find expected ':'", "while scanning a simple key"):
            return YAMLError(Message(.yamlColonMissing), at: start, hint: Message(.yamlColonMissingHint))
        default:
            let hint = context.map {
                Message(
                    .yamlLibraryProblemHint,
                    ["context": .text($0), "line": .number(start.line), "column": .number(start.column)])
            }
            return YAMLError(Self.libraryProblem(problem), at: here, hint: hint)
        }
    }

    /// libyaml's own words for a problem this file does not rewrite, which are English in every language.
    private static func libraryProblem(_ problem: String) -> Message {
        problem.isEmpty ? Message(.yamlUnreadable) : Message(.yamlLibraryProblem, ["problem": .text(problem)])
    }

    private static func tabError(at position: SourcePosition) -> YAMLError {
        YAMLError(Message(.yamlTabIndent), at: position, hint: Message(.yamlTabIndentHint))
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        TerminalText.codePoint(scalar)
    }

    // MARK: - A value that starts with `[`

    /// The error for a value that starts with `[` but goes on after its `]` (`role: [兼務] 広報課長`): YAML
    /// reads `[兼務]` as a list and stops at what follows, saying "did not find expected key", which does not
    /// tell the person that the brackets are the problem. Nil unless the line where libyaml stopped has such
    /// a value, closed before the place it stopped.
    private func valueStartingWithBracket(before mark: yaml_mark_t) -> YAMLError? {
        guard let line = line(Int(mark.line)),
            let value = BracketValue.find(in: line, before: Int(mark.column))
        else { return nil }
        let example = value.lead + Self.quoted(value.text)
        return YAMLError(
            Message(.yamlValueStartsWithBracket),
            at: SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: value.column + 1),
            hint: Message(.yamlValueStartsWithBracketHint, ["example": .code(example)]))
    }

    /// `text` in double quotes, or in single quotes when it holds a `"` (a `'` inside is written twice).
    private static func quoted(_ text: String) -> String {
        guard text.contains("\"") else { return "\"" + text + "\"" }
        return "'" + text.replacing("'", with: "''") + "'"
    }

    // MARK: - Looking into the text

    /// The character at a 0-based line and column (in Unicode scalars), as libyaml counts them.
    private func scalar(atLine line: Int, column: Int) -> Unicode.Scalar? {
        guard let scalars = self.line(line), column < scalars.count else { return nil }
        return scalars[column]
    }

    /// The characters of a 0-based line, without its line break; nil past the end of the text.
    private func line(_ line: Int) -> [Unicode.Scalar]? {
        var index = 0
        var currentLine = 0
        while currentLine < line, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                currentLine += 1
            } else if byte == UInt8(ascii: "\r") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                currentLine += 1
            }
        }
        guard currentLine == line else { return nil }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        var scalars: [Unicode.Scalar] = []
        while case .scalarValue(let scalar) = decoder.decode(&iterator), scalar != "\n", scalar != "\r" {
            scalars.append(scalar)
        }
        return scalars
    }

    /// The position of a byte offset into the text.
    private func position(ofByte offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                // Count a character at its lead byte, so columns are in Unicode scalars like libyaml's.
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line + lineOffset, column: column)
    }
}

/// A value written on one line that starts with `[` and goes on after the matching `]`: `role: [兼務] 広報課長`,
/// `- [速報] 新庁舎`. YAML reads the brackets as a list, then cannot read what follows.
private struct BracketValue {
    /// The 0-based column of the `[`.
    var column: Int
    /// What the line holds before the value, without its indentation (`role: `, `- `).
    var lead: String
    /// The value as written, from the `[` to the end of the line (a trailing comment left out).
    var text: String

    /// The value on `line` that starts with `[` after a key's `: ` or a list's `- ` (or at the start of the
    /// line) and whose `]` comes before `column`, where YAML stopped; nil when there is none.
    static func find(in line: [Unicode.Scalar], before column: Int) -> BracketValue? {
        let isSpace = { (s: Unicode.Scalar) in s == " " || s == "\t" }
        var i = 0
        while i < line.count, isSpace(line[i]) { i += 1 }
        let indentation = i
        while i + 1 < line.count, line[i] == "-", isSpace(line[i + 1]) {
            i += 2
            while i < line.count, isSpace(line[i]) { i += 1 }
        }
        if i < line.count, line[i] != "[" {
            guard let colon = (i..<max(i, line.count - 1)).first(where: { line[$0] == ":" && isSpace(line[$0 + 1]) })
            else { return nil }
            i = colon + 1
            while i < line.count, isSpace(line[i]) { i += 1 }
        }
        guard i < line.count, line[i] == "[", let close = closingBracket(in: line, from: i), close < column else {
            return nil
        }
        var end = (close + 1..<line.count).first { line[$0] == "#" && isSpace(line[$0 - 1]) } ?? line.count
        while end > i, isSpace(line[end - 1]) { end -= 1 }
        return BracketValue(column: i, lead: string(line[indentation..<i]), text: string(line[i..<end]))
    }

    /// The index of the `]` that closes the `[` at `open`.
    private static func closingBracket(in line: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        for index in open..<line.count {
            if line[index] == "[" { depth += 1 }
            if line[index] == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
