import Foundation
import KohoDiagnostics

/// One hashtag, normalised the one way Koho uses everywhere (front matter, Markdown bodies, tag pages,
/// feeds, share links): a leading `#`, `＃` (U+FF03) or `♯` (U+266F) stripped, NFKC, and accepted only when
/// twitter-text would accept it as a hashtag. Tags compare case-insensitively through ``key``.
///
/// NFKC applies one character at a time where the whole text's would leave the hashtag alphabet: a
/// character whose compatibility form is not made of hashtag characters (`～` → `~`, `ﷻ` → three words)
/// is kept as written, so a tag twitter-text finds in a body (`#メ～テレ`) normalises to a name that is
/// itself a tag, and front matter accepts what a body links.
public struct Hashtag: Sendable, Hashable {
    /// The spelling as normalised (NFKC, prefix stripped), case kept: what is displayed.
    public var name: String
    /// The case-folded form: what tags are compared and stored by, and the tag page's folder name.
    public var key: String

    /// A hashtag whose `name` is already normalised; use ``parse(_:)`` for text as written.
    init(normalized name: String) {
        self.name = name
        self.key = Hashtag.key(for: name)
    }

    /// The case-folded form of a normalised name.
    public static func key(for name: String) -> String { name.lowercased() }

    /// Why a text is not a hashtag.
    public enum Problem: Error, Sendable, Equatable {
        /// Nothing but the `#` (or nothing at all).
        case empty
        /// Digits only (`#2024`): twitter-text wants at least one letter or mark.
        case onlyDigits
        /// Digits, `_` and joiners without a letter or mark (`#_1`, `#〃`).
        case noLetter
        /// A character no hashtag may contain (a space, punctuation, a symbol).
        case invalidCharacter(Character)
        /// Longer than ``Hashtag/maximumBytes``: its tag page's folder name could not be written.
        case tooLong(bytes: Int)
    }

    /// The longest hashtag, in UTF-8 bytes of its ``key``: the key names the tag page's folder, and file
    /// systems hold names of at most 255 bytes (85 kanji).
    public static let maximumBytes = 255

    /// Normalises `written`, or says why it is not a hashtag.
    ///
    /// Surrounding spaces are ignored; one leading `#`, `＃` or `♯` is stripped; the rest is NFKC-normalised
    /// and must be twitter-text hashtag characters (letters and marks of any script, decimal digits, `_`,
    /// and the joiners and marks twitter-text allows) with at least one letter or mark.
    public static func parse(_ written: String) -> Result<Hashtag, Problem> {
        var text = Substring(written)
        while let first = text.unicodeScalars.first, first.properties.isWhitespace { text = text.dropFirst() }
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text = text.dropLast() }
        if let first = text.unicodeScalars.first, HashtagCharacters.isPrefix(first) || first == "\u{266F}" {
            text = Substring(text.unicodeScalars.dropFirst())
        }
        if text.isEmpty { return .failure(.empty) }
        let normalized: String
        switch normalize(text) {
        case .success(let name): normalized = name
        case .failure(let problem): return .failure(problem)
        }
        let hasLetter = normalized.unicodeScalars.contains(where: HashtagCharacters.isLetterOrMark)
        if !hasLetter {
            let digitsOnly = normalized.unicodeScalars.allSatisfy { $0.properties.generalCategory == .decimalNumber }
            return .failure(digitsOnly ? .onlyDigits : .noLetter)
        }
        let tag = Hashtag(normalized: normalized)
        if tag.key.utf8.count > maximumBytes { return .failure(.tooLong(bytes: tag.key.utf8.count)) }
        return .success(tag)
    }

    /// `text` in NFKC, except that a character whose compatibility form is not made of hashtag characters is
    /// kept as written; fails on the first character that is a hashtag character neither way.
    static func normalize(_ text: Substring) -> Result<String, Problem> {
        let whole = UnicodeNormalizer.nfkc(String(text))
        if whole.unicodeScalars.allSatisfy(HashtagCharacters.isTagCharacter) { return .success(whole) }
        var name = ""
        for character in text {
            let compatible = UnicodeNormalizer.nfkc(String(character))
            if compatible.unicodeScalars.allSatisfy(HashtagCharacters.isTagCharacter) {
                name += compatible
            } else if character.unicodeScalars.allSatisfy(HashtagCharacters.isTagCharacter) {
                name.append(character)
            } else {
                return .failure(.invalidCharacter(character))
            }
        }
        return .success(name)
    }

    /// The hashtag `written` stands for, or nil when it is not one.
    public init?(_ written: String) {
        guard case .success(let tag) = Hashtag.parse(written) else { return nil }
        self = tag
    }
}

extension Hashtag.Problem {
    /// The reason, for an error message (`invalid hashtag `#2024`: <reason>`).
    public var reason: String {
        switch self {
        case .empty: return "it is empty"
        case .onlyDigits: return "a hashtag can't be only digits"
        case .noLetter: return "a hashtag needs at least one letter"
        case .tooLong(let bytes):
            return "it is \(bytes) bytes long; a hashtag may be at most \(Hashtag.maximumBytes) bytes (85 kanji)"
        case .invalidCharacter(let c):
            let shown: String
            if c.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
                shown = "a space"
            } else if c.unicodeScalars.allSatisfy({
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }) {
                shown = c.unicodeScalars.map(TerminalText.codePoint).joined(separator: " ")
            } else {
                shown = "`\(c)`"
            }
            return "it contains \(shown), which a hashtag can't contain"
        }
    }
}
