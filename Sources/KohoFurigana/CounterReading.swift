/// How a number and the counter after it are read together: 一回 いっかい, 三階 さんがい, 九時 くじ, 三日 みっか,
/// 一人 ひとり, 十分 じゅっぷん — the sound changes a dictionary that reads word by word (一 いち, 回 かい) misses.
///
/// A number written in kanji gets one reading over the number and its counter; a number written in digits
/// stays text and only the counter gets its part (`3日` is 3 and 日 か, as in みっか). Numbers up to 9,999.
enum CounterReading {
    /// The reading of a number and a counter, cut where the number's part ends.
    struct Reading: Equatable {
        var number: String
        var counter: String
    }

    /// The value of kanji numerals: `二十四` 24, `三百` 300, `千八百` 1800, `二〇二五` 2025; nil for anything
    /// else, or 10,000 and over.
    static func value(ofKanji text: String) -> Int? {
        let digits: [Character: Int] = ["〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        guard !text.isEmpty, text.allSatisfy({ digits[$0] != nil || units[$0] != nil }) else { return nil }
        if !text.contains(where: { units[$0] != nil }) {
            // Written digit by digit: 二〇二五.
            guard text.count <= 4 else { return nil }
            return text.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
        }
        var total = 0
        var pending: Int?
        var lastUnit = 10_000
        for character in text {
            if let digit = digits[character] {
                guard pending == nil else { return nil }
                pending = digit
            } else if let unit = units[character] {
                guard unit < lastUnit else { return nil }
                total += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
            }
        }
        return total + (pending ?? 0)
    }

    /// The value of digits (`30`, `３０`); nil for anything else, or 10,000 and over.
    static func value(ofDigits text: String) -> Int? {
        guard !text.isEmpty, text.count <= 4 else { return nil }
        var total = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: total = total * 10 + Int(scalar.value - 0x30)
            case 0xFF10...0xFF19: total = total * 10 + Int(scalar.value - 0xFF10)
            default: return nil
            }
        }
        return total
    }

    /// How `value` and `counter` (as written, e.g. `回`, `時間`) are read, when the counter is one whose
    /// reading changes with the number; nil otherwise. `afterMonth`: the number follows a month (四月一日), so
    /// 一日 is ついたち rather than いちにち.
    static func reading(_ value: Int, _ counter: String, afterMonth: Bool = false) -> Reading? {
        guard value > 0, value < 10_000, let rule = rules[counter] else { return nil }
        return rule(value, afterMonth)
    }

    /// A word MeCab did not cut that starts with kanji numerals and ends in a counter (`五分`, `一日`), as a
    /// number and its counter.
    static func split(_ word: String) -> (number: String, value: Int, counter: String)? {
        let numerals = word.prefix { "〇一二三四五六七八九十百千".contains($0) }
        let counter = String(word.dropFirst(numerals.count))
        guard !numerals.isEmpty, rules[counter] != nil, let value = value(ofKanji: String(numerals)) else { return nil }
        return (String(numerals), value, counter)
    }

    /// The counter a word after a number starts with, and the kana after it: `分` (`分`, ``), `分の`
    /// (`分`, `の`), as MeCab sometimes keeps a particle with the counter; nil when the word is not a counter.
    static func counter(startingWord word: String) -> (counter: String, rest: String)? {
        if rules[word] != nil { return (word, "") }
        for length in stride(from: min(word.count - 1, 3), through: 1, by: -1) {
            let counter = String(word.prefix(length))
            let rest = String(word.dropFirst(length))
            if rules[counter] != nil, rest.unicodeScalars.allSatisfy({ (0x3041...0x309F).contains($0.value) }) {
                return (counter, rest)
            }
        }
        return nil
    }

    // MARK: - Numbers

    private static let ones = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]

    /// A number read on its own: 24 にじゅうよん, 300 さんびゃく, 1800 せんはっぴゃく.
    static func spoken(_ value: Int) -> String {
        if value == 0 { return "ぜろ" }
        let thousands = value / 1000 % 10, hundreds = value / 100 % 10, tens = value / 10 % 10, one = value % 10
        var text = ""
        switch thousands {
        case 0: break
        case 1: text += "せん"
        case 3: text += "さんぜん"
        case 8: text += "はっせん"
        default: text += ones[thousands] + "せん"
        }
        switch hundreds {
        case 0: break
        case 1: text += "ひゃく"
        case 3: text += "さんびゃく"
        case 6: text += "ろっぴゃく"
        case 8: text += "はっぴゃく"
        default: text += ones[hundreds] + "ひゃく"
        }
        switch tens {
        case 0: break
        case 1: text += "じゅう"
        default: text += ones[tens] + "じゅう"
        }
        return text + ones[one]
    }

    /// The number with its last sound changed before a counter: `small` for its last digit 1–9 (nil keeps
    /// it); with `geminate`, a number ending in 十 or 百 ends in っ (じゅっ, ひゃっ, さんびゃっ).
    private static func joined(_ value: Int, small: [Int: String] = [:], geminate: Bool = false) -> String {
        let one = value % 10
        if one != 0 { return (value == one ? "" : spoken(value - one)) + (small[one] ?? ones[one]) }
        let whole = spoken(value)
        guard geminate else { return whole }
        if whole.hasSuffix("じゅう") { return whole.dropLast() + "っ" }
        if whole.hasSuffix("ゃく") { return whole.dropLast() + "っ" }
        return whole
    }

    /// A number before a counter starting with k, s, t or ch (回 かい, 週間 しゅうかん, 通 つう): 1, 6, 8, 十
    /// and 百 end in っ.
    private static func geminated(_ value: Int) -> String {
        joined(value, small: [1: "いっ", 6: "ろっ", 8: "はっ"], geminate: true)
    }

    /// A counter starting with h (本 ほん, 分 ふん): っ + p after 1, 6, 8, 10, 100; b after 3 for 本, p for 分.
    private static func labial(_ value: Int, plain: String, afterThree: String, popped: String) -> Reading {
        let number = geminated(value)
        if number.hasSuffix("っ") { return Reading(number: number, counter: popped) }
        if value % 10 == 3 { return Reading(number: number, counter: afterThree) }
        if value % 10 == 4 && plain == "ふん" { return Reading(number: number, counter: "ぷん") }
        return Reading(number: number, counter: plain)
    }

    // MARK: - Counters

    private typealias Rule = @Sendable (Int, Bool) -> Reading

    private static func geminating(_ counter: String) -> Rule {
        { value, _ in Reading(number: geminated(value), counter: counter) }
    }

    /// 時, 時間, 月, 年, 円: 4 is よ (or し for a month), 7 しち, 9 く where the counter wants it.
    private static func with(_ small: [Int: String], _ counter: String) -> Rule {
        { value, _ in Reading(number: joined(value, small: small), counter: counter) }
    }

    private static let days: [Int: Reading] = [
        2: Reading(number: "ふつ", counter: "か"), 3: Reading(number: "みっ", counter: "か"),
        4: Reading(number: "よっ", counter: "か"), 5: Reading(number: "いつ", counter: "か"),
        6: Reading(number: "むい", counter: "か"), 7: Reading(number: "なの", counter: "か"),
        8: Reading(number: "よう", counter: "か"), 9: Reading(number: "ここの", counter: "か"),
        10: Reading(number: "とお", counter: "か"), 14: Reading(number: "じゅうよっ", counter: "か"),
        20: Reading(number: "はつ", counter: "か"), 24: Reading(number: "にじゅうよっ", counter: "か"),
    ]

    private static let rules: [String: Rule] = [
        "回": geminating("かい"), "個": geminating("こ"), "週": geminating("しゅう"), "週間": geminating("しゅうかん"),
        "冊": geminating("さつ"), "件": geminating("けん"), "通": geminating("つう"),
        "才": geminating("さい"),
        "歳": { value, _ in value == 20 ? Reading(number: "はた", counter: "ち") : Reading(number: geminated(value), counter: "さい") }, "か月": geminating("かげつ"), "ヶ月": geminating("かげつ"), "カ月": geminating("かげつ"),
        "丁目": geminating("ちょうめ"), "か所": geminating("かしょ"), "カ所": geminating("かしょ"),
        "ヶ所": geminating("かしょ"), "か国": geminating("かこく"), "ヶ国": geminating("かこく"),
        "階": { value, _ in
            let number = geminated(value)
            return Reading(number: number, counter: value % 10 == 3 ? "がい" : "かい")
        },
        "分": { value, _ in labial(value, plain: "ふん", afterThree: "ぷん", popped: "ぷん") },
        "本": { value, _ in labial(value, plain: "ほん", afterThree: "ぼん", popped: "ぽん") },
        "時": with([4: "よ", 7: "しち", 9: "く"], "じ"),
        "時間": with([4: "よ", 7: "なな", 9: "く"], "じかん"),
        "月": with([4: "し", 7: "しち", 9: "く"], "がつ"),
        "年": with([4: "よ"], "ねん"),
        "年間": with([4: "よ"], "ねんかん"),
        "年度": with([4: "よ"], "ねんど"),
        "円": with([4: "よ"], "えん"),
        "人": { value, _ in
            switch value {
            case 1: Reading(number: "ひと", counter: "り")
            case 2: Reading(number: "ふた", counter: "り")
            default: Reading(number: joined(value, small: [4: "よ", 7: "しち"]), counter: "にん")
            }
        },
        "日": { value, afterMonth in
            if value == 1 { return afterMonth ? Reading(number: "つい", counter: "たち") : Reading(number: "いち", counter: "にち") }
            return days[value] ?? Reading(number: joined(value, small: [7: "しち", 9: "く"]), counter: "にち")
        },
    ]
}
