/// Text from content made safe to print on a terminal or in a CI log.
public enum TerminalText {
    /// `text` with every character that would act rather than show written as `\u{…}`: C0 and C1 control
    /// characters (escape sequences, carriage returns, line breaks) except tab, DEL, the line and paragraph
    /// separators and the bidirectional controls that reorder what a reader sees.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return escaped(text, column: 1).text
    }

    /// `line` escaped as ``escaped(_:)``, and where 1-based `column` (counted in scalars) is in the result.
    public static func escaped(_ line: String, column: Int) -> (text: String, column: Int) {
        guard line.unicodeScalars.contains(where: needsEscape) else { return (line, column) }
        var out = String.UnicodeScalarView()
        var shownColumn = column
        for (index, scalar) in line.unicodeScalars.enumerated() {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let escape = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            out.append(contentsOf: escape.unicodeScalars)
            if index < column - 1 { shownColumn += escape.unicodeScalars.count - 1 }
        }
        return (String(out), shownColumn)
    }

    /// A scalar as a person looks it up: `U+001B`, `U+3000`, at least four hex digits.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// True for the scalars ``escaped(_:)`` rewrites.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
