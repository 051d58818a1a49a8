import KohoURL
import Testing

@testable import KohoSocial

/// Share text fitted exactly at each network's limit: the title shortened with `…` first (never inside a
/// grapheme), then the lowest-priority hashtags dropped, never the URL.
@Suite struct ShareTextFitterTests {
    static let url = "https://example.jp/city/posts/2026-04-01-sakura/"
    let fitter = ShareTextFitter()

    func xLength(_ f: FittedShare) -> Int {
        fitter.length(for: .x, title: f.title, url: Self.url, hashtags: f.hashtags) ?? -1
    }

    /// 124 kanji (248) + space + URL (23) + ` #架空市` (8) is exactly 280.
    @Test func xLongJapaneseTitleFitsExactly() {
        let title = String(repeating: "桜", count: 124)
        let fitted = fitter.fit(for: .x, title: title, url: Self.url, hashtags: ["架空市"])
        #expect(fitted == FittedShare(title: title, hashtags: ["架空市"]))
        #expect(xLength(fitted) == 280)
    }

    /// One kanji more: 123 kanji and `…` (2) make 278, with the rest 280 again.
    @Test func xOneOverShortensTheTitle() {
        let title = String(repeating: "桜", count: 125)
        let fitted = fitter.fit(for: .x, title: title, url: Self.url, hashtags: ["架空市"])
        #expect(fitted == FittedShare(title: String(repeating: "桜", count: 123) + "…", hashtags: ["架空市"]))
        #expect(xLength(fitted) == 280)
    }

    /// Latin counts 1: 248 letters + 1 + 23 + 8 = 280.
    @Test func xLatinTitle() {
        let title = String(repeating: "a", count: 248)
        #expect(fitter.fit(for: .x, title: title, url: Self.url, hashtags: ["架空市"]).title == title)
        let longer = fitter.fit(for: .x, title: title + "b", url: Self.url, hashtags: ["架空市"])
        #expect(longer.title == String(repeating: "a", count: 246) + "…")
        #expect(xLength(longer) == 280)
    }

    /// Emoji sequences count 2 each and are never split: a family is one grapheme.
    @Test func xEmojiAreNotSplit() {
        let family = "👨‍👩‍👧‍👦"
        let title = String(repeating: family, count: 130)
        let fitted = fitter.fit(for: .x, title: title, url: Self.url, hashtags: [])
        // 2k + 2 (…) + 1 + 23 ≤ 280 → k = 127.
        #expect(fitted.title == String(repeating: family, count: 127) + "…")
        #expect(xLength(fitted) == 280)
    }

    /// A combining mark stays with its letter.
    @Test func combiningMarksStayWithTheirLetter() {
        let title = String(repeating: "e\u{301}", count: 300)
        let fitted = fitter.fit(for: .x, title: title, url: Self.url, hashtags: [])
        // 254 (each `é` counts 1 once normalised) + 2 + 1 + 23 = 280.
        #expect(fitted.title == String(repeating: "e\u{301}", count: 254) + "…")
        #expect(xLength(fitted) == 280)
        #expect(Array(fitted.title.unicodeScalars.suffix(2)) == ["\u{301}", "…"])
    }

    /// With many tags, the title goes down to its floor (12 graphemes) first, then the lowest-priority tags
    /// go, each time with the longest title that fits.
    @Test func xManyTagsDropLowestPriorityFirst() {
        let title = String(repeating: "市", count: 40)
        let tags = (1...12).map { "タグ\($0)番目のハッシュタグ" }
        let fitted = fitter.fit(for: .x, title: title, url: Self.url, hashtags: tags)
        #expect(fitted.hashtags == Array(tags.prefix(9)))
        // Each of tags 1–9 is ` #タグN番目のハッシュタグ` = 25; 24 (URL) + 225 leaves 31: 14 kanji and `…`.
        #expect(fitted.title == String(repeating: "市", count: 14) + "…")
        #expect(xLength(fitted) == 279)
        let oneMore = String(repeating: "市", count: 15) + "…"
        #expect(fitter.length(for: .x, title: oneMore, url: Self.url, hashtags: fitted.hashtags) == 281)
    }

    /// Bluesky counts graphemes of `title URL #tags`, the URL in full: 300 at most.
    @Test func blueskyFitsExactly() {
        let tags = ["架空市", "Sakura"]
        // URL 48 + 2 spaces + `#架空市` 4 + ` #Sakura` 8 = 62 → the title may have 238 graphemes.
        let exact = String(repeating: "あ", count: 238)
        let fitted = fitter.fit(for: .bluesky, title: exact, url: Self.url, hashtags: tags)
        #expect(fitted == FittedShare(title: exact, hashtags: tags))
        #expect(ShareTextFitter.composedText(title: fitted.title, url: Self.url, hashtags: tags).count == 300)
        let over = fitter.fit(for: .bluesky, title: exact + "🇯🇵", url: Self.url, hashtags: tags)
        #expect(over.title == String(repeating: "あ", count: 237) + "…")
        #expect(ShareTextFitter.composedText(title: over.title, url: Self.url, hashtags: tags).count == 300)
    }

    /// Mastodon counts graphemes with each URL as 23: 500 at most.
    @Test func mastodonCountsTheURLAs23() {
        // 476 + 1 + 23 = 500.
        let title = String(repeating: "桜", count: 476)
        #expect(fitter.fit(for: .mastodon, title: title, url: Self.url, hashtags: []).title == title)
        #expect(
            fitter.fit(for: .mastodon, title: title + "桜", url: Self.url, hashtags: []).title
                == String(repeating: "桜", count: 475) + "…")
    }

    /// Threads: `title #tags` plus the URL it adds, 500 at most.
    @Test func threadsFitsExactly() {
        let title = String(repeating: "桜", count: 500 - 1 - Self.url.count)
        #expect(fitter.fit(for: .threads, title: title, url: Self.url, hashtags: []).title == title)
        #expect(fitter.fit(for: .threads, title: title + "桜", url: Self.url, hashtags: []).title.hasSuffix("…"))
    }

    /// When even the URL alone is too long, the title and tags go, never the URL.
    @Test func theURLIsNeverDropped() {
        let long = "https://example.jp/" + String(repeating: "p", count: 400)
        let fitted = fitter.fit(for: .bluesky, title: "タイトル", url: long, hashtags: ["架空市"])
        #expect(fitted == FittedShare(title: "", hashtags: []))
        let builder = ShareLinkBuilder()
        #expect(
            builder.url(for: .bluesky, title: "タイトル", permalink: long, hashtags: ["架空市"])
                == "https://bsky.app/intent/compose?text=" + PercentEncoding.encode(long))
    }

    /// Facebook and LinkedIn take only the URL; LINE and e-mail take the whole title.
    @Test func networksWithoutALimitKeepEverything() {
        let title = String(repeating: "桜", count: 1000)
        for network in [ShareNetwork.facebook, .linkedin, .line, .email, .hatena] {
            #expect(fitter.fit(for: network, title: title, url: Self.url, hashtags: ["a"]).title == title)
        }
    }
}
