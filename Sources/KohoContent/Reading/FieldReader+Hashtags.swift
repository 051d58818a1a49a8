import Foundation
import KohoDiagnostics
import KohoYAML

// Hashtags and topics, and the trap YAML sets for them: a `#` after a space starts a comment, so
// `hashtags: #桜 #仙北市` and `- #桜` are read as nothing at all.

extension FieldReader {
    /// One hashtag or a list of them. A text of several `#tags` (`"#桜 #仙北市"`, `＃桜　＃仙北市`) is read as
    /// those tags. A value, or a list item, that is only a `#` comment is an error at the `#`.
    mutating func hashtags(_ key: String) -> [Located<String>] {
        reportCommentTrap(key)
        return strings(key).flatMap(Self.separateTags)
    }

    /// Topics (plain texts), with the same comment trap reported as for hashtags.
    mutating func topics(_ key: String) -> [Located<String>] {
        reportCommentTrap(key)
        return strings(key)
    }

    /// `"#桜 #仙北市"` as `#桜` and `#仙北市`: a text of two or more words, each starting with `#` or `＃`.
    static func separateTags(_ item: Located<String>) -> [Located<String>] {
        let words = item.value.split(whereSeparator: \.isWhitespace)
        guard words.count > 1, words.allSatisfy({ $0.first == "#" || $0.first == "＃" }) else { return [item] }
        return words.map { Located(String($0), at: item.location) }
    }

    /// An error for `key:` followed only by a `#` comment, and for each list item that is only one.
    private mutating func reportCommentTrap(_ key: String) {
        guard let value = writtenValue(key) else { return }
        switch value.kind {
        case .scalar where value.isNull:
            guard let keyAt = keyPosition(key), let (column, comment) = comment(on: keyAt.line, after: ":") else {
                return
            }
            let tags = Self.tagNames(in: comment)
            error(
                Message(.hashtagCommentTrap, ["field": label(key), "comment": .text(comment), "key": .text(key)]),
                at: SourcePosition(line: keyAt.line, column: column),
                hint: Message(.hashtagCommentTrapHint, [
                    "key": .text(key), "tags": .text(tags.joined(separator: ", ")),
                    "fullWidth": .text(tags.map { "＃" + $0 }.joined(separator: " ")), "comment": .text(comment),
                ]))
        case .sequence(let items):
            for item in items where item.isNull {
                guard let (column, comment) = comment(on: item.position.line, after: "-") else { continue }
                let tag = Self.tagNames(in: comment).first ?? ""
                error(
                    Message(.hashtagCommentTrapItem, ["field": label(key), "comment": .text(comment)]),
                    at: SourcePosition(line: item.position.line, column: column),
                    hint: Message(.hashtagCommentTrapItemHint, ["tag": .text(tag)]))
            }
        default:
            return
        }
    }

    /// The `#` comment on `line` when nothing but spaces stands between the first `marker` (`:` or `-`) and
    /// it: its 1-based column (in Unicode scalars) and its text, trimmed.
    private func comment(on line: Int, after marker: Character) -> (column: Int, text: String)? {
        guard let lineText = SourceText.line(line, of: text) else { return nil }
        let scalars = Array(lineText.unicodeScalars)
        guard let markerIndex = scalars.firstIndex(of: marker.unicodeScalars.first ?? ":") else { return nil }
        var index = markerIndex + 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index > markerIndex + 1, index < scalars.count, scalars[index] == "#" else { return nil }
        let comment = String(String.UnicodeScalarView(scalars[index...]))
            .trimmingCharacters(in: .whitespaces)
        return (index + 1, comment)
    }

    /// The names in a comment of tags (`#桜 #仙北市` → 桜, 仙北市).
    private static func tagNames(in comment: String) -> [String] {
        comment.split(whereSeparator: \.isWhitespace).map { $0.drop(while: { $0 == "#" || $0 == "＃" }) }
            .filter { !$0.isEmpty }.map(String.init)
    }
}
