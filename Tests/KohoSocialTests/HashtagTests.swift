import Testing

@testable import KohoSocial

/// One normalisation for every hashtag: prefix, NFKC, twitter-text's characters, case-insensitive keys.
@Suite struct HashtagTests {
    @Test(arguments: [
        ("#桜", "桜", "桜"),
        ("＃サクラ", "サクラ", "サクラ"),
        ("♯Sakura", "Sakura", "sakura"),
        ("  #架空市 ", "架空市", "架空市"),
        ("ｈａｓｈｔａｇ１２３", "hashtag123", "hashtag123"),
        ("ﾊﾟﾋﾟﾌﾟ", "パピプ", "パピプ"),
        ("İn", "İn", "i̇n"),
        ("2024年", "2024年", "2024年"),
        ("il·lusió", "il·lusió", "il·lusió"),
        ("ශ්‍රීලංකා", "ශ්‍රීලංකා", "ශ්‍රීලංකා"),
        ("e\u{301}t\u{E9}", "\u{E9}t\u{E9}", "\u{E9}t\u{E9}"),
        // NFKC would leave the hashtag alphabet (`~`, a space): those characters stay as written.
        ("#メ～テレ", "メ～テレ", "メ～テレ"),
        ("#ﷻ", "ﷻ", "ﷻ"),
        ("ｶﾞ～ＡＢ", "ガ～AB", "ガ～ab"),
    ])
    func normalises(_ written: String, _ name: String, _ key: String) throws {
        let tag = try #require(Hashtag(written))
        #expect(tag.name == name)
        #expect(tag.key == key)
    }

    @Test(arguments: [
        ("#", "it is empty"),
        ("", "it is empty"),
        ("#2024", "a hashtag can't be only digits"),
        ("１２３", "a hashtag can't be only digits"),
        ("#_1", "a hashtag needs at least one letter"),
        ("#〃", "a hashtag needs at least one letter"),
        ("桜 まつり", "it contains a space, which a hashtag can't contain"),
        ("#a-b", "it contains `-`, which a hashtag can't contain"),
        ("##tag", "it contains `#`, which a hashtag can't contain"),
        ("#🌸", "it contains `🌸`, which a hashtag can't contain"),
        ("#a\u{200B}b", "it contains U+200B, which a hashtag can't contain"),
    ])
    func rejects(_ written: String, _ reason: String) {
        guard case .failure(let problem) = Hashtag.parse(written) else {
            Issue.record("`\(written)` was accepted")
            return
        }
        #expect(problem.reason == reason)
    }

    @Test func comparesCaseInsensitively() {
        #expect(Hashtag("#Sakura")?.key == Hashtag("sakura")?.key)
        #expect(Hashtag("#Sakura") != Hashtag("sakura"))
    }

    @Test(arguments: [
        ("今日は#桜", []),
        ("今日は #桜 と #Sakura", ["桜", "Sakura"]),
        ("#1 #a1", ["a1"]),
        ("a#b &#c", []),
        ("https://x/#frag #ok", ["ok"]),
        ("example.jp/#frag", []),
        ("#tag://x #tag#x", []),
        ("✌️#hashtag", ["hashtag"]),
    ])
    func extracts(_ text: String, _ expected: [String]) {
        #expect(HashtagExtractor.matches(in: text).map(\.text) == expected)
    }

    @Test func continuesEarlierText() {
        #expect(HashtagExtractor.matches(in: "#tag", after: "a").isEmpty)
        #expect(HashtagExtractor.matches(in: "#tag", after: " ").map(\.text) == ["tag"])
        #expect(HashtagExtractor.matches(in: "#tag", after: nil).map(\.text) == ["tag"])
    }
}
