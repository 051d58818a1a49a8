import Foundation
import Testing

@testable import KohoSearch

/// Tokens of normalised text, the terms of queries, shard keys and the character classes.
@Suite struct SearchTokenizerTests {
    @Test(arguments: [
        ("子育て", ["子", "子育", "子育て", "育", "育て", "て"]),
        ("子", ["子"]),
        ("passport", ["passport"]),
        ("2025年度", ["2025", "年", "年度", "度"]),
        ("鈴木 一郎", ["鈴", "鈴木", "木", "一", "一郎", "郎"]),
        ("佐々木", ["佐", "佐々", "佐々木", "々", "々木", "木"]),
        ("〆切", ["〆", "〆切", "切"]),
        ("こーひー", ["こ", "こー", "こーひ", "ー", "ーひ", "ーひー", "ひ", "ひー", "ー"]),
        ("東京、大阪", ["東", "東京", "京", "大", "大阪", "阪"]),
        ("e-mail café", ["e", "mail", "café"]),
        ("#子育て支援", ["子", "子育", "子育て", "育", "育て", "育て支", "て", "て支", "て支援", "支", "支援", "援"]),
        ("한국", ["한", "한국", "국"]),
        // A character outside the BMP (U+20BB7) keeps its 21 bits in a trigram's number.
        ("𠮷野家", ["𠮷", "𠮷野", "𠮷野家", "野", "野家", "家"]),
        ("abc子def", ["abc", "子", "def"]),
        ("", []),
        ("、。・「」", []),
    ])
    func indexTokens(text: String, expected: [String]) {
        #expect(SearchTokenizer.tokens(text) == expected)
    }

    @Test(arguments: [
        ("子育て", [SearchQueryTerm.exact("子育て")]),
        ("子育", [.exact("子育")]),
        // Three or more: trigrams every other character and the last three, each pair of neighbours in one.
        ("子育て支援課", [.exact("子育て"), .exact("て支援"), .exact("支援課")]),
        ("南区子育て", [.exact("南区子"), .exact("子育て")]),
        ("消防本部", [.exact("消防本"), .exact("防本部")]),
        ("子育て支援課長", [.exact("子育て"), .exact("て支援"), .exact("援課長")]),
        ("子", [.exact("子")]),
        ("すずき", [.exact("すずき")]),
        ("suzuki", [.prefix("suzuki")]),
        ("pass", [.prefix("pass")]),
        ("ごみの出し方", [.exact("ごみの"), .exact("の出し"), .exact("出し方")]),
        ("鈴木 pass", [.exact("鈴木"), .prefix("pass")]),
        ("子育て 子育て", [.exact("子育て")]),
        ("ままま", [.exact("ままま")]),
        ("まままま", [.exact("ままま")]),
        ("　", []),
        // A hashtag is its tag's token, as a prefix (#南区 finds #南区防災 too); the separators after it dropped.
        ("#南区防災", [.prefix("#南区防災")]),
        ("#桜まつり、 防災", [.prefix("#桜まつり"), .exact("防災")]),
        ("#kakucity", [.prefix("#kakucity")]),
        ("子育て#南区", [.exact("子育て"), .exact("南区")]),
        ("# 防災", [.exact("防災")]),
        ("#、", []),
    ])
    func queryTerms(query: String, expected: [SearchQueryTerm]) {
        #expect(SearchTokenizer.queryTerms(query) == expected)
    }

    @Test(arguments: [
        ("passport", "pa"), ("a", "a"), ("2025", "20"), ("子育", "子育"), ("子", "子"), ("café", "ca"), ("éa", "éa"),
        ("#南区防災", "#南"), ("#kakucity", "#k"), ("#", "#"),
    ])
    func shardKeys(token: String, key: String) {
        #expect(SearchTokenizer.shardKey(of: token) == Substring(key))
    }

    @Test(arguments: [
        ("子", SearchCharacterClass.cjk), ("々", .cjk), ("〆", .cjk), ("〇", .cjk), ("ー", .cjk), ("あ", .cjk),
        ("ア", .cjk), ("한", .cjk), ("𠮷", .cjk), ("a", .word), ("7", .word), ("é", .word), ("\u{301}", .word),
        ("ж", .word), ("・", .other), ("、", .other), (" ", .other), ("#", .other), ("-", .other), ("_", .other),
    ])
    func characterClasses(character: String, expected: SearchCharacterClass) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(SearchCharacterClass(scalar) == expected)
    }

    /// The table of CJK code points is ICU's script property (what the reader's `\p{Script=Han}` … asks):
    /// every code point ICU puts in those scripts is CJK here, and nothing else but 〆 and ー — apart from
    /// code points this machine's ICU, older than the table's Unicode, does not know yet.
    @Test func cjkRangesFollowTheScriptProperty() throws {
        let regex = try NSRegularExpression(
            pattern: #"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\x{3006}\x{30FC}]"#)
        var text = ""
        var scalars: [Unicode.Scalar] = []
        for value in UInt32(0x1000)...UInt32(0x33FFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            scalars.append(scalar)
            text.unicodeScalars.append(scalar)
            text.unicodeScalars.append("\n")
        }
        func matches(_ regex: NSRegularExpression) -> Set<UInt32> {
            var found = Set<UInt32>()
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(match.range, in: text), let s = text[r].unicodeScalars.first { found.insert(s.value) }
            }
            return found
        }
        let icu = matches(regex)
        let unknownToICU = matches(try NSRegularExpression(pattern: #"\p{Cn}"#))
        let ours = Set(scalars.map(\.value).filter(SearchCharacterClass.isCJK))
        #expect(icu.count > 100_000)
        #expect(icu.subtracting(ours).isEmpty, "ICU has CJK code points the table lacks")
        let extra = ours.subtracting(icu).subtracting(unknownToICU)
        #expect(extra.isEmpty, "the table has code points ICU puts in no CJK script: \(extra.sorted().prefix(10))")
    }
}
