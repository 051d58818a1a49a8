/// twitter-text's character classes for hashtags (`Regex.java`: `HASHTAG_LETTERS`, `HASHTAG_NUMERALS`,
/// `HASHTAG_SPECIAL_CHARS`), over Unicode scalars so that no regular expression runs over long bodies.
enum HashtagCharacters {
    /// `#` or `＃` (U+FF03): what starts a hashtag in text.
    @inline(__always)
    static func isPrefix(_ s: Unicode.Scalar) -> Bool { s == "#" || s == "\u{FF03}" }

    /// `\p{L}\p{M}`: letters and marks of any script.
    static func isLetterOrMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Letters, marks, decimal digits, `_` and the joiners and marks twitter-text allows inside a tag:
    /// ZWNJ, ZWJ, U+A67E, Hebrew maqaf and geresh/gershayim, fullwidth tilde, wave dash, Japanese sound
    /// marks, ゠, ・, 〃, Tibetan tsheg and the middle dot.
    static func isTagCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x5F
        }
        switch v {
        case 0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0, 0x30FB, 0x3003,
            0x0F0B, 0x0F0C, 0x00B7:
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
