public import KohoDiagnostics

/// Turns a file's bytes into text: UTF-8 only, a byte-order mark skipped, CRLF and CR line breaks made LF.
///
/// Line breaks are normalised here, once, so every later stage counts lines the same way and a file saved
/// on Windows reads exactly like one saved on a Mac.
public enum SourceDecoder {
    /// The text of the file at `path` (used in the error), or a diagnostic at the first byte that is not UTF-8.
    public static func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let failure = firstInvalidByte(in: body) {
            throw diagnostic(for: failure, in: body, path: path)
        }
        var text = String(decoding: body, as: UTF8.self)
        if text.utf8.contains(0x0D) { text = normalizingLineBreaks(text) }
        if let problem = firstControlCharacter(in: text, path: path) { throw problem }
        return text
    }

    // MARK: - Control characters

    /// A diagnostic at the first control character other than tab and line break (a stray escape sequence
    /// or form feed pasted from another program): invisible in an editor, invalid in feeds, and able to act
    /// on a terminal that prints the line.
    private static func firstControlCharacter(in text: String, path: String) -> Diagnostic? {
        // Fast path: no byte below 0x20 but tab and line feed, no DEL, and no C1 (encoded as C2 80…C2 9F).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 })
        else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            let v = scalar.value
            if (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) {
                let code = TerminalText.codePoint(scalar)
                return Diagnostic(
                    at: SourceLocation(path: path, line: line, column: column),
                    Message(
                        .sourceControlCharacter,
                        ["path": .text(path), "code": .text(code), "line": .number(line), "column": .number(column)]),
                    hint: Message(.sourceControlCharacterHint))
            }
            column += 1
        }
        return nil
    }

    // MARK: - Line breaks

    private static func normalizingLineBreaks(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            out.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Invalid UTF-8

    /// The offset of the first byte that starts no valid UTF-8 sequence.
    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let secondRange: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return index
            }
            guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return index }
            for k in 2..<length where !(0x80...0xBF).contains(bytes[index + k]) { return index }
            index += length
        }
        return nil
    }

    private static func diagnostic(for offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> Diagnostic {
        // Count lines and columns in the bytes before the bad one, which are valid UTF-8 by construction.
        let before = bytes[bytes.startIndex..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let byte = bytes[offset]
        let hex = "0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        let location = SourceLocation(path: path, line: line, column: column)
        let arguments: [String: Message.Argument] = ["path": .text(path), "byte": .text(hex), "line": .number(line)]
        guard let encoding = guessEncoding(of: bytes) else {
            return Diagnostic(at: location, Message(.sourceNotUTF8, arguments), hint: Message(.sourceNotUTF8Hint))
        }
        return Diagnostic(
            at: location, Message(.sourceNotUTF8Encoding, arguments.merging(["encoding": .text(encoding)]) { $1 }),
            hint: Message(.sourceNotUTF8EncodingHint, ["encoding": .text(encoding)]))
    }

    /// "Shift_JIS" when every non-ASCII byte pairs up as Shift_JIS and there are at least two double-byte
    /// characters (one could be chance), the usual reason a Japanese office's file is not UTF-8.
    private static func guessEncoding(of bytes: ArraySlice<UInt8>) -> String? {
        var index = bytes.startIndex
        var doubleByte = 0
        while index < bytes.endIndex {
            let b = bytes[index]
            switch b {
            case 0x00...0x7F, 0xA1...0xDF:
                // ASCII or half-width katakana.
                index += 1
            case 0x81...0x9F, 0xE0...0xFC:
                guard index + 1 < bytes.endIndex else { return nil }
                let trail = bytes[index + 1]
                guard (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) else { return nil }
                doubleByte += 1
                index += 2
            default:
                return nil
            }
        }
        return doubleByte >= 2 ? "Shift_JIS" : nil
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
