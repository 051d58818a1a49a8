import Foundation

/// One hashtag, normalised the one way Koho uses everywhere: a leading `#`, `＃` or `♯` stripped, NFKC,
/// compared case-insensitively through ``key``.
public struct Hashtag: Sendable, Hashable {
    /// The spelling as normalised (NFKC, prefix stripped), case kept: what is displayed.
    public var name: String
    /// The case-folded form: what tags are compared and stored by.
    public var key: String

    /// Why a text is not a hashtag.
    public enum Problem: Error, Sendable, Equatable {
        case empty
        case onlyDigits
        case invalidCharacter(Character)
    }

    /// Normalises `written`, or says why it is not a hashtag.
    public static func parse(_ written: String) -> Result<Hashtag, Problem> {
        var text = written.trimmingCharacters(in: .whitespaces)
        if let first = text.unicodeScalars.first, first == "#" || first == "\u{FF03}" || first == "\u{266F}" {
            text.unicodeScalars.removeFirst()
        }
        text = text.precomposedStringWithCompatibilityMapping
        if text.isEmpty { return .failure(.empty) }
        var allDigits = true
        for character in text {
            for scalar in character.unicodeScalars where !isHashtagScalar(scalar) {
                return .failure(.invalidCharacter(character))
            }
            if !character.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }) { allDigits = false }
        }
        if allDigits { return .failure(.onlyDigits) }
        return .success(Hashtag(name: text, key: text.lowercased()))
    }

    /// Letters and marks of any script, decimal digits, `_`, and the joiners and middle dots twitter-text
    /// accepts inside a tag.
    static func isHashtagScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x5F, 0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0,
            0x30FB, 0x3003, 0x0F0B, 0x0F0C, 0x00B7:
            return true
        default:
            break
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}

extension Hashtag.Problem {
    /// The reason, for an error message.
    public var reason: String {
        switch self {
        case .empty: return "it is empty"
        case .onlyDigits: return "a hashtag can't be only digits"
        case .invalidCharacter(let c):
            let shown = c == " " ? "a space" : "`\(c)`"
            return "it contains \(shown), which a hashtag can't contain"
        }
    }
}
