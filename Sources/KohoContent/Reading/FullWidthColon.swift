import Foundation
import KohoDiagnostics

/// A field written with a full-width colon (`name：佐藤`, typed with a Japanese IME on): YAML does not see a
/// field there, and reads the line as text — an error on another line, or the line silently joined to the
/// field above. Found before YAML reads the text, on top-level lines only (an indented line may be a block
/// of text where `趣味：読書` is meant).
enum FullWidthColon {
    /// The first top-level line of `yaml` that has a `：` where a field's `:` belongs: its place (1-based,
    /// `lineOffset` added), the field's name and the value after it.
    static func find(in yaml: String, lineOffset: Int) -> (position: SourcePosition, key: String, value: String)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.unicodeScalars.first, !" \t#-[{\"'|>%&*!?".unicodeScalars.contains(first)
            else { continue }
            let scalars = Array(line.unicodeScalars)
            guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), scalars[colon] == "：" else {
                continue
            }
            let key = String(String.UnicodeScalarView(scalars[..<colon])).trimmingCharacters(in: .whitespaces)
            let value = String(String.UnicodeScalarView(scalars[(colon + 1)...])).trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { continue }
            return (SourcePosition(line: index + 1 + lineOffset, column: colon + 1), key, value)
        }
        return nil
    }
}
