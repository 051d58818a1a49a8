/// Which characters are kanji and kana, and kana in one form: the few facts about Japanese writing that
/// furigana needs.
enum JapaneseScript {
    /// Whether `scalar` is written with a reading over it: a CJK ideograph (the unified blocks, their
    /// extensions and the compatibility block), or 々 〆 〇 ヶ, which stand inside kanji words (人々, 霞ヶ関).
    static func isKanji(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3006, 0x3007, 0x30F6: true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Whether `text` has a kanji.
    static func hasKanji(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isKanji)
    }

    /// Whether `scalar` is kana (hiragana, katakana, the prolonged sound mark ー and the iteration marks).
    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FE: true
        default: false
        }
    }

    /// `text` with its katakana as hiragana (ア is あ, ヴ is ゔ); everything else as it is. Furigana are
    /// written in hiragana, as school books and municipal pages print them.
    static func hiragana(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // Katakana ァ (U+30A1) … ヶ (U+30F6) and ヽ ヾ are hiragana ぁ … ゖ and ゝ ゞ moved by 0x60.
            if (0x30A1...0x30F6).contains(scalar.value) || (0x30FD...0x30FE).contains(scalar.value),
                let moved = Unicode.Scalar(scalar.value - 0x60)
            {
                scalars.append(moved)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
