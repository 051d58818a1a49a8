import Foundation

/// The one normalisation of searched text and of queries (the index format's rule; the reader in the
/// theme's `search.js` applies the same one): NFKC, full Unicode lowercase (code point by code point), katakana → hiragana, small kana →
/// large. Voiced marks are kept: すずき and すすき stay apart.
///
/// `Tests/KohoSearchTests/Fixtures/normalization.tsv` is the shared table both sides are tested against.
public enum SearchNormalizer {
    /// `text` normalised: `ＳＵＺＵＫＩ` → `suzuki`, `スズキ` → `すずき`, `きょう` → `きよう`, `ﾊﾟｽﾎﾟｰﾄ` → `ぱすぽーと`.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII is its own NFKC form: only the case folds.
            for byte in text.utf8 {
                let folded = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                scalars.append(Unicode.Scalar(folded))
            }
            return String(scalars)
        }
        // Lowercase code point by code point (no context: a final Σ becomes σ), as the reader does.
        for scalar in nfkc(text).unicodeScalars {
            if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(fold(lower)) }
            } else {
                scalars.append(fold(scalar))
            }
        }
        return String(scalars)
    }

    /// `text` in NFKC. Foundation's compatibility mapping leaves a mark it decomposed out of a half-width
    /// letter beside its base (ﾊﾟ → ハ + U+309A); composing again gives NFKC's パ.
    static func nfkc(_ text: String) -> String {
        // Most Japanese text is kana, kanji and ASCII, which NFKC leaves as they are: skip the costly call.
        if text.unicodeScalars.allSatisfy(isOwnNFKC) { return text }
        return text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    }

    /// Whether NFKC leaves `scalar` as it is wherever it stands: no decomposition, and nothing composes
    /// with it (ASCII but for nothing, 、。々〆〇 and brackets, hiragana, katakana, ・ー, kanji, Hangul
    /// syllables). A combining mark, a full-width or half-width form, U+3000 are not.
    static func isOwnNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0x3001...0x3002, 0x3005...0x3011, 0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FE,
            0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default:
            return false
        }
    }

    /// One code point's kana folding: katakana to hiragana, small kana to large; others unchanged.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        switch value {
        case 0x30A1...0x30F6, 0x30FD, 0x30FE: value -= 0x60
        default: break
        }
        if let large = largeKana[value] { value = large }
        return Unicode.Scalar(value) ?? scalar
    }

    /// Small hiragana and their large letters: ぁぃぅぇぉ っ ゃゅょ ゎ ゕゖ.
    private static let largeKana: [UInt32: UInt32] = [
        0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A,
        0x3063: 0x3064,
        0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088,
        0x308E: 0x308F,
        0x3095: 0x304B, 0x3096: 0x3051,
    ]
}
