import Testing
@testable import KohoMarkdown

@Suite struct RawHTMLTests {
    @Test func blockHTMLIsOmittedByDefault() {
        #expect(html("<div class=\"note\">注意</div>\n\n本文") == "<!-- raw HTML omitted -->\n<p>本文</p>\n")
    }

    @Test func inlineHTMLIsOmittedByDefault() {
        #expect(html("a <b onclick=\"x()\">b</b> c") == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> c</p>\n")
    }

    @Test func rawHTMLPassesWhenTheSiteTurnsItOn() {
        let options = MarkdownOptions(unsafeHTML: true)
        #expect(html("<div class=\"note\">注意</div>\n\n本文", options) == "<div class=\"note\">注意</div>\n<p>本文</p>\n")
        #expect(html("a <b>b</b> c", options) == "<p>a <b>b</b> c</p>\n")
    }

    @Test func codeIsEscapedEitherWay() {
        for options in [MarkdownOptions(), MarkdownOptions(unsafeHTML: true)] {
            #expect(html("`<b>`", options) == "<p><code>&lt;b&gt;</code></p>\n")
        }
    }
}
