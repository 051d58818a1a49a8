import Testing

@testable import KohoSearch

/// Hepburn romaji of readings, both spellings.
@Suite struct RomajiTests {
    @Test(arguments: [
        ("さとう", ["satou", "sato"]),
        ("おおき", ["ooki", "oki"]),
        ("おおの", ["oono", "ono"]),
        ("こうの", ["kouno", "kono"]),
        ("いとう", ["itou", "ito"]),
        ("ゆうこ", ["yuuko", "yuko"]),
        ("しんいち", ["shinichi"]),
        ("けんいち", ["kenichi"]),
        ("きょうこ", ["kyouko", "kyoko"]),
        ("はっとり", ["hattori"]),
        ("まっちゃ", ["matcha"]),
        ("ちゃ", ["cha"]),
        ("じゅん", ["jun"]),
        ("しゃ", ["sha"]),
        ("きゃ", ["kya"]),
        ("じゃ", ["ja"]),
        ("ふじ", ["fuji"]),
        ("つばさ", ["tsubasa"]),
        ("みかづき", ["mikazuki"]),
        ("ちぢみ", ["chijimi"]),
        ("すずき いちろう", ["suzuki", "ichirou", "ichiro"]),
        ("スズキ", ["suzuki"]),
        ("ｽｽﾞｷ", ["suzuki"]),
        ("ジェーン", ["jen"]),
        ("コーヒー", ["kohi"]),
        ("さいとう　けい", ["saitou", "saito", "kei"]),
        ("", []),
        ("鈴木", []),
    ])
    func spellings(reading: String, expected: [String]) {
        #expect(Romaji.spellings(of: reading) == expected)
    }

    /// A reading's romaji is found as a reading: a document with すずき is found by `suzuki` and `sato`.
    @Test func aDocumentsReadingBringsItsRomaji() {
        var document = SearchDocument(kind: .staff, url: "/staff/suzuki/", title: "佐藤 鈴木")
        document.addReading("さとう すずき")
        #expect(document.fields == [
            .init("さとう すずき", .reading), .init("satou sato suzuki", .reading),
        ])
    }
}
