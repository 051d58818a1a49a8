import Foundation

/// Romaji of a kana reading (Hepburn), so that `suzuki` finds すずき: every word of the reading in two
/// spellings when they differ — as typed on a keyboard (wāpuro: `satou`, `ooki`, `shinichi`) and plain
/// Hepburn without long vowels (`sato`, `oki`). し shi, ち chi, つ tsu, ふ fu, じ and ぢ ji, づ zu, っ doubles
/// the next consonant (っち → tchi), ん n, ー and anything that is not kana are dropped.
public enum Romaji {
    /// The romaji words of `reading` (kana, hiragana or katakana, words separated by spaces or anything not
    /// kana), each word's wāpuro spelling then its Hepburn one when it differs: さとう たろう →
    /// `satou`, `sato`, `tarou`, `taro`.
    public static func spellings(of reading: String) -> [String] {
        var result: [String] = []
        for word in kanaWords(reading) {
            let syllables = self.syllables(of: word)
            let wapuro = spell(syllables, longVowels: true)
            guard !wapuro.isEmpty else { continue }
            result.append(wapuro)
            let hepburn = spell(syllables, longVowels: false)
            if hepburn != wapuro { result.append(hepburn) }
        }
        return result
    }

    /// The reading's runs of kana, katakana turned to hiragana (small kana kept: they make きょ).
    static func kanaWords(_ reading: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        for scalar in SearchNormalizer.nfkc(reading).unicodeScalars {
            var value = scalar.value
            if (0x30A1...0x30F6).contains(value) { value -= 0x60 }
            if (0x3041...0x3096).contains(value) || value == 0x30FC {
                word.append(Unicode.Scalar(value) ?? scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// One sound of a reading: its romaji, or a mark (っ, ー) that changes its neighbours.
    enum Syllable: Equatable {
        case sound(String)
        case sokuon
        case long
    }

    /// The syllables of a kana word: a kana with the small ゃゅょぁぃぅぇぉ after it read as one.
    static func syllables(of word: [Unicode.Scalar]) -> [Syllable] {
        var result: [Syllable] = []
        var i = 0
        while i < word.count {
            let kana = word[i]
            if kana == "っ" {
                result.append(.sokuon)
                i += 1
                continue
            }
            if kana == "ー" {
                result.append(.long)
                i += 1
                continue
            }
            if i + 1 < word.count, let pair = digraphs[String([Character(kana), Character(word[i + 1])])] {
                result.append(.sound(pair))
                i += 2
                continue
            }
            if let single = monographs[kana] {
                result.append(.sound(single))
            }
            i += 1
        }
        return result
    }

    /// The syllables spelled out: with `longVowels`, as written kana by kana (おう → ou, おお → oo); without,
    /// a long o or u is one vowel (おう, おお → o; うう → u).
    static func spell(_ syllables: [Syllable], longVowels: Bool) -> String {
        var text = ""
        var doubleNext = false
        for syllable in syllables {
            switch syllable {
            case .long:
                continue
            case .sokuon:
                doubleNext = true
            case .sound(let sound):
                if !longVowels, sound == "u" || sound == "o", let last = text.last,
                    last == "o" && (sound == "u" || sound == "o") || last == "u" && sound == "u"
                {
                    doubleNext = false
                    continue
                }
                if doubleNext, let first = sound.first, !"aiueon".contains(first) {
                    text += sound.hasPrefix("ch") ? "t" : String(first)
                }
                doubleNext = false
                text += sound
            }
        }
        return text
    }

    /// Single kana (hiragana) and their wāpuro/Hepburn romaji.
    static let monographs: [Unicode.Scalar: String] = {
        let rows: [(String, [String])] = [
            ("あいうえお", ["a", "i", "u", "e", "o"]),
            ("かきくけこ", ["ka", "ki", "ku", "ke", "ko"]),
            ("がぎぐげご", ["ga", "gi", "gu", "ge", "go"]),
            ("さしすせそ", ["sa", "shi", "su", "se", "so"]),
            ("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]),
            ("たちつてと", ["ta", "chi", "tsu", "te", "to"]),
            ("だぢづでど", ["da", "ji", "zu", "de", "do"]),
            ("なにぬねの", ["na", "ni", "nu", "ne", "no"]),
            ("はひふへほ", ["ha", "hi", "fu", "he", "ho"]),
            ("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]),
            ("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]),
            ("まみむめも", ["ma", "mi", "mu", "me", "mo"]),
            ("やゆよ", ["ya", "yu", "yo"]),
            ("らりるれろ", ["ra", "ri", "ru", "re", "ro"]),
            ("わゐゑを", ["wa", "i", "e", "o"]),
            ("ん", ["n"]),
            ("ゔ", ["vu"]),
            // Small kana on their own (after a kana they do not join): read as their large letters.
            ("ぁぃぅぇぉゃゅょゎゕゖ", ["a", "i", "u", "e", "o", "ya", "yu", "yo", "wa", "ka", "ke"]),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (kana, romaji) in rows {
            for (scalar, sound) in zip(kana.unicodeScalars, romaji) { table[scalar] = sound }
        }
        return table
    }()

    /// A kana and a small kana read as one sound: きゃ kya, しゃ sha, ちゃ cha, じゃ ja, ふぁ fa, てぃ ti, …
    static let digraphs: [String: String] = {
        var table: [String: String] = [:]
        let yoon: [(String, String)] = [
            ("き", "ky"), ("ぎ", "gy"), ("し", "sh"), ("じ", "j"), ("ち", "ch"), ("ぢ", "j"), ("に", "ny"),
            ("ひ", "hy"), ("び", "by"), ("ぴ", "py"), ("み", "my"), ("り", "ry"),
        ]
        for (kana, onset) in yoon {
            table[kana + "ゃ"] = onset + "a"
            table[kana + "ゅ"] = onset + "u"
            table[kana + "ょ"] = onset + "o"
        }
        // Sounds written for loanwords and foreign names.
        let others: [(String, String)] = [
            ("しぇ", "she"), ("じぇ", "je"), ("ちぇ", "che"), ("ふぁ", "fa"), ("ふぃ", "fi"), ("ふぇ", "fe"),
            ("ふぉ", "fo"), ("てぃ", "ti"), ("でぃ", "di"), ("とぅ", "tu"), ("どぅ", "du"), ("うぃ", "wi"),
            ("うぇ", "we"), ("うぉ", "wo"), ("ゔぁ", "va"), ("ゔぃ", "vi"), ("ゔぇ", "ve"), ("ゔぉ", "vo"),
            ("つぁ", "tsa"), ("いぇ", "ye"), ("きぇ", "kye"),
        ]
        for (kana, sound) in others { table[kana] = sound }
        return table
    }()
}
