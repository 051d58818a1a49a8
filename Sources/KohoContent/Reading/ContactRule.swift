import Foundation
import KohoDiagnostics
import KohoURL

/// What a public e-mail address and phone number may be. Both are printed into `mailto:` and `tel:`
/// links, so a value must be one address or one number and nothing that adds URL parts (`?bcc=…`, `;ext`).
enum ContactRule {
    /// Characters of an address's local part that need no escaping in a `mailto:` URL: RFC 5322's atext
    /// without `? # % & / =` (which would start URL parts) and `` ` { | } ^ `` (which URLs escape).
    private static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$'*+_~.-")

    /// Why `written` is not an e-mail address; nil when it is one.
    static func emailProblem(_ written: String) -> ContactProblem? {
        let value: Message.Argument = .text(written)
        if written.lowercased().hasPrefix("mailto:") {
            return ContactProblem(.contactEmailMailto, [:], at: 0)
        }
        if let at = written.firstIndex(of: "＠") {
            return ContactProblem(.contactEmailFullWidthAt, ["written": value], at: offset(of: at, in: written))
        }
        if let bad = written.firstIndex(where: { $0.isWhitespace || $0 == "?" || $0 == "&" || $0 == "#" || $0 == "," }) {
            return ContactProblem(
                .contactEmailBadCharacter, ["written": value, "character": shown(written[bad])],
                at: offset(of: bad, in: written))
        }
        let parts = written.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return ContactProblem(.contactEmailAtCount, ["written": value], at: 0)
        }
        let (local, domain) = (parts[0], parts[1])
        let validLocal =
            !local.isEmpty && local.allSatisfy(localCharacters.contains) && !local.hasPrefix(".")
            && !local.hasSuffix(".") && !local.contains("..")
        guard validLocal, HostName.isDomain(domain) else {
            return ContactProblem(.contactEmailInvalid, ["written": value], at: 0)
        }
        return nil
    }

    /// `written` as a number for `tel:` (full-width digits and hyphens made half-width), or the reason it is
    /// not a phone number.
    static func phone(_ written: String) -> Result<String, ContactProblem> {
        // NFKC turns ０１８７ into 0187 and the full-width hyphen － into -; the dashes an IME offers
        // (ー, ‐, −, –, —) are hyphens in a phone number.
        let dashes: Set<Character> = ["ー", "‐", "‑", "−", "–", "—", "―"]
        let normalized = String(
            written.precomposedStringWithCompatibilityMapping.map { dashes.contains($0) ? "-" : $0 })
        let allowed = Set("0123456789+-() .")
        if let bad = normalized.firstIndex(where: { !allowed.contains($0) }) {
            // The column of the character when normalising moved nothing; else the value's start.
            let offset = normalized.unicodeScalars.count == written.unicodeScalars.count ? offset(of: bad, in: normalized) : 0
            return .failure(
                ContactProblem(
                    .contactPhoneBadCharacter, ["written": .text(written), "character": shown(normalized[bad])],
                    at: offset))
        }
        let number = normalized
        let digits = number.filter(\.isNumber).count
        guard (3...20).contains(digits), !number.dropFirst().contains("+") else {
            return .failure(ContactProblem(.contactPhoneInvalid, ["written": .text(written)], at: 0))
        }
        return .success(number)
    }

    /// A character named in a message: "a space" in words, any other in backticks.
    private static func shown(_ character: Character) -> Message.Argument {
        character.isWhitespace ? .words(.wordASpace) : .code(String(character))
    }

    /// How many Unicode scalars come before `index`: the column offset of a character in the value.
    private static func offset(of index: String.Index, in text: String) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }

    /// Why a contact value was refused: the message (its `field` placeholder filled by the reader), the usual
    /// hint, and how many Unicode scalars into the value the character at fault is.
    struct ContactProblem: Error {
        var key: MessageKey
        var arguments: [String: Message.Argument]
        var offset: Int

        init(_ key: MessageKey, _ arguments: [String: Message.Argument], at offset: Int) {
            self.key = key
            self.arguments = arguments
            self.offset = offset
        }

        /// The message for the field named `field`.
        func message(field: Message.Argument) -> Message {
            Message(key, arguments.merging(["field": field]) { _, new in new })
        }

        /// The usual hint after the message.
        var hint: Message? { key.usualHint.map { Message($0) } }
    }
}

extension FieldReader {
    /// A public e-mail address; an error when it is not one address.
    mutating func email(_ key: String) -> String? {
        guard let written = string(key) else { return nil }
        let value = written.value.trimmingCharacters(in: .whitespaces)
        if let problem = ContactRule.emailProblem(value) {
            error(problem.message(field: label(key)), at: position(of: problem, in: written), hint: problem.hint)
            return nil
        }
        return value
    }

    /// A public phone number, made half-width for `tel:`; left out with a warning when it has a character no
    /// phone can dial, an error when it is not a phone number at all.
    mutating func phone(_ key: String) -> String? {
        guard let written = string(key) else { return nil }
        switch ContactRule.phone(written.value.trimmingCharacters(in: .whitespaces)) {
        case .success(let number): return number
        case .failure(let problem) where problem.key == .contactPhoneBadCharacter:
            // A character no phone can dial (`;ext=2`, `?`): the page shows no number rather than a wrong link,
            // and the build goes on — the person learns of it from the warning.
            warning(problem.message(field: label(key)), at: position(of: problem, in: written), hint: problem.hint)
            return nil
        case .failure(let problem):
            error(problem.message(field: label(key)), at: position(of: problem, in: written), hint: problem.hint)
            return nil
        }
    }

    /// Where the character at fault is: its own column when the value is written plainly on its line (not
    /// quoted, not folded), else the value's start.
    private func position(of problem: ContactRule.ContactProblem, in written: Located<String>) -> SourcePosition {
        let start = written.position
        guard problem.offset > 0, let line = SourceText.line(start.line, of: text) else { return start }
        let scalars = Array(line.unicodeScalars)
        let from = start.column - 1
        let value = Array(written.value.unicodeScalars)
        guard from >= 0, from + value.count <= scalars.count, Array(scalars[from..<(from + value.count)]) == value else {
            return start
        }
        return SourcePosition(line: start.line, column: start.column + problem.offset)
    }
}
