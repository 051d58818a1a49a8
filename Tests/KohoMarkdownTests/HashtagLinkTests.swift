import KohoSocial
import Testing

@testable import KohoMarkdown

/// Hashtags in bodies become links to their tag pages, by twitter-text's boundaries, never inside code,
/// links, URLs or raw HTML.
@Suite struct HashtagLinkTests {
    static let options = MarkdownOptions.site(basePath: "/city/", hashtagPath: "/tags/")

    @Test(arguments: [
        ("#桜 が咲きました", #"<p><a href="/city/tags/%E6%A1%9C/">#桜</a> が咲きました</p>"#),
        ("今日は＃サクラ。", #"<p>今日は＃サクラ。</p>"#),
        ("今日は ＃サクラ。", #"<p>今日は <a href="/city/tags/%E3%82%B5%E3%82%AF%E3%83%A9/">＃サクラ</a>。</p>"#),
        (
            "#Sakura and #sakura",
            #"<p><a href="/city/tags/sakura/">#Sakura</a> and <a href="/city/tags/sakura/">#sakura</a></p>"#
        ),
        ("#1 and #2024", "<p>#1 and #2024</p>"),
        ("a#b", "<p>a#b</p>"),
        ("&#tag", "<p>&amp;#tag</p>"),
        ("#a#b", "<p>#a#b</p>"),
        ("#http://example.jp", #"<p>#<a href="http://example.jp">http://example.jp</a></p>"#),
        ("see https://x/#frag", #"<p>see <a href="https://x/#frag">https://x/#frag</a></p>"#),
        ("see example.jp/#frag", "<p>see example.jp/#frag</p>"),
        ("see ftp+x://host/#frag ok", "<p>see ftp+x://host/#frag ok</p>"),
        ("`#code` #tag", #"<p><code>#code</code> <a href="/city/tags/tag/">#tag</a></p>"#),
        ("[#linked](/x/) #free", #"<p><a href="/city/x/">#linked</a> <a href="/city/tags/free/">#free</a></p>"#),
        ("![#alt](/a.png)", ##"<p><img src="/city/a.png" alt="#alt" /></p>"##),
        ("**bold**#tag", "<p><strong>bold</strong>#tag</p>"),
        ("**bold** #tag", #"<p><strong>bold</strong> <a href="/city/tags/tag/">#tag</a></p>"#),
        ("*#emph*", #"<p><em><a href="/city/tags/emph/">#emph</a></em></p>"#),
        ("line\n#next", "<p>line\n<a href=\"/city/tags/next/\">#next</a></p>"),
        ("    #indented code", "<pre><code>#indented code\n</code></pre>"),
        ("# Heading #tag", #"<h1 id="heading-tag">Heading <a href="/city/tags/tag/">#tag</a></h1>"#),
        (
            "| a |\n| - |\n| #cell |",
            "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><a href=\"/city/tags/cell/\">#cell</a></td>\n</tr>\n</tbody>\n</table>"
        ),
        (
            "#日本語ハッシュタグ。",
            #"<p><a href="/city/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E%E3%83%8F%E3%83%83%E3%82%B7%E3%83%A5%E3%82%BF%E3%82%B0/">#日本語ハッシュタグ</a>。</p>"#
        ),
        ("#a_b_ done", #"<p><a href="/city/tags/a_b_/">#a_b_</a> done</p>"#),
        ("(#tag)", #"<p>(<a href="/city/tags/tag/">#tag</a>)</p>"#),
    ])
    func links(_ markdown: String, _ expected: String) {
        #expect(html(markdown, Self.options).trimmingSuffixNewline == expected)
    }

    @Test func rawHTMLIsLeftAlone() {
        let options = MarkdownOptions.site(hashtagPath: "/tags/", unsafeHTML: true)
        #expect(
            html(##"<span title="#x">#inside</span>"##, options).trimmingSuffixNewline
                == ##"<p><span title="#x"><a href="/tags/inside/">#inside</a></span></p>"##)
        #expect(html("<div>\n#block\n</div>", options).trimmingSuffixNewline == "<div>\n#block\n</div>")
    }

    @Test func tagsAreReportedOnceInOrder() {
        let rendered = render("#Sakura #桜\n\nmore #sakura ＃ｓａｋｕｒａ #祭り", Self.options)
        #expect(rendered.hashtags.map(\.name) == ["Sakura", "桜", "祭り"])
        #expect(rendered.plainText == "#Sakura #桜 more #sakura ＃ｓａｋｕｒａ #祭り")
    }

    @Test func tagLinksAreListedWithPositions() {
        let rendered = render("text\n\nsee #桜 now", Self.options, lineOffset: 3)
        #expect(rendered.links.map(\.url) == ["/city/tags/%E6%A1%9C/"])
        #expect(rendered.links.map(\.position) == [at(6, 5)])
    }

    @Test func offByDefault() {
        #expect(html("#tag").trimmingSuffixNewline == "<p>#tag</p>")
        #expect(render("#tag").hashtags.isEmpty)
    }
}

extension String {
    fileprivate var trimmingSuffixNewline: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
