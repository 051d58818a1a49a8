import Foundation
import Testing

@testable import KohoSocial

/// Inputs that once took seconds: each now answers in well under 2 s (measured in a debug build), with
/// exactly the result it had.
@Suite struct LargeInputTests {
    static let url = "https://example.jp/city/posts/2026-04-01-sakura/"
    static let fittedNetworks: [ShareNetwork] = [.x, .bluesky, .mastodon, .threads]

    static func limit(_ network: ShareNetwork) -> Int {
        switch network.limit {
        case .weighted(let n), .graphemes(let n), .graphemesWithLinksAs23(let n): return n
        case .urlOnly, .unlimited: return .max
        }
    }

    /// 2,000 front-matter hashtags took 10–12 s: tags were dropped one at a time, the whole text measured
    /// each time.
    @Test(arguments: fittedNetworks) func twoThousandHashtags(_ network: ShareNetwork) {
        let tags = (0..<2_000).map { "タグ\($0)" }
        var fitted: FittedShare?
        let time = quickestTime {
            fitted = ShareTextFitter().fit(for: network, title: "桜まつりのお知らせ", url: Self.url, hashtags: tags)
        }
        #expect(time < .seconds(2))
        #expect(fitted?.title == "桜まつりのお知らせ")
        #expect(fitted.map { tags.starts(with: $0.hashtags) } == true)
        let kept = fitted?.hashtags.count ?? 0
        let length = { (count: Int) in
            ShareTextFitter().length(for: network, title: "桜まつりのお知らせ", url: Self.url, hashtags: Array(tags[..<count]))
        }
        // As many as fit: one more would not.
        #expect(kept > 0)
        #expect((length(kept) ?? 0) <= Self.limit(network) && (length(kept + 1) ?? 0) > Self.limit(network))
    }

    /// Binary search over the hashtags kept gives what dropping them one by one gave, for titles and tags
    /// of every kind around each network's limit.
    @Test(arguments: fittedNetworks) func sameResultAsDroppingOneByOne(_ network: ShareNetwork) {
        var generator = SplitMix(seed: 10)
        let pieces = ["桜", "a", "é", "👨‍👩‍👧‍👦", " ", "https://example.jp/x", "ｶﾅ", "e\u{301}", "#"]
        for _ in 0..<150 {
            let title = (0..<generator.next(upTo: 200)).map { _ in pieces[generator.next(upTo: pieces.count)] }.joined()
            let tags = (0..<generator.next(upTo: 60)).map { index in
                String(
                    repeating: ["祭り", "Sakura", "x", "tag_\(index)"][generator.next(upTo: 4)],
                    count: 1 + generator.next(upTo: 5))
            }
            let expected = LegacyFitter.fit(for: network, title: title, url: Self.url, hashtags: tags)
            #expect(ShareTextFitter().fit(for: network, title: title, url: Self.url, hashtags: tags) == expected)
        }
    }

    /// A title of one grapheme of 32,000 combining marks took 8.7 s: the URL finder scanned the run again
    /// from every mark.
    @Test(arguments: fittedNetworks) func oneLongGraphemeInATitle(_ network: ShareNetwork) {
        let title = "a" + String(repeating: "\u{301}", count: 32_000)
        var fitted: FittedShare?
        let time = quickestTime {
            fitted = ShareTextFitter().fit(for: network, title: title, url: Self.url, hashtags: ["桜"])
        }
        #expect(time < .seconds(2))
        // One grapheme cannot be shortened: it fits whole (as one character), or only `…` is left, and then
        // without the hashtag.
        #expect(fitted == FittedShare(title: network == .x ? "…" : title, hashtags: network == .x ? [] : ["桜"]))
        #expect(fitted == LegacyFitter.fit(for: network, title: title, url: Self.url, hashtags: ["桜"]))
    }

    /// The same grapheme, weighed: every mark counts 1 after NFC (`a` + U+0301 compose to `á`).
    @Test func weighingOneLongGrapheme() {
        let title = "a" + String(repeating: "\u{301}", count: 32_000)
        var length: TweetLength?
        let time = quickestTime { length = TweetWeighting.v3.measure(title) }
        #expect(time < .seconds(2))
        #expect(length?.weightedLength == 32_000)
        #expect(TweetURLFinder.ranges(in: Array(title.unicodeScalars)) == [])
    }

    /// Long runs of accented letters, which may come before a URL: the URLs next to them are found, fast.
    @Test(arguments: [
        (
            String(repeating: "é", count: 20_000) + " example.jp " + String(repeating: "é", count: 20_000)
                + "https://a.jp/x", ["example.jp", "https://a.jp/x"]
        ),
        // One label of 20,002 letters: too long to be a host.
        (String(repeating: "éa", count: 10_000) + ".jp", []),
        (String(repeating: "é-", count: 10_000) + "b.jp x.jp", ["x.jp"]),
    ])
    func urlsNextToLongRuns(_ text: String, _ urls: [String]) {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        let time = quickestTime { ranges = TweetURLFinder.ranges(in: scalars) }
        #expect(time < .seconds(2))
        #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == urls)
    }
}

/// The fitter as it was before the number of hashtags was binary-searched: the reference it must equal.
enum LegacyFitter {
    static func fit(for network: ShareNetwork, title: String, url: String, hashtags: [String]) -> FittedShare {
        let fitter = ShareTextFitter()
        let limit: Int
        switch network.limit {
        case .urlOnly, .unlimited: return FittedShare(title: title, hashtags: hashtags)
        case .weighted(let n), .graphemes(let n), .graphemesWithLinksAs23(let n): limit = n
        }
        let fits = { (title: String, tags: [String]) in
            (fitter.length(for: network, title: title, url: url, hashtags: tags) ?? 0) <= limit
        }
        let graphemes = Array(title)
        func shortened(_ count: Int) -> String {
            if count >= graphemes.count { return title }
            var kept = graphemes[..<count]
            while let last = kept.last, last.isWhitespace { kept = kept.dropLast() }
            return String(kept) + "…"
        }
        func longest(from lowest: Int, tags: [String]) -> String? {
            if fits(title, tags) { return title }
            guard lowest < graphemes.count, fits(shortened(lowest), tags) else { return nil }
            var low = lowest
            var high = graphemes.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if fits(shortened(middle), tags) { low = middle } else { high = middle - 1 }
            }
            return shortened(low)
        }
        var tags = hashtags
        let floor = min(fitter.minimumTitleLength, graphemes.count)
        while true {
            if let fitted = longest(from: floor, tags: tags) { return FittedShare(title: fitted, hashtags: tags) }
            if tags.isEmpty { break }
            tags.removeLast()
        }
        if let fitted = longest(from: 0, tags: []) { return FittedShare(title: fitted, hashtags: []) }
        return FittedShare(title: "", hashtags: [])
    }
}

/// A small seeded generator, so the comparison covers the same cases on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
