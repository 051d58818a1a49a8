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
