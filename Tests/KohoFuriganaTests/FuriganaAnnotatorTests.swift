import Testing

@testable import KohoFurigana

/// Readings over kanji only, okurigana left bare, names read as the site gives them.
@Suite struct FuriganaAnnotatorTests {
    /// The pieces written as `{base|reading}` for short expectations.
    static func written(_ pieces: [FuriganaPiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .ruby(let base, let reading): "{\(base)|\(reading)}"
            }
        }.joined()
    }

    @Test(arguments: [
        ("市役所の窓口", "{市役所|しやくしょ}の{窓口|まどぐち}"),
        ("取り扱い", "{取|と}り{扱|あつか}い"),
        ("午前8時30分から開いています。", "{午前|ごぜん}8{時|じ}30{分|ぷん}から{開|ひら}いています。"),
        ("5分", "5{分|ふん}"),
        ("4月", "4{月|がつ}"),
        ("人々の日々", "{人々|ひとびと}の{日々|ひび}"),
        ("マイナンバーカード", "マイナンバーカード"),
        ("ひらがなだけ", "ひらがなだけ"),
        ("", ""),
        ("ABC 漢字 DEF", "ABC {漢字|かんじ} DEF"),
        // Words of public notices the dictionary misreads, and 方 after a person.
        ("指定避難所", "{指定避難所|していひなんじょ}"),
        ("ごみの分別", "ごみの{分別|ぶんべつ}"),
        ("対象の方は", "{対象|たいしょう}の{方|かた}は"),
        ("しばらくの間", "しばらくの{間|あいだ}"),
    ])
    func readings(text: String, expected: String) throws {
        let annotator = try FuriganaAnnotator()
        #expect(Self.written(annotator.annotate(text)) == expected)
    }

    @Test func theAnnotatedTextIsTheTextAsWritten() throws {
        let annotator = try FuriganaAnnotator()
        let text = "住民票の写しは、マイナンバーカードを使ってコンビニでも取得できます。🌸👨‍👩‍👧 e\u{301}"
        #expect(annotator.annotate(text).map(\.written).joined() == text)
    }

    @Test func namesAreReadAsTheSiteWritesThem() throws {
        let annotator = try FuriganaAnnotator(names: [("東海林 太郎", "しょうじ たろう"), ("佐藤花子", "さとうはなこ")])
        #expect(
            Self.written(annotator.annotate("東海林太郎さんと東海林 太郎さん、東海林課長"))
                == "{東海林|しょうじ}{太郎|たろう}さんと{東海林|しょうじ} {太郎|たろう}さん、{東海林|しょうじ}{課長|かちょう}")
        #expect(Self.written(annotator.annotate("佐藤花子です")) == "{佐藤花子|さとうはなこ}です")
        // Not inside a longer run of kanji: 小鳥遊 is たかなし only where it starts a word.
        let rare = try FuriganaAnnotator(names: [("小鳥遊 ほのか", "たかなし ほのか")])
        #expect(Self.written(rare.annotate("小鳥遊です")) == "{小鳥遊|たかなし}です")
        #expect(!Self.written(rare.annotate("大小鳥遊")).contains("たかなし"))
    }

    @Test func aFamilyNameTwoStaffReadDifferentlyIsLeftToTheDictionary() throws {
        let annotator = try FuriganaAnnotator(names: [("河野 一郎", "こうの いちろう"), ("河野 次郎", "かわの じろう")])
        #expect(Self.written(annotator.annotate("河野一郎")) == "{河野|こうの}{一郎|いちろう}")
        #expect(Self.written(annotator.annotate("河野次郎")) == "{河野|かわの}{次郎|じろう}")
    }

    @Test func excludedRangesStayText() throws {
        let annotator = try FuriganaAnnotator()
        let text = "#仙北市 の桜"
        #expect(Self.written(annotator.annotate(text, excluding: [0..<4])) == "#仙北市 の{桜|さくら}")
    }
}

/// The reading of a word put over its kanji only.
@Suite struct ReadingAlignerTests {
    @Test(arguments: [
        ("取り扱い", "トリアツカイ", "{取|と}り{扱|あつか}い"),
        ("申し込み", "モウシコミ", "{申|もう}し{込|こ}み"),
        ("霞が関", "カスミガセキ", "{霞|かすみ}が{関|せき}"),
        ("市役所", "シヤクショ", "{市役所|しやくしょ}"),
        ("お問い合わせ", "オトイアワセ", "お{問|と}い{合|あ}わせ"),
        ("ヶ月", "カゲツ", "{ヶ月|かげつ}"),
        // Kana that cannot be found in the reading: the whole word gets the whole reading.
        ("読み", "ヨム", "{読み|よむ}"),
        ("かな", "カナ", "かな"),
    ])
    func aligned(surface: String, reading: String, expected: String) {
        #expect(FuriganaAnnotatorTests.written(ReadingAligner.align(surface, reading: reading)) == expected)
    }

    @Test func aLongAlternatingWordIsAlignedQuickly() {
        let surface = String(repeating: "漢あ", count: 24)
        let reading = String(repeating: "あ", count: 48)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = ReadingAligner.align(surface, reading: reading) }
        #expect(elapsed < .seconds(1))
    }
}
