import KohoDiagnostics
import Testing

@testable import KohoContent

/// Dates as people write them, and the ISO form Koho suggests.
@Suite struct DateSuggestionTests {
    @Test(arguments: [
        ("2024/4/1", 3, "2024-04-01"),
        ("2024/04/01", 3, "2024-04-01"),
        ("2024.4.1", 3, "2024-04-01"),
        ("2024年4月1日", 3, "2024-04-01"),
        ("2024年 4月 1日", 3, "2024-04-01"),
        ("２０２４年４月１日", 3, "2024-04-01"),
        ("２０２４／４／１", 3, "2024-04-01"),
        ("令和6年4月1日", 3, "2024-04-01"),
        ("令和元年5月1日", 3, "2019-05-01"),
        ("平成31年4月30日", 3, "2019-04-30"),
        ("昭和64年1月7日", 3, "1989-01-07"),
        ("平成17年4月", 3, "2005-04"),
        ("2005年4月", 3, "2005-04"),
        ("2005/4", 3, "2005-04"),
        ("2005年", 3, "2005"),
        ("2024/2/30", 3, nil),
        ("2024/13/1", 3, nil),
        ("24/4/1", 3, nil),
        ("4月1日", 3, nil),
        ("来週", 3, nil),
        ("2024/4/1/2", 3, nil),
        ("2024/4/1", 2, nil),
    ] as [(String, Int, String?)])
    func suggestsTheISOForm(_ written: String, _ parts: Int, _ expected: String?) {
        #expect(DateSuggestion.suggest(written, parts: parts) == expected)
    }

    @Test(arguments: [
        ("date: 2024/4/1", "did you mean `2024-04-01`?", "`2024-04-01` のことですか？"),
        ("date: 令和6年4月1日", "did you mean `2024-04-01`?", "`2024-04-01` のことですか？"),
        ("date: ２０２４－０４－０１", "did you mean `2024-04-01`?", "`2024-04-01` のことですか？"),
        ("date: 2024年4月", "write the year, month and day with `-`, like `2024-04-01`", "年・月・日を `-` でつないで、`2024-04-01` のように書いてください"),
        ("date: そのうち", "write the year, month and day with `-`, like `2024-04-01`", "年・月・日を `-` でつないで、`2024-04-01` のように書いてください"),
    ] as [(String, String, String)])
    func aPostDateWrittenAnotherWayGetsTheISOForm(_ line: String, _ hint: String, _ japaneseHint: String) {
        let result = load(["content/posts/haru.md": "---\ntitle: 春\n\(line)\n---\n"])
        #expect(result.diagnostics.count == 1)
        // Full-width digits are named; the other forms get the general rule.
        let fullWidth = line.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) }
        #expect(result.diagnostics.first?.words.key == (fullWidth ? .dateFullWidthDigits : .dateInvalid))
        #expect(result.diagnostics.first?.hint == hint)
        #expect(result.diagnostics.first?.hint(in: .japanese) == japaneseHint)
    }

    @Test func theDateMessageInJapanese() {
        let result = load(["content/posts/haru.md": "---\ntitle: 春\ndate: 2024/4/1\n---\n"])
        #expect(
            result.diagnostics.first?.message(in: .japanese)
                == "`date` は 2024-04-01 や 2024-04-01T18:30:00+09:00 のような日付で書きます（`2024/4/1` になっています）")
    }

    @Test(arguments: ["2005", "2005-04", "2005-4", "2005-04-01", "2005-4-1"])
    func sinceTakesTheFormsDateTakes(_ since: String) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\nsince: \(since)\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        #expect(result.content?.staff.first?.since == since)
    }

    @Test(arguments: [
        ("since: 平成17年4月", "did you mean `2005-04`?"),
        ("since: 2005/4/1", "did you mean `2005-04-01`?"),
        ("since: 2005年", "did you mean `2005`?"),
        ("since: 05-04", nil),
    ] as [(String, String?)])
    func sinceWrittenAnotherWayGetsTheISOForm(_ line: String, _ hint: String?) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n\(line)\n---\n"])
        #expect(result.diagnostics.first?.hint == hint)
        #expect(
            result.diagnostics.first?.message.hasPrefix(
                "`since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01") == true)
    }
}
