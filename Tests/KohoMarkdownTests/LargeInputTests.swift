import KohoSocial
import Testing

@testable import KohoMarkdown

/// Inputs that once took seconds because each part rescanned the whole: they now answer in well under 2 s
/// (each measured in a debug build), with every part in place.
@Suite struct LargeInputTests {

    /// 50,000 links on one line took 16.5 s: each position was counted from the start of the line.
    @Test func fiftyThousandLinksOnOneLine() {
        let markdown = "前文 " + String(repeating: "[a](/b) ", count: 50_000)
        var rendered: RenderedMarkdown?
        let time = quickestTime { rendered = render(markdown, lineOffset: 4) }
        #expect(time < .seconds(2))
        #expect(rendered?.links.count == 50_000)
        // `前文 ` is three scalars; each link is eight.
        #expect(rendered?.links.last?.position == at(5, 4 + 49_999 * 8))
    }

    /// Autolinks whose text is not their source (`&amp;`) were searched for to the end of the block, and
    /// the search started over at the block's start after each.
    @Test func tenThousandAutolinksWithEntitiesOnOneLine() {
        let markdown = "x " + String(repeating: "https://example.jp/?a&amp;b ", count: 10_000) + "[last](/l)"
        var rendered: RenderedMarkdown?
        let time = quickestTime { rendered = render(markdown) }
        #expect(time < .seconds(2))
        #expect(rendered?.links.count == 10_001)
        #expect(rendered?.links.last?.position == at(1, 3 + 10_000 * 28))
    }

    /// 3,000 hashtags in 18 KB of one paragraph took 17 s: each tag's link was followed by the rest of the
    /// text, which was searched again.
    @Test func threeThousandHashtagsInOneParagraph() {
        let markdown = (0..<3_000).map { "#tag\($0) " }.joined()
        #expect(markdown.utf8.count > 18_000)
        var rendered: RenderedMarkdown?
        let time = quickestTime {
            rendered = render(markdown, MarkdownOptions(basePath: "/city/", hashtagPath: "/tags/"))
        }
        #expect(time < .seconds(2))
        #expect(rendered?.hashtags.count == 3_000)
        #expect(rendered?.links.map(\.url) == (0..<3_000).map { "/city/tags/tag\($0)/" })
        #expect(rendered?.plainText == (0..<3_000).map { "#tag\($0)" }.joined(separator: " "))
        #expect(rendered?.html.hasSuffix(#"<a href="/city/tags/tag2999/">#tag2999</a></p>"# + "\n") == true)
    }

    /// One scan per text node links what twitter-text's extractor finds in it, in order.
    @Test(arguments: [
        "#a #b, #c。#d",
        "#桜 と #sakura と＃サクラ (#x) #1 #y#z #end",
        "see https://x.jp/#frag #after and example.jp/#no #yes",
        "#a_ #_b #c-d ##e #f",
    ])
    func everyTagOfATextNodeIsLinked(_ text: String) {
        let rendered = render(text, MarkdownOptions(hashtagPath: "/tags/"))
        let expected = HashtagExtractor.matches(in: text).map {
            "/tags/" + PercentEncoding.encodePathSegment($0.hashtag.key) + "/"
        }
        #expect(rendered.links.filter { $0.url?.hasPrefix("/tags/") == true }.map(\.url) == expected)
        #expect(rendered.plainText == text)
    }
}
