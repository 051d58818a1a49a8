import Foundation
import KohoURL

/// What a public e-mail address and phone number may be. Both are printed into `mailto:` and `tel:`
/// links, so a value must be one address or one number and nothing that adds URL parts (`?bcc=…`, `;ext`).
enum ContactRule {
    /// Characters of an address's local part that need no escaping in a `mailto:` URL: RFC 5322's atext
    /// without `? # % & / =` (which would start URL parts) and `` ` { | } ^ `` (which URLs escape).
    private static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$'*+_~.-")

    /// Why `written` is not an e-mail address, with a hint; nil when it is one.
    static func emailProblem(_ written: String) -> (message: String, hint: String)? {
        let shape = "an e-mail address like sato@example.jp"
        if written.lowercased().hasPrefix("mailto:") {
            return ("must be \(shape), without `mailto:`", "write only the address: Koho makes the link")
        }
        if written.contains("＠") {
            return ("must be \(shape), got `\(written)` with a full-width `＠`", "type `@` in half-width (直接入力) mode")
        }
        if let bad = written.first(where: { $0.isWhitespace || $0 == "?" || $0 == "&" || $0 == "#" || $0 == "," }) {
            let shown = bad.isWhitespace ? "a space" : "`\(bad)`"
            return ("must be \(shape), got `\(written)` with \(shown)", "write one address, and nothing after it")
        }
        let parts = written.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return ("must be \(shape) with one `@`, got `\(written)`", "write one address per field")
        }
        let (local, domain) = (parts[0], parts[1])
        let validLocal =
            !local.isEmpty && local.allSatisfy(localCharacters.contains) && !local.hasPrefix(".")
            && !local.hasSuffix(".") && !local.contains("..")
        guard validLocal, HostName.isDomain(domain) else {
            return ("must be \(shape), got `\(written)`", "check the address for a typo")
        }
        return nil
    }

    /// `written` as a number for `tel:` (full-width digits and hyphens made half-width), or the reason it is
    /// not a phone number, with a hint.
    static func phone(_ written: String) -> Result<String, ContactProblem> {
        // NFKC turns ０１８７ into 0187 and the full-width hyphen － into -; the dashes an IME offers
        // (ー, ‐, −, –, —) are hyphens in a phone number.
        let dashes: Set<Character> = ["ー", "‐", "‑", "−", "–", "—", "―"]
        let normalized = String(
            written.precomposedStringWithCompatibilityMapping.map { dashes.contains($0) ? "-" : $0 })
        let allowed = Set("0123456789+-() .")
        if let bad = normalized.first(where: { !allowed.contains($0) }) {
            let shown = bad.isWhitespace ? "a space" : "`\(bad)`"
            return .failure(
                ContactProblem(
                    message: "must be a phone number like 0187-43-1111 or +81 187 43 1111, got `\(written)` with \(shown)",
                    hint: "write digits, `-`, spaces, brackets and a leading `+` only; put extensions and hours in the text"))
        }
        let digits = normalized.filter(\.isNumber).count
        guard (3...20).contains(digits), !normalized.dropFirst().contains("+") else {
            return .failure(
                ContactProblem(
                    message: "must be a phone number like 0187-43-1111 or +81 187 43 1111, got `\(written)`",
                    hint: "check the number for a typo"))
        }
        return .success(normalized)
    }

    /// Why a contact value was refused.
    struct ContactProblem: Error {
        var message: String
        var hint: String
    }
}

extension FieldReader {
    /// A public e-mail address; an error when it is not one address.
    mutating func email(_ key: String) -> String? {
        guard let written = string(key) else { return nil }
        let value = written.value.trimmingCharacters(in: .whitespaces)
        if let problem = ContactRule.emailProblem(value) {
            error("\(label(key)) \(problem.message)", at: written.position, hint: problem.hint)
            return nil
        }
        return value
    }

    /// A public phone number, made half-width for `tel:`; an error when it is not one number.
    mutating func phone(_ key: String) -> String? {
        guard let written = string(key) else { return nil }
        switch ContactRule.phone(written.value.trimmingCharacters(in: .whitespaces)) {
        case .success(let number): return number
        case .failure(let problem):
            error("\(label(key)) \(problem.message)", at: written.position, hint: problem.hint)
            return nil
        }
    }
}
