import Foundation
import KohoDiagnostics

/// What site.yml's `language` must be: a BCP 47 tag whose language and region exist, written the shortest
/// way. Asks ICU (through Foundation's `Locale`) which codes exist, so `jp` (Japan's country code), `jpn`
/// (written `ja` in BCP 47), `ja-JA` and `japanese` are refused with what was meant.
enum LanguageTagRule {
    /// Why `tag` cannot be the site's language, and the tag that was probably meant; nil when it is fine
    /// or when nothing better can be said than the general rule (see ``isWellFormed(_:)``).
    struct Problem: Equatable {
        var message: Message
        var suggestion: String?
    }

    /// Letters and digits in `-`-separated subtags: a 2–3 letter language, then 1–8 letters or digits each.
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        return subtags.first.map { (2...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isLetter } } == true
            && subtags.dropFirst().allSatisfy {
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }

    /// The problem with a well-formed `tag`, or nil when its language (and region, if any) exist.
    static func problem(with tag: String) -> Problem? {
        let subtags = tag.split(separator: "-").map(String.init)
        guard let first = subtags.first?.lowercased() else { return nil }
        if !languages.contains(first) {
            if first.count == 3, let short = Locale.LanguageCode(first).identifier(.alpha2), languages.contains(short) {
                let rest = subtags.dropFirst().map { "-" + $0 }.joined()
                return Problem(
                    message: Message(.wordLanguageThreeLetters, ["written": .text(first), "short": .text(short)]),
                    suggestion: short + rest)
            }
            // A country code written for a language (`jp`, `cn`, `kr`): the language most spoken there.
            if first.count == 2, let language = likelyLanguage(ofRegion: first.uppercased()) {
                return Problem(
                    message: Message(.wordLanguageIsACountry, ["written": .text(first), "country": .text(first.uppercased())]),
                    suggestion: language)
            }
            // An unlisted three-letter code may be a rarer language ICU does not know: let it be.
            return first.count == 3
                ? nil : Problem(message: Message(.wordLanguageNotACode, ["written": .text(first)]), suggestion: nil)
        }
        for subtag in subtags.dropFirst() where subtag.count == 2 && subtag.allSatisfy(\.isLetter) {
            if !regions.contains(subtag.uppercased()) {
                let region = likelyRegion(ofLanguage: first)
                return Problem(
                    message: Message(.wordRegionNotACode, ["written": .text(subtag)]),
                    suggestion: region.map { "\(first)-\($0)" } ?? first)
            }
        }
        return nil
    }

    /// The language a person wrote by its name (`japanese`, `Japanese`, `日本語`, `english`), if any.
    static func language(named name: String) -> String? {
        let wanted = name.lowercased()
        for code in languages.sorted() where code.count == 2 {
            for reader in ["en", "ja"] {
                if Locale(identifier: reader).localizedString(forLanguageCode: code)?.lowercased() == wanted { return code }
            }
        }
        return nil
    }

    private static let languages = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))
    private static let regions = Set(Locale.Region.isoRegions.map(\.identifier))

    /// `JP` → `ja`, from CLDR's likely subtags.
    private static func likelyLanguage(ofRegion region: String) -> String? {
        guard regions.contains(region) else { return nil }
        let language = Locale.Language(identifier: "und-" + region).maximalIdentifier
        let code = language.split(separator: "-").first.map(String.init)
        return code == "und" ? nil : code
    }

    /// `ja` → `JP`, from CLDR's likely subtags.
    private static func likelyRegion(ofLanguage language: String) -> String? {
        let subtags = Locale.Language(identifier: language).maximalIdentifier.split(separator: "-" as Character)
        return subtags.first { $0.count == 2 && $0.allSatisfy(\.isUppercase) }.map(String.init)
    }
}
