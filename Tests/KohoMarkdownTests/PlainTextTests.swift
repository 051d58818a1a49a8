import Testing
@testable import KohoMarkdown

@Suite struct PlainTextTests {
    @Test(arguments: [
        ("# 見出し\n\n本文の**強調**と`code`。", "見出し 本文の強調とcode。"),
        ("一行目\n二行目  \n三行目", "一行目 二行目 三行目"),
        ("- 一\n- 二\n\n> 引用", "一 二 引用"),
        ("[リンク](/x)と![画像](/y.png)", "リンクと画像"),
        ("a <b>raw</b> c", "a raw c"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "a b 1 2"),
        ("```\nlet x = 1\n```\n後", "let x = 1 後"),
        ("本文[^1]\n\n[^1]: 注", "本文 注"),
        ("  \n\n  ", ""),
        ("[x](javascript:alert(1)) 残る", "x 残る"),
    ])
    func plainText(markdown: String, text: String) {
        #expect(render(markdown).plainText == text)
    }
}

/// The collector against the plain rule (split on White_Space, join with one space) for every whitespace
/// code point, between ASCII, kana, a four-byte emoji and code points whose UTF-8 starts like whitespace's.
@Suite struct TextCollectorTests {
    static let whitespace = (0...0x3000).compactMap { Unicode.Scalar(UInt32($0)) }.filter(\.properties.isWhitespace)
    static let neighbours = ["a", "あ", "😀", "\u{00A9}", "\u{1681}", "\u{2010}", "\u{3001}", "\u{E000}"]

    @Test func collapsesEveryWhitespaceCodePoint() {
        #expect(Self.whitespace.count == 25)
        for space in Self.whitespace {
            for left in Self.neighbours {
                for right in Self.neighbours {
                    let text = String(space) + left + String(space) + String(space) + right + String(space)
                    var collector = TextCollector()
                    collector.append(text)
                    let expected = text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
                        .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
                    #expect(collector.text == expected, "U+\(String(space.value, radix: 16))")
                }
            }
        }
    }

    @Test func spaceBetweenPiecesIsWrittenOnlyBeforeMoreText() {
        var collector = TextCollector()
        collector.append("  見出し")
        collector.appendSpace()
        collector.append("本文 ")
        collector.appendSpace()
        #expect(collector.text == "見出し 本文")
    }
}
