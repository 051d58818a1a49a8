import Testing

@testable import KohoSite

/// The kana row of a name: the row of the first kana of its reading (or of the name, without a reading).
@Suite struct KanaRowTests {
    @Test(arguments: [
        // The first kana of each row, and the last.
        ("あべ", nil, KanaRow.a), ("おおた", nil, .a), ("かとう", nil, .ka), ("ごとう", nil, .ka),
        ("さとう", nil, .sa), ("ぞの", nil, .sa), ("たなか", nil, .ta), ("どい", nil, .ta),
        ("なかむら", nil, .na), ("のむら", nil, .na), ("はやし", nil, .ha), ("ぽんた", nil, .ha),
        ("まつもと", nil, .ma), ("もり", nil, .ma), ("やまだ", nil, .ya), ("よしだ", nil, .ya),
        ("らん", nil, .ra), ("ろくごう", nil, .ra), ("わたなべ", nil, .wa), ("をの", nil, .wa), ("んじゃめな", nil, .wa),
        // Small, voiced and semi-voiced kana go with their plain kana.
        ("ぁ", nil, .a), ("っ", nil, .ta), ("ゃ", nil, .ya), ("ゎ", nil, .wa), ("ぱく", nil, .ha), ("ゔぃ", nil, .a),
        // Katakana and half-width katakana are read as hiragana.
        ("サトウ", nil, .sa), ("ｻﾄｳ", nil, .sa), ("ｶﾞｯｺｳ", nil, .ka), ("ヴァイオリン", nil, .a), ("ヶ", nil, .ka),
        ("ヷ", nil, .wa),
        // Decomposed kana (as some file systems write them): the base kana decides.
        ("か\u{3099}", nil, .ka),
        // Everything else is one row: Latin letters, full-width letters, digits, kanji, marks.
        ("sato", nil, .other), ("Ｓａｔｏ", nil, .other), ("7ばん", nil, .other), ("佐藤", nil, .other),
        ("ー", nil, .other), (" さとう", nil, .other), ("", nil, .other),
    ] as [(String, String?, KanaRow)])
    func reading(_ reading: String, _ name: String?, _ expected: KanaRow) {
        #expect(KanaRow.of(reading: reading, name: name ?? "名前") == expected)
    }

    /// Without a reading (or with an empty one) the name is read, as for the order.
    @Test(arguments: [
        (nil, "さとう はなこ", KanaRow.sa), ("", "タナカ", .ta), (nil, "佐藤 花子", .other), (nil, "Hanako Sato", .other),
        ("やまだ", "佐藤", .ya),
    ] as [(String?, String, KanaRow)])
    func withoutReading(_ reading: String?, _ name: String, _ expected: KanaRow) {
        #expect(KanaRow.of(reading: reading, name: name) == expected)
    }

    /// The rows are in kana order: the row of a list sorted by `KanaOrder` changes only forward through
    /// あ … わ (names outside the kana table aside).
    @Test func rowsFollowTheOrder() {
        let names = ["わだ", "あべ", "ぱく", "まつ", "がもう", "よしだ", "すずき", "ののむら", "ちば", "りん", "ゐど"]
        let sorted = KanaOrder.sorted(names) { KanaOrder.SortKey(reading: $0, name: $0, tiebreak: $0) }
        let rows = sorted.map { KanaRow.of(reading: $0, name: $0) }
        #expect(rows == [.a, .ka, .sa, .ta, .na, .ha, .ma, .ya, .ra, .wa, .wa])
        #expect(KanaRow.allCases.compactMap(\.kana).joined() == "あかさたなはまやらわ")
    }
}
