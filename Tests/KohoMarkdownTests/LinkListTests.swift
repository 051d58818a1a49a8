import Testing
import KohoDiagnostics
@testable import KohoMarkdown

@Suite struct LinkListTests {
    @Test func linksAndImagesInDocumentOrderWithPositions() {
        let markdown = """
            # 仙北市役所

            窓口は[総務課](/departments/soumu/)です。
            ![庁舎の写真](/images/chousha.jpg "本庁舎")
            > 詳細は <https://www.city.semboku.akita.jp/> へ
            """
        let rendered = render(markdown, MarkdownOptions.site(basePath: "/city/"), lineOffset: 5)
        #expect(rendered.links == [
            MarkdownLink(destination: "/departments/soumu/", url: "/city/departments/soumu/", isImage: false,
                text: "総務課", position: at(8, 4)),
            MarkdownLink(destination: "/images/chousha.jpg", url: "/city/images/chousha.jpg", isImage: true,
                text: "庁舎の写真", position: at(9, 1)),
            MarkdownLink(destination: "https://www.city.semboku.akita.jp/", url: "https://www.city.semboku.akita.jp/",
                isImage: false, text: "https://www.city.semboku.akita.jp/", position: at(10, 7)),
        ])
    }

    @Test(arguments: [
        ("[a](x)", at(1, 1)),
        ("日本語の[a](x)", at(1, 5)),
        ("🏯城の[a](x)", at(1, 4)),
        ("一行目\n二行目の [a](x)", at(2, 6)),
        ("- 項目\n  続き [a](x)", at(2, 6)),
        ("> 引用 **[a](x)**", at(1, 8)),
        ("| 課 | 連絡 |\n|---|---|\n| 総務 | [a](x) |", at(3, 8)),
        ("本文[^1]\n\n[^1]: 注の[a](x)", at(3, 9)),
        ("[a][r]\n\n[r]: x", at(1, 1)),
        ("一行目\r\n二行目 [a](x)", at(2, 5)),
        // Links made by the autolink extension carry no usable position of their own in cmark-gfm.
        ("詳しくは https://example.jp/ へ", at(1, 6)),
        ("詳しくは www.example.jp へ", at(1, 6)),
        ("連絡先 info@example.jp まで", at(1, 5)),
        ("`https://a.jp` と https://a.jp", at(1, 18)),
        ("https://a.jp と https://a.jp", at(1, 16)),
        ("> 引用 <https://a.jp> と", at(1, 6)),
        ("- <info@example.jp>", at(1, 3)),
    ])
    func position(markdown: String, position: SourcePosition) {
        let links = render(markdown, lineOffset: 0).links
        #expect(links.last?.position == position)
    }

    @Test func lineOffsetMovesLinesNotColumns() {
        let links = render("前\n\n日本語の[a](x)", lineOffset: 10).links
        #expect(links.map(\.position) == [at(13, 5)])
    }

    @Test func linkTextIsPlain() {
        let links = render("[**太字**と`code`\nと改行](x) ![alt *強調*](y.png)").links
        #expect(links.map(\.text) == ["太字とcode と改行", "alt 強調"])
        #expect(links.map(\.isImage) == [false, true])
    }
}
