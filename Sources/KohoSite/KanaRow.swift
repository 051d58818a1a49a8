import KohoSocial

/// The rows of the kana table (あ か さ た な は ま や ら わ) that a list in kana order is indexed by, and one
/// row for everything else (Latin letters, digits, kanji).
///
/// A name's row is the row of the first kana of the text it sorts by (``KanaOrder/sortedText(reading:name:)``:
/// the reading, else the name), read the way ``KanaOrder`` reads it: NFKC (half-width ｶ is カ), katakana as
/// hiragana (カ is か), voiced and small kana with their plain kana (が, ぁ, っ, ゔ with か, あ, つ, う).
/// ゐ ゑ を ん sit in the わ row. A text that starts with anything else — a letter, a digit, a kanji, a
/// space, ー — is in ``other``.
public enum KanaRow: String, Sendable, Hashable, CaseIterable {
    case a, ka, sa, ta, na, ha, ma, ya, ra, wa, other

    /// The row's kana as an index shows it (か), or nil for ``other``, which a theme names in its language.
    public var kana: String? {
        switch self {
        case .a: return "あ"
        case .ka: return "か"
        case .sa: return "さ"
        case .ta: return "た"
        case .na: return "な"
        case .ha: return "は"
        case .ma: return "ま"
        case .ya: return "や"
        case .ra: return "ら"
        case .wa: return "わ"
        case .other: return nil
        }
    }

    /// The row of a name with an optional reading.
    public static func of(reading: String?, name: String) -> KanaRow {
        let text = KanaOrder.sortedText(reading: reading, name: name)
        // The first character is enough: NFKC maps a character at a time (ｶﾞ is one character, ガ).
        guard let first = text.first, let scalar = UnicodeNormalizer.nfkc(String(first)).unicodeScalars.first
        else { return .other }
        return of(scalar)
    }

    /// The row of one kana (hiragana or katakana); ``other`` for anything else.
    static func of(_ scalar: Unicode.Scalar) -> KanaRow {
        var value = scalar.value
        // Katakana ァ (U+30A1) … ヶ (U+30F6) are hiragana ぁ (U+3041) … ゖ (U+3096) moved by 0x60.
        if (0x30A1...0x30F6).contains(value) { value -= 0x60 }
        switch value {
        case 0x3041...0x304A, 0x3094: return .a  // ぁ … お, ゔ
        case 0x304B...0x3054, 0x3095, 0x3096: return .ka  // か … ご, ゕ ゖ
        case 0x3055...0x305E: return .sa  // さ … ぞ
        case 0x305F...0x3069: return .ta  // た … ど (っ)
        case 0x306A...0x306E: return .na  // な … の
        case 0x306F...0x307D: return .ha  // は … ぽ
        case 0x307E...0x3082: return .ma  // ま … も
        case 0x3083...0x3088: return .ya  // ゃ … よ
        case 0x3089...0x308D: return .ra  // ら … ろ
        case 0x308E...0x3093, 0x30F7...0x30FA: return .wa  // ゎ … ん, ヷ ヸ ヹ ヺ
        default: return .other
        }
    }
}
