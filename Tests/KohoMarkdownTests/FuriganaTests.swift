import KohoFurigana
import Testing

@testable import KohoMarkdown

/// Bodies rendered with furigana: the text's kanji get `<ruby class="furigana">`, and nothing else changes —
/// code, URLs, hashtags, images' text and the author's own rubies stay as they are, and the plain text,
/// heading ids and links' text hold the kanji only.
@Suite struct FuriganaTests {
    static func furigana(_ base: String, _ reading: String) -> String {
        "<ruby class=\"furigana\">\(base)<rp>(</rp><rt>\(reading)</rt><rp>)</rp></ruby>"
    }
    static let shiyakusho = furigana("市役所", "しやくしょ")

    static func options(names: [(name: String, reading: String)] = []) throws -> MarkdownOptions {
        var options = MarkdownOptions.site(hashtagPath: "/tags/")
        options.furigana = try FuriganaAnnotator(names: names)
        return options
    }

    static func render(_ markdown: String, names: [(name: String, reading: String)] = []) throws -> RenderedMarkdown {
        MarkdownRenderer(options: try options(names: names)).render(markdown, furigana: true)
    }

    @Test(arguments: [
        ("市役所", "<p>\(shiyakusho)</p>"),
        ("取り扱い", "<p>\(furigana("取", "と"))り\(furigana("扱", "あつか"))い</p>"),
        ("ひらがなとカタカナ", "<p>ひらがなとカタカナ</p>"),
        ("**市役所**へ", "<p><strong>\(shiyakusho)</strong>へ</p>"),
        ("# 市役所", "<h1 id=\"市役所\">\(shiyakusho)</h1>"),
        // The author's reading wins, and is a plain ruby, always shown.
        ("{市役所|しやくしょ}と市役所", "<p><ruby>市役所<rp>(</rp><rt>しやくしょ</rt><rp>)</rp></ruby>と\(shiyakusho)</p>"),
        ("{東京|とうきょう}", "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby></p>"),
        // Code, URLs and images' text are never read.
        ("`市役所`", "<p><code>市役所</code></p>"),
        ("```\n市役所\n```", "<pre><code>市役所\n</code></pre>"),
        ("![市役所](/a.png)", "<p><img src=\"/a.png\" alt=\"市役所\" /></p>"),
        ("https://example.jp/市役所", "<p><a href=\"https://example.jp/%E5%B8%82%E5%BD%B9%E6%89%80\">https://example.jp/市役所</a></p>"),
        // A link's text is read; its destination is not.
        ("[市役所](/shi/)", "<p><a href=\"/shi/\">\(shiyakusho)</a></p>"),
        // A hashtag stays whole, a link to its page, read inside the link like any link's text.
        (
            "#仙北市 の桜",
            "<p><a href=\"/tags/%E4%BB%99%E5%8C%97%E5%B8%82/\">#\(furigana("仙北", "せんぼく"))\(furigana("市", "し"))</a> の\(furigana("桜", "さくら"))</p>"
        ),
        // Special characters stay escaped.
        ("市役所 < & >", "<p>\(shiyakusho) &lt; &amp; &gt;</p>"),
    ])
    func readings(markdown: String, expected: String) throws {
        #expect(try Self.render(markdown).html == expected + "\n")
    }

    @Test func tableCellsKeepTheirKanjiWithoutReadings() throws {
        // cmark-gfm's table cells refuse inline nodes of Koho's own; a reading there would be `市役所(しやくしょ)`.
        let html = try Self.render("| 窓口 |\n| --- |\n| 市役所 |").html
        #expect(html.contains("<td>市役所</td>"))
        #expect(!html.contains("しやくしょ"))
    }

    @Test func plainTextHeadingIdsAndLinkTextHoldNoReadings() throws {
        let rendered = try Self.render("## 市役所の窓口\n\n[市役所](/shi/)へ")
        #expect(rendered.plainText == "市役所の窓口 市役所へ")
        #expect(rendered.headings.map(\.id) == ["市役所の窓口"])
        #expect(rendered.links.map(\.text) == ["市役所"])
    }

    @Test func staffNamesAreReadFromTheirReading() throws {
        let rendered = try Self.render("担当は東海林 太郎です。", names: [("東海林 太郎", "しょうじ たろう")])
        #expect(
            rendered.html
                == "<p>\(Self.furigana("担当", "たんとう"))は\(Self.furigana("東海林", "しょうじ")) \(Self.furigana("太郎", "たろう"))です。</p>\n")
    }

    @Test func withoutFuriganaNothingIsRead() throws {
        let html = MarkdownRenderer(options: try Self.options()).render("市役所").html
        #expect(html == "<p>市役所</p>\n")
        #expect(!RenderedMarkdown.hasFurigana(html))
        #expect(RenderedMarkdown.hasFurigana(try Self.render("市役所").html))
    }

    @Test func feedsGetTheTextWithoutTheReadingsFound() throws {
        let html = try Self.render("{市役所|しやくしょ}と市役所の**窓口**、<だ> & 取り扱い").html
        #expect(
            RenderedMarkdown.removingFurigana(html)
                == "<p><ruby>市役所<rp>(</rp><rt>しやくしょ</rt><rp>)</rp></ruby>と市役所の<strong>窓口</strong>、&lt;だ&gt; &amp; 取り扱い</p>\n")
        #expect(RenderedMarkdown.removingFurigana("<p>市役所</p>") == "<p>市役所</p>")
    }

    @Test func aLongTextIsReadInLinearTime() throws {
        let renderer = MarkdownRenderer(options: try Self.options())
        let line = "市役所の窓口は、午前八時半から午後五時十五分まで開いています。"
        let small = String(repeating: line, count: 200)
        let large = String(repeating: line, count: 400)
        let smallTime = quickestTime { _ = renderer.render(small, furigana: true) }
        let largeTime = quickestTime { _ = renderer.render(large, furigana: true) }
        #expect(largeTime < smallTime * 4 + .milliseconds(200))
    }
}
