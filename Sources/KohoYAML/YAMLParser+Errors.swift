internal import CYAML
import KohoDiagnostics

// MARK: - Readable syntax errors

/// libyaml's messages are written for YAML implementers ("did not find expected key while parsing a
/// block mapping"); the common ones are rewritten here for the person editing the file, with a hint.
extension YAMLParser {
    /// The error libyaml stopped at, in words a site author understands.
    func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML text cannot be read"
        let context = parser.context.map { String(cString: $0) }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLError("out of memory while reading YAML", at: SourcePosition(line: 1 + lineOffset, column: 1))
        case YAML_READER_ERROR:
            return readerError(problem, offset: Int(parser.problem_offset), value: Int(parser.problem_value))
        default:
            return grammarError(
                problem, context: context, at: parser.problem_mark, contextMark: parser.context_mark)
        }
    }

    /// A bad character found while decoding; libyaml reports it by byte offset, not by mark.
    private func readerError(_ problem: String, offset: Int, value: Int) -> YAMLError {
        let position = self.position(ofByte: offset)
        if problem == "control characters are not allowed", let scalar = Unicode.Scalar(UInt32(clamping: value)) {
            return YAMLError(
                "a control character (\(Self.codePoint(scalar))) is not allowed in YAML", at: position,
                hint: "remove it; most editors do not show it")
        }
        return YAMLError(problem, at: position)
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
            let shown = found.map { "`\($0)`" } ?? "this character"
            return YAMLError("a plain value cannot start with \(shown)", at: here, hint: "put quotes around the value")
        case ("found a tab character that violates indentation", _):
            return Self.tabError(at: here)
        case ("mapping values are not allowed in this context", _):
            return YAMLError(problem, at: here, hint: "put quotes around a value that contains `: `")
        case ("block sequence entries are not allowed in this context", _):
            return YAMLError(
                problem, at: here,
                hint: "start the list on the next line, or put quotes around a value that starts with `- `")
        case (_, "while scanning a quoted scalar"):
            let quote = scalar(atLine: Int(contextMark.line), column: Int(contextMark.column)) ?? "\""
            return YAMLError(
                "this quoted value is never closed", at: start, hint: "end it with a matching `\(quote)`")
        case ("did not find expected key", "while parsing a block mapping"):
            return YAMLError(
                "expected a key in line with the mapping that starts at line \(start.line)", at: here,
                hint: "check the indentation: the keys of one mapping start in the same column")
        case ("did not find expected '-' indicator", "while parsing a block collection"):
            return YAMLError(
                "expected a `- ` item in line with the list that starts at line \(start.line)", at: here,
                hint: "check the indentation: the items of one list start in the same column")
        case ("did not find expected ',' or ']'", _):
            return YAMLError(
                "expected `,` or `]` in the list that starts at line \(start.line), column \(start.column)", at: here,
                hint: "close the list with `]` and separate its items with `,`")
        case ("did not find expected ',' or '}'", _):
            return YAMLError(
                "expected `,` or `}` in the mapping that starts at line \(start.line), column \(start.column)",
                at: here,
                hint: "close the mapping with `}` and separate its pairs with `,`")
        case ("did not find expected <document start>", _):
            // libyaml says this about text after a `...` line, which ended the document.
            return YAMLError(
                "only one YAML document is allowed here", at: here,
                hint: "a `---` or `...` line ends the document; remove it")
        case ("could not find expected ':'", "while scanning a simple key"):
            return YAMLError(
                "expected `:` after this key", at: start,
                hint: "write `key: value` with the key and its `:` on one line")
        default:
            let hint = context.map { "\($0) that starts at line \(start.line), column \(start.column)" }
            return YAMLError(problem, at: here, hint: hint)
        }
    }

    private static func tabError(at position: SourcePosition) -> YAMLError {
        YAMLError(
            "a tab cannot be used for indentation", at: position, hint: "indent with spaces; YAML does not allow tabs")
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        TerminalText.codePoint(scalar)
    }

    // MARK: - Looking into the text

    /// The character at a 0-based line and column (in Unicode scalars), as libyaml counts them.
    private func scalar(atLine line: Int, column: Int) -> Unicode.Scalar? {
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
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        var currentColumn = 0
        while true {
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            if currentColumn == column { return scalar }
            if scalar == "\n" || scalar == "\r" { return nil }
            currentColumn += 1
        }
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
