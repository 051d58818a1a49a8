import KohoMarkdown
import KohoSocial
import Testing

@testable import KohoSite

/// Inputs that once took time quadratic in their size, built at two sizes: four times the input must take
/// well under sixteen times as long.
@Suite(.serialized) struct ScalingTests {
    static let url = "https://example.jp/city/posts/2026-04-01-sakura/"

    static let shapes: [ScalingShape] = [
        ScalingShape(name: "links on one line", start: 1_000, maximum: 1_000_000) { n in
            let markdown = String(repeating: "[a](/b) ", count: n)
            return { _ = MarkdownRenderer().render(markdown) }
        },
        ScalingShape(name: "autolinks with entities on one line", start: 1_000, maximum: 1_000_000) { n in
            let markdown = String(repeating: "https://example.jp/?a&amp;b ", count: n)
            return { _ = MarkdownRenderer().render(markdown) }
        },
        ScalingShape(name: "hashtags in one paragraph", start: 500, maximum: 500_000) { n in
            let markdown = (0..<n).map { "#tag\($0) word" }.joined(separator: " ")
            return { _ = MarkdownRenderer(options: MarkdownOptions(hashtagPath: "/tags/")).render(markdown) }
        },
        ScalingShape(name: "front-matter hashtags fitted to X", start: 250, maximum: 500_000) { n in
            let tags = (0..<n).map { "tag\($0)" }
            return { _ = ShareTextFitter().fit(for: .x, title: "Title of the post", url: url, hashtags: tags) }
        },
        ScalingShape(name: "front-matter hashtags fitted to Mastodon", start: 250, maximum: 500_000) { n in
            let tags = (0..<n).map { "tag\($0)" }
            return { _ = ShareTextFitter().fit(for: .mastodon, title: "Title of the post", url: url, hashtags: tags) }
        },
        ScalingShape(name: "front-matter hashtags fitted to Bluesky", start: 250, maximum: 500_000) { n in
            let tags = (0..<n).map { "tag\($0)" }
            return { _ = ShareTextFitter().fit(for: .bluesky, title: "Title of the post", url: url, hashtags: tags) }
        },
        ScalingShape(name: "hashtags of one body collected as tags", start: 1_000, maximum: 1_000_000) { n in
            let hashtags = (0..<n).compactMap { Hashtag("tag\($0)") }
            return {
                var collector = TagCollector(urls: SiteURLs(baseURL: "https://example.jp/"))
                _ = collector.add(hashtags)
            }
        },
        ScalingShape(name: "kana sort key of a long name", start: 5_000, maximum: 5_000_000) { n in
            let name = String(repeating: "カナかなｶﾅÅbc", count: n / 8)
            return { _ = KanaOrder.key(reading: nil, name: name) }
        },
        ScalingShape(name: "kana sort key of a long decomposed name", start: 5_000, maximum: 5_000_000) { n in
            let name = String(repeating: "か\u{3099}ハ\u{309A}e\u{301}", count: n / 6)
            return { _ = KanaOrder.key(reading: nil, name: name) }
        },
        ScalingShape(name: "combining marks to reorder in a title fitted to X", start: 500, maximum: 1_000_000) { n in
            let title = "a" + String(repeating: "\u{301}\u{316}", count: n / 2)
            return { _ = ShareTextFitter().fit(for: .x, title: title, url: url, hashtags: ["tag"]) }
        },
        ScalingShape(name: "a hashtag of combining marks in a paragraph", start: 500, maximum: 1_000_000) { n in
            let markdown = "#a" + String(repeating: "\u{301}\u{316}", count: n / 2)
            return { _ = MarkdownRenderer(options: MarkdownOptions(hashtagPath: "/tags/")).render(markdown) }
        },
        ScalingShape(name: "one long grapheme in a title fitted to X", start: 500, maximum: 1_000_000) { n in
            let title = "a" + String(repeating: "\u{301}", count: n)
            return { _ = ShareTextFitter().fit(for: .x, title: title, url: url, hashtags: ["tag"]) }
        },
        ScalingShape(name: "one long grapheme in a title fitted to Mastodon", start: 500, maximum: 1_000_000) { n in
            let title = "a" + String(repeating: "\u{301}", count: n)
            return { _ = ShareTextFitter().fit(for: .mastodon, title: title, url: url, hashtags: ["tag"]) }
        },
        ScalingShape(name: "hashtags found in one long grapheme", start: 500, maximum: 1_000_000) { n in
            let text = "#a" + String(repeating: "\u{301}", count: n) + " é" + String(repeating: "\u{301}", count: n)
            return { _ = HashtagExtractor.matches(in: text) }
        },
        // The table shapes are bounded: under the limits cmark-gfm's time grows faster than the input (at
        // most about a second), over them the text is refused after a linear scan. These sizes start over.
        ScalingShape(name: "a line of pipes under a table", start: 2_000, maximum: 1_000_000) { n in
            let markdown = "a|b\n-|-\n" + String(repeating: "|", count: n) + "\n"
            return { _ = MarkdownRenderer().render(markdown) }
        },
        ScalingShape(name: "delimiter rows in one paragraph", start: 2_000, maximum: 1_000_000) { n in
            let markdown = "x\n" + (0..<n).map { $0.isMultiple(of: 2) ? "-|-|-\n" : "-|-\n" }.joined()
            return { _ = MarkdownRenderer().render(markdown) }
        },
        ScalingShape(name: "a wide header over one-letter lines", start: 200, maximum: 1_000_000) { n in
            let markdown =
                String(repeating: "|h", count: 500) + "\n" + String(repeating: "|-", count: 500) + "\n"
                + String(repeating: "x\n", count: n)
            return { _ = MarkdownRenderer().render(markdown) }
        },
        ScalingShape(name: "a long heading", start: 1_000, maximum: 1_000_000) { n in
            let markdown = "# " + String(repeating: "見出し heading ", count: n / 4)
            return { _ = MarkdownRenderer().render(markdown) }
        },
    ]

    @Test(arguments: shapes) func fourTimesTheInputTakesLessThanEightTimesTheTime(_ shape: ScalingShape) {
        let timing = ScalingCheck.time(shape)
        print("\(shape.name): \(timing)")
        #expect(timing.isSubquadratic, "\(shape.name): \(timing)")
    }
}
