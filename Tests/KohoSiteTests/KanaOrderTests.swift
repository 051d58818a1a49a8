import CICU
import Testing

@testable import KohoSite

/// Names in dictionary order: ICU's `ja` collation (kana before Latin) on readings, the name without one.
@Suite struct KanaOrderTests {
    /// Readings in no order, with the cases a code-point sort gets wrong: seion < dakuon < handakuon (は ば ぱ),
    /// small kana with large (ゃ や, っ つ), ー after a vowel, ゝ ヽ, katakana and half-width with hiragana, ヴ,
    /// ・, Latin after kana, and the ごとう/こばやし/きーす/きむら, ぎかい/きょう.
    static let readings: [String] = [
        "ごとう", "こばやし", "きーす", "きむら", "キムラ", "ぎかい", "きょう", "きょういく", "は", "ば", "ぱ", "はは",
        "はば", "はぱ", "ばは", "ぱは", "ハハ", "や", "ゃ", "きや", "きゃ", "きやく", "きゃく", "つ",
        "っ", "あつと", "あっと", "かあ", "かー", "かーど", "かあど", "カード", "すう", "すー", "すーじー", "いすず",
        "いすゞ", "いすす", "こころ", "こゝろ", "ちち", "ちゝ", "ちぢ", "たたみ", "たゝみ", "タヽミ", "う", "うぃ",
        "ヴ", "ゔぃ", "ヴィ", "ぶい", "かわい", "カワイ", "ｶﾜｲ", "じょん・すみす", "じょんすみす", "smith", "Smith", "abe",
        "Zeta", "あ", "ぁ", "ア", "ん", "ン", "いー", "いい", "ゐ", "ゑ", "を", "わ",
        "ゎ", "ヵ", "か", "が",
    ]

    /// ``readings`` as ICU 72.1 sorts them with `ja-u-kr-kana-latn-ks-level4` (ucol_getSortKey), written here
    /// as data. ICU finds only カワイ and ｶﾜｲ equal; the tiebreak (code points here) puts カワイ first.
    static let dictionaryOrder: [String] = [
        "ぁ", "あ", "ア", "あっと", "あつと", "いー", "いい", "いすす", "いすゞ", "いすず", "う", "ヴ",
        "うぃ", "ゔぃ", "ヴィ", "ヵ", "か", "が", "かー", "かあ", "かーど", "カード", "かあど", "かわい",
        "カワイ", "ｶﾜｲ", "きーす", "ぎかい", "きむら", "キムラ", "きゃ", "きや", "きゃく", "きやく", "きょう", "きょういく",
        "こゝろ", "こころ", "ごとう", "こばやし", "じょん・すみす", "じょんすみす", "すー", "すう", "すーじー", "たゝみ", "タヽミ", "たたみ",
        "ちゝ", "ちち", "ちぢ", "っ", "つ", "は", "ば", "ぱ", "はは", "ハハ", "はば", "はぱ",
        "ばは", "ぱは", "ぶい", "ゃ", "や", "ゎ", "わ", "ゐ", "ゑ", "を", "ん", "ン",
        "abe", "smith", "Smith", "Zeta",
    ]

    @Test func readingsInDictionaryOrder() {
        #expect(Self.readings.count >= 50)
        let sorted = KanaOrder.sorted(Self.readings) { KanaOrder.SortKey(reading: $0, name: $0, tiebreak: $0) }
        #expect(sorted == Self.dictionaryOrder)
    }

    /// Koho's keys order exactly as ICU compares, asked directly (`ucol_strcoll` on a collator of its own), on
    /// the table and on a thousand made-up readings of the tricky kana.
    @Test func keysOrderAsICUComparesDirectly() throws {
        var status: Int32 = 0
        let icu = try #require(koho_collator_open(Collator.japaneseLocale, &status))
        defer { koho_collator_close(icu) }
        func icuPrecedes(_ a: String, _ b: String) -> Bool {
            let (x, y) = (Array(a.utf16), Array(b.utf16))
            return x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    koho_collator_compare(icu, xs.baseAddress, Int32(xs.count), ys.baseAddress, Int32(ys.count)) < 0
                }
            }
        }
        let alphabet = Array("はばぱハバパやゃヤャつっツッかがカガヵーゝゞヽヾうゔヴあぁアァんン・aAｶﾞ")
        var generator = SplitMix64(seed: 14)
        let made = (0..<1_000).map { _ in
            String((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for readings in [Self.readings, made] {
            let unique = Array(Set(readings))
            let koho = KanaOrder.sorted(unique) { KanaOrder.SortKey(reading: $0, name: "", tiebreak: "") }
            for (a, b) in zip(koho, koho.dropFirst()) {
                #expect(!icuPrecedes(b, a), "\(a) is listed before \(b), which ICU puts first")
            }
        }
    }

    /// The directory: キース before 木村, 後藤 before 小林; a name without a reading sorts by itself
    /// through the same collator: in kana among the readings, Latin after kana, kanji after both.
    @Test func staffWithAndWithoutReadings() {
        let staff: [(name: String, reading: String?)] = [
            ("山田", nil), ("木村", "きむら"), ("Smith", nil), ("小林", "こばやし"), ("さとう", nil), ("キース", "きーす"),
            ("後藤", "ごとう"), ("Abe", nil), ("阿部", nil), ("ウィル", ""),
        ]
        let sorted = KanaOrder.sorted(staff) { KanaOrder.SortKey(reading: $0.reading, name: $0.name, tiebreak: $0.name) }
        #expect(sorted.map(\.name) == ["ウィル", "キース", "木村", "後藤", "小林", "さとう", "Abe", "Smith", "阿部", "山田"])
    }

    /// Same reading: the name decides (through the collator), then the tiebreak.
    @Test func sameReadingByNameThenTiebreak() {
        let entries = [("上田", "うえだ", "b"), ("植田", "うえだ", "a"), ("上田", "うえだ", "a")]
        let sorted = KanaOrder.sorted(entries) { KanaOrder.SortKey(reading: $0.1, name: $0.0, tiebreak: $0.2) }
        #expect(sorted.map { $0.0 + $0.2 } == ["上田a", "上田b", "植田a"])
    }

    /// A name of 400,000 characters takes linear time (ICU's sort key; no quadratic append or normalization).
    @Test(arguments: ["カナかなｶﾅÅb", "か\u{3099}ハ\u{309A}e\u{301}"])
    func fourHundredThousandCharacters(_ unit: String) {
        let name = String(repeating: unit, count: 400_000 / unit.unicodeScalars.count)
        var key: [UInt8] = []
        let time = quickestTime { key = KanaOrder.key(reading: nil, name: name) }
        #expect(time < .seconds(2))
        #expect(key.count > 400_000)
    }

    /// The empty text has a key (the shortest); hiragana and katakana differ at the fourth level, width does not.
    @Test func edgeKeys() {
        let empty = Collator.japanese.key("")
        #expect(!empty.isEmpty)
        #expect(empty.lexicographicallyPrecedes(Collator.japanese.key("あ")))
        #expect(Collator.japanese.key("カ") != Collator.japanese.key("か"))
        #expect(Collator.japanese.key("ｶ") == Collator.japanese.key("カ"))
        #expect(Collator.japanese.key("か").lexicographicallyPrecedes(Collator.japanese.key("カ")))
    }
}

/// A small seeded generator, so the made-up readings are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
