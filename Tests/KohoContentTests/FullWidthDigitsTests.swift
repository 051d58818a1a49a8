import KohoDiagnostics
import Testing

@testable import KohoContent

/// `order: ３`, a number typed with the IME on: named by its characters, with the half-width number to write.
@Suite struct FullWidthDigitsTests {
    @Test(arguments: [
        ("order", "３", "`３` is written in full-width digits",
         "write it in half-width digits (with the IME off, 直接入力): `order: 3`",
         "全角の数字「３」で書かれています",
         "半角の数字で `order: 3` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
        ("paginate", "１０", "`１０` is written in full-width digits",
         "write it in half-width digits (with the IME off, 直接入力): `paginate: 10`",
         "全角の数字「１０」で書かれています",
         "半角の数字で `paginate: 10` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
        ("order", "－５", "`－５` is written in full-width digits",
         "write it in half-width digits (with the IME off, 直接入力): `order: -5`",
         "全角の数字「－５」で書かれています",
         "半角の数字で `order: -5` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
        ("order", "1２", "`1２` is written in full-width digits",
         "write it in half-width digits (with the IME off, 直接入力): `order: 12`",
         "全角の数字「1２」で書かれています",
         "半角の数字で `order: 12` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
    ] as [(String, String, String, String, String, String)])
    func fullWidthDigitsAreNamed(
        key: String, text: String, message: String, hint: String, japanese: String, japaneseHint: String
    ) throws {
        let problem = try #require(FullWidthDigits.problem(key: key, text: text))
        #expect(problem.message.text(in: .english) == message)
        #expect(problem.hint.text(in: .english) == hint)
        #expect(problem.message.text(in: .japanese) == japanese)
        #expect(problem.hint.text(in: .japanese) == japaneseHint)
    }

    @Test(arguments: ["3", "-3", "三", "３．５", "３a", "", "－", "abc", "３ ４"])
    func otherTextIsNotThatMistake(_ text: String) {
        #expect(FullWidthDigits.problem(key: "order", text: text) == nil)
    }
}
