import KohoContent
import KohoDiagnostics
import Testing

/// `　role: 係長`, indented with a full-width space typed with the IME on: named at the `　`, in both languages,
/// not reported as YAML's "mapping values are not allowed" elsewhere or read as a field named `　role`.
@Suite struct FullWidthSpaceTests {
    static let message = "a full-width space `　` is used for indentation"
    static let hint = "indent with half-width spaces (type them with the IME off, 直接入力)"
    static let japanese = "全角スペース「　」で字下げしています"
    static let japaneseHint = "半角スペースで字下げしてください。日本語入力をオフ（直接入力）にすると半角で打てます"

    @Test(arguments: [
        // Read by YAML as a field named `　role`.
        ("name: 佐藤\n　role: 係長", "3:1"),
        // YAML would stop a line further down, at `phone:`.
        ("name: 佐藤\ncontact:\n　email: sato@example.jp\n  phone: 0187-43-1111", "4:1"),
        // After half-width spaces: the `　` is still indentation.
        ("name: 佐藤\ncontact:\n 　email: sato@example.jp", "4:2"),
        ("name: 佐藤\ntopics:\n  - 防災\n  　- 広報", "5:3"),
        ("name: 佐藤\n　　role: 係長", "3:1"),
        // A line of nothing but a full-width space.
        ("name: 佐藤\n　\nrole: 係長", "3:1"),
        // Before the full-width colon on the same line: the first mistake is named first.
        ("　name：佐藤", "2:1"),
        // Under a block of text, a line no more indented than its field is not in the block.
        ("name: 佐藤\nparams:\n  memo: |\n  　趣味は読書", "5:3"),
    ] as [(String, String)])
    func aFullWidthSpaceInTheIndentationIsNamedWhereItIs(_ lines: String, _ place: String) {
        let result = load(["content/staff/sato.md": "---\n\(lines)\n---\n"])
        #expect(describe(result.diagnostics) == ["content/staff/sato.md:\(place): error: " + Self.message])
        #expect(result.diagnostics.map { $0.headline(in: .japanese) } == ["content/staff/sato.md:\(place): error: " + Self.japanese])
        #expect(result.diagnostics.first?.hint == Self.hint)
        #expect(result.diagnostics.first?.hint(in: .japanese) == Self.japaneseHint)
        #expect(result.diagnostics.first?.sourceLine == lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[Int(place.prefix(1))! - 2])
    }

    @Test func aFullWidthColonOnAnEarlierLineIsNamedFirst() {
        let result = load(["content/staff/sato.md": "---\nname：佐藤\n　role: 係長\n---\n"])
        #expect(
            describe(result.diagnostics) == [
                "content/staff/sato.md:2:5: error: full-width colon `：` after `name`: a field needs a half-width `:`"
            ])
    }

    @Test func inSiteYML() {
        let result = load(["site.yml": "title: 仙北市役所\n　base_url: https://example.jp/\ntimezone: Asia/Tokyo\n"])
        #expect(describe(result.diagnostics) == ["site.yml:2:1: error: " + Self.message])
        #expect(result.diagnostics.map { $0.headline(in: .japanese) } == ["site.yml:2:1: error: " + Self.japanese])
    }

    @Test func inAYAMLEntry() {
        let result = load(["content/departments/somu.yml": "name: 総務課\ncontact:\n  phone: 0187-43-1111\n　 email: somu@example.jp\n"])
        #expect(describe(result.diagnostics) == ["content/departments/somu.yml:4:1: error: " + Self.message])
    }

    @Test(arguments: [
        // A paragraph in a block of text starts with a full-width space, as Japanese text does.
        "name: 佐藤\nparams:\n  memo: |\n    　趣味は読書です。\n\n    　特技は書道です。",
        "name: 佐藤\nparams:\n  memo: >-\n    　趣味は読書です。\n    二行目",
        "name: 佐藤\nparams:\n  notes:\n    - |\n      　一つ目\n    - 二つ目",
        "name: 佐藤\nparams:\n  memo: |  # 自己紹介\n    　趣味は読書です。",
        // Inside a value, or a comment, it is text.
        "name: 佐藤　花子\nrole: 係長　兼　主任",
        "name: 佐藤\n#　メモ\n  #　字下げしたメモ",
        "name: \"　佐藤\"",
    ])
    func aFullWidthSpaceThatIsTextIsLeftAlone(_ lines: String) {
        let result = load(["content/staff/sato.md": "---\n\(lines)\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
    }

    @Test func theBodyIsNotFrontMatter() {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n---\n　本文の段落です。\n"])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
    }
}
