import Testing

@testable import KohoSite

/// Sort keys for Japanese names: katakana sorts with hiragana, case and width are folded.
@Suite struct KanaOrderTests {
    @Test(arguments: [
        ("サトウ", "さとう"),
        ("ｻﾄｳ", "さとう"),
        ("Sato", "sato"),
        ("ＳＡＴＯ", "sato"),
        ("ヴァイオリン", "ゔぁいおりん"),
        ("ｶﾞｯｺｳ", "か\u{3099}っこう"),
        ("İstanbul", "i\u{307}stanbul"),
    ])
    func key(_ name: String, _ expected: String) {
        #expect(Array(KanaOrder.key(reading: nil, name: name).unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// A name of 400,000 characters took 13.8 s: each lowercased character was appended in time
    /// proportional to the key so far. Decomposed kana (as some file systems write them) compose in
    /// Foundation in quadratic time; they are normalized in pieces.
    @Test(arguments: ["カナかなｶﾅÅb", "か\u{3099}ハ\u{309A}e\u{301}"])
    func fourHundredThousandCharacters(_ unit: String) {
        let name = String(repeating: unit, count: 400_000 / unit.unicodeScalars.count)
        var key = ""
        let time = quickestTime { key = KanaOrder.key(reading: nil, name: name) }
        #expect(time < .seconds(2))
        let expectedUnit = KanaOrder.key(reading: nil, name: unit)
        #expect(key == String(repeating: expectedUnit, count: 400_000 / unit.unicodeScalars.count))
    }
}
