import Testing

@testable import KohoContent

/// `name：佐藤`, typed with the IME on: named at the `：`, not reported on another line or read as text.
@Suite struct FullWidthColonTests {
    @Test(arguments: [
        ("name：佐藤", "content/staff/sato.md:2:5: error: full-width colon `：` after `name`: a field needs a half-width `:`",
         "write `name: 佐藤`: type `:` in half-width (直接入力) mode, with a space after it",
         "content/staff/sato.md:2:5: error: `name` の後が全角のコロン「：」になっています。項目には半角の `:` が必要です",
         "`name: 佐藤` と書いてください。`:` は半角（直接入力）で打ち、後ろに半角スペースを入れます"),
        ("name: 佐藤\nrole：係長", "content/staff/sato.md:3:5: error: full-width colon `：` after `role`: a field needs a half-width `:`",
         "write `role: 係長`: type `:` in half-width (直接入力) mode, with a space after it",
         "content/staff/sato.md:3:5: error: `role` の後が全角のコロン「：」になっています。項目には半角の `:` が必要です",
         "`role: 係長` と書いてください。`:` は半角（直接入力）で打ち、後ろに半角スペースを入れます"),
        ("name: 佐藤\ndepartment ： koho", "content/staff/sato.md:3:12: error: full-width colon `：` after `department`: a field needs a half-width `:`",
         "write `department: koho`: type `:` in half-width (直接入力) mode, with a space after it",
         "content/staff/sato.md:3:12: error: `department` の後が全角のコロン「：」になっています。項目には半角の `:` が必要です",
         "`department: koho` と書いてください。`:` は半角（直接入力）で打ち、後ろに半角スペースを入れます"),
        ("name: 佐藤\nhashtags：", "content/staff/sato.md:3:9: error: full-width colon `：` after `hashtags`: a field needs a half-width `:`",
         "write `hashtags: …`: type `:` in half-width (直接入力) mode, with a space after it",
         "content/staff/sato.md:3:9: error: `hashtags` の後が全角のコロン「：」になっています。項目には半角の `:` が必要です",
         "`hashtags: …` と書いてください。`:` は半角（直接入力）で打ち、後ろに半角スペースを入れます"),
    ] as [(String, String, String, String, String)])
    func aFullWidthColonIsNamedWhereItIs(_ lines: String, _ message: String, _ hint: String, _ japanese: String, _ japaneseHint: String) {
        let result = load(["content/staff/sato.md": "---\n\(lines)\n---\n"])
        #expect(describe(result.diagnostics) == [message])
        #expect(result.diagnostics.first?.hint == hint)
        #expect(result.diagnostics.map { $0.headline(in: .japanese) } == [japanese])
        #expect(result.diagnostics.first?.hint(in: .japanese) == japaneseHint)
    }

    @Test(arguments: [
        "name: 佐藤\nrole: 係長（防災：兼務）",
        "name: 佐藤\ntopics:\n  - 趣味：読書",
        "name: 佐藤\nparams:\n  memo: |\n    趣味：読書\n    特技：書道",
        "name: 佐藤\n# メモ：あとで直す",
        "name: \"佐藤：花子\"",
    ])
    func aFullWidthColonInsideAValueIsText(_ lines: String) {
        let result = load(["content/staff/sato.md": "---\n\(lines)\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
    }
}
