/// Helpers for reading lines and display widths out of source text.
public enum SourceText {
    /// The text of 1-based line `number`, without its line break; `nil` past the end.
    public static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var index = start
        while index < scalars.endIndex {
            if current == number { break }
            if scalars[index] == "\n" {
                current += 1
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if current != number { return nil }
        var end = start
        while end < scalars.endIndex, scalars[end] != "\n" { end = scalars.index(after: end) }
        var line = String(scalars[start..<end])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    /// How many terminal cells `scalar` takes: 2 for East Asian wide and fullwidth characters, 0 for
    /// combining marks and zero-width characters, 1 otherwise.
    public static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        return 1
    }

    /// The text that puts a caret under 1-based `column` of `line`, padded by display width; tabs are kept
    /// as tabs so the caret lines up however the terminal shows them.
    public static func caretLine(column: Int, of line: String) -> String {
        var pad = ""
        for (i, scalar) in line.unicodeScalars.enumerated() where i < column - 1 {
            if scalar == "\t" {
                pad += "\t"
            } else {
                pad += String(repeating: " ", count: displayWidth(of: scalar))
            }
        }
        return pad + "^"
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
