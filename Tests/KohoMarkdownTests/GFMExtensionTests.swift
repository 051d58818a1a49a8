import Testing
@testable import KohoMarkdown

@Suite struct GFMExtensionTests {
    @Test func table() {
        let markdown = """
            | 課 | 電話 |
            |:---|---:|
            | 総務課 | 0187-43-1111 |
            """
        #expect(html(markdown) == """
            <table>
            <thead>
            <tr>
            <th align="left">課</th>
            <th align="right">電話</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">総務課</td>
            <td align="right">0187-43-1111</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func strikethrough() {
        #expect(html("~~休館~~ 開館") == "<p><del>休館</del> 開館</p>\n")
    }

    @Test(arguments: [
        ("https://www.city.semboku.akita.jp/", #"<a href="https://www.city.semboku.akita.jp/">https://www.city.semboku.akita.jp/</a>"#),
        ("www.example.com", #"<a href="http://www.example.com">www.example.com</a>"#),
        ("info@example.jp", #"<a href="mailto:info@example.jp">info@example.jp</a>"#),
    ])
    func autolink(markdown: String, link: String) {
        #expect(html("詳しくは \(markdown) へ") == "<p>詳しくは \(link) へ</p>\n")
    }

    @Test func tagfilterEscapesDangerousTagsWhenRawHTMLIsOn() {
        let options = MarkdownOptions(unsafeHTML: true)
        #expect(html("<script>alert(1)</script>\n", options) == "&lt;script>alert(1)&lt;/script>\n")
        #expect(html("a <iframe src=x></iframe> <em>b</em>", options)
            == "<p>a &lt;iframe src=x>&lt;/iframe> <em>b</em></p>\n")
    }

    @Test func tasklist() {
        #expect(html("- [ ] 申請\n- [x] 受付\n") == """
            <ul>
            <li><input type="checkbox" disabled="" /> 申請</li>
            <li><input type="checkbox" checked="" disabled="" /> 受付</li>
            </ul>

            """)
    }

    @Test func footnotes() {
        #expect(html("本文[^1]\n\n[^1]: 注記\n") == """
            <p>本文<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>注記 <a href="#fnref-1" class="footnote-backref" data-footnote-backref \
            aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }
}
