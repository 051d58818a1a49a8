import Testing

@testable import KohoFurigana

/// A number and its counter read together, with the sound changes a word-by-word reading misses.
@Suite struct CounterReadingTests {
    @Test(arguments: [
        ("一", 1), ("十", 10), ("二十四", 24), ("三百", 300), ("千八百", 1800), ("二〇二五", 2025), ("九千九百九十九", 9999),
        ("百十", 110),
    ])
    func kanjiValues(text: String, value: Int) {
        #expect(CounterReading.value(ofKanji: text) == value)
    }

    @Test(arguments: ["", "万", "十十", "一二十", "百千", "一二三四五"])
    func notANumber(text: String) {
        #expect(CounterReading.value(ofKanji: text) == nil)
    }

    @Test(arguments: [
        (1, "いち"), (4, "よん"), (10, "じゅう"), (24, "にじゅうよん"), (300, "さんびゃく"), (600, "ろっぴゃく"),
        (800, "はっぴゃく"), (3000, "さんぜん"), (8000, "はっせん"), (1800, "せんはっぴゃく"), (2025, "にせんにじゅうご"),
    ])
    func numbers(value: Int, spoken: String) {
        #expect(CounterReading.spoken(value) == spoken)
    }

    @Test(arguments: [
        (1, "回", "いっかい"), (6, "回", "ろっかい"), (8, "回", "はっかい"), (10, "回", "じゅっかい"), (3, "回", "さんかい"),
        (100, "回", "ひゃっかい"), (300, "回", "さんびゃっかい"),
        (3, "階", "さんがい"), (1, "階", "いっかい"), (1, "週間", "いっしゅうかん"), (10, "歳", "じゅっさい"),
        (18, "歳", "じゅうはっさい"), (20, "歳", "はたち"), (3, "か月", "さんかげつ"), (6, "か月", "ろっかげつ"),
        (1, "分", "いっぷん"), (2, "分", "にふん"), (3, "分", "さんぷん"), (4, "分", "よんぷん"), (5, "分", "ごふん"),
        (10, "分", "じゅっぷん"), (15, "分", "じゅうごふん"), (30, "分", "さんじゅっぷん"),
        (1, "本", "いっぽん"), (3, "本", "さんぼん"), (4, "本", "よんほん"),
        (4, "時", "よじ"), (7, "時", "しちじ"), (9, "時", "くじ"), (12, "時", "じゅうにじ"), (24, "時間", "にじゅうよじかん"),
        (4, "月", "しがつ"), (7, "月", "しちがつ"), (9, "月", "くがつ"), (11, "月", "じゅういちがつ"),
        (4, "年", "よねん"), (2025, "年", "にせんにじゅうごねん"), (4, "円", "よえん"), (300, "円", "さんびゃくえん"),
        (1, "人", "ひとり"), (2, "人", "ふたり"), (3, "人", "さんにん"), (4, "人", "よにん"),
        (2, "日", "ふつか"), (3, "日", "みっか"), (4, "日", "よっか"), (8, "日", "ようか"), (10, "日", "とおか"),
        (14, "日", "じゅうよっか"), (20, "日", "はつか"), (24, "日", "にじゅうよっか"), (15, "日", "じゅうごにち"),
        (1, "日", "いちにち"), (17, "日", "じゅうしちにち"),
    ])
    func counted(value: Int, counter: String, spoken: String) throws {
        let reading = try #require(CounterReading.reading(value, counter))
        #expect(reading.number + reading.counter == spoken)
    }

    @Test func theFirstOfAMonthIsTsuitachi() throws {
        #expect(CounterReading.reading(1, "日", afterMonth: true) == CounterReading.Reading(number: "つい", counter: "たち"))
    }

    @Test func digitsKeepTheirPlaceAndTheCounterGetsItsPart() throws {
        let annotator = try FuriganaAnnotator()
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("3日")) == "3{日|か}")
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("１人")) == "１{人|り}")
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("三日前")) == "{三日|みっか}{前|まえ}")
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("四月一日")) == "{四月|しがつ}{一日|ついたち}")
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("十分注意")) == "{十分|じゅうぶん}{注意|ちゅうい}")
        #expect(FuriganaAnnotatorTests.written(annotator.annotate("徒歩五分の場所")) == "{徒歩|とほ}{五分|ごふん}の{場所|ばしょ}")
    }
}
