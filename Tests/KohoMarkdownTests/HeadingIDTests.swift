import Testing
@testable import KohoMarkdown

@Suite struct HeadingIDTests {
    @Test(arguments: [
        ("## 窓口のご案内", "窓口のご案内"),
        ("## Hello World", "hello-world"),
        ("## 仙北市 Semboku City 2024年", "仙北市-semboku-city-2024年"),
        ("## 「窓口」のご案内（本庁舎）・受付！？", "窓口のご案内本庁舎受付"),
        ("## 住所、電話。", "住所電話"),
        ("## Hello, World! (v2.0)", "hello-world-v20"),
        ("## foo-bar_baz", "foo-bar_baz"),
        ("## A & B", "a--b"),
        ("## `make site` *now*", "make-site-now"),
        ("## **太字**と[リンク](/x)", "太字とリンク"),
        ("## カタカナー・ひらがな々", "カタカナーひらがな々"),
        ("## Ünïcödé", "ünïcödé"),
        ("## \"引用\" & 'x'", "引用--x"),
        ("## a <span>b</span>", "a-b"),
        ("## ！？", "section"),
        ("##", "section"),
        ("Setext\n======", "setext"),
    ])
    func slug(markdown: String, id: String) {
        #expect(render(markdown).headings.map(\.id) == [id])
    }

    @Test func headingsGetIdsInTheirHTML() {
        #expect(html("# 仙北市の*窓口*\n\n### 3. 手続き\n") == """
            <h1 id="仙北市の窓口">仙北市の<em>窓口</em></h1>
            <h3 id="3-手続き">3. 手続き</h3>

            """)
    }

    @Test func anEmptyHeadingIsSection() {
        #expect(html("##\n") == "<h2 id=\"section\"></h2>\n")
    }

    @Test func duplicatesAreNumbered() {
        let rendered = render("## 概要\n\n## 概要\n\n## 概要-1\n\n## 概要\n\n## Section\n\n#\n")
        #expect(rendered.headings.map(\.id) == ["概要", "概要-1", "概要-1-1", "概要-2", "section", "section-1"])
    }

    @Test func headingsListLevelIdAndPlainText() {
        let rendered = render("# 仙北市\n\ntext\n\n## `code` と **強調**\n")
        #expect(rendered.headings == [
            MarkdownHeading(level: 1, id: "仙北市", text: "仙北市"),
            MarkdownHeading(level: 2, id: "code-と-強調", text: "code と 強調"),
        ])
    }

    @Test func headingIdsDoNotNeedRawHTML() {
        // The id is written by Koho's own custom node, which cmark prints whether or not raw HTML is on.
        #expect(html("## a <b>x</b>") == "<h2 id=\"a-x\">a <!-- raw HTML omitted -->x<!-- raw HTML omitted --></h2>\n")
        #expect(html("## a <b>x</b>", MarkdownOptions(unsafeHTML: true)) == "<h2 id=\"a-x\">a <b>x</b></h2>\n")
    }

    @Test func headingsInsideContainersGetIds() {
        #expect(html("> ## 引用\n\n- ## 項目\n") == """
            <blockquote>
            <h2 id="引用">引用</h2>
            </blockquote>
            <ul>
            <li>
            <h2 id="項目">項目</h2>
            </li>
            </ul>

            """)
    }
}
