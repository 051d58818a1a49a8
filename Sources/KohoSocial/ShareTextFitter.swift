/// A title and hashtags cut to fit one network's limit.
public struct FittedShare: Sendable, Hashable {
    /// The title, whole or shortened with `…`.
    public var title: String
    /// The hashtags kept (names without `#`), highest priority first.
    public var hashtags: [String]

    public init(title: String, hashtags: [String]) {
        self.title = title
        self.hashtags = hashtags
    }
}

/// Fits a title, a URL and hashtags into a network's limit, giving up the least important first.
///
/// Order of sacrifice: the title is shortened with `…` (never inside a grapheme) down to
/// ``minimumTitleLength`` graphemes; then the lowest-priority hashtags are dropped one by one, each time
/// with the longest title that fits; then the title is shortened further, down to nothing. The URL is never
/// touched.
public struct ShareTextFitter: Sendable {
    /// The shortest the title becomes before hashtags are dropped, in graphemes.
    public var minimumTitleLength: Int
    /// The weighting used for X.
    public var weighting: TweetWeighting

    public init(minimumTitleLength: Int = 12, weighting: TweetWeighting = .v3) {
        self.minimumTitleLength = minimumTitleLength
        self.weighting = weighting
    }

    /// The text a network posts, in Koho's order: title, URL, then `#tags`, joined by single spaces.
    public static func composedText(title: String, url: String?, hashtags: [String]) -> String {
        var parts: [String] = []
        if !title.isEmpty { parts.append(title) }
        if let url { parts.append(url) }
        parts += hashtags.map { "#" + $0 }
        return parts.joined(separator: " ")
    }

    /// The length of a share of `title`, `url` and `hashtags` as `network` counts it; nil when it has no
    /// limit.
    public func length(for network: ShareNetwork, title: String, url: String, hashtags: [String]) -> Int? {
        switch network.limit {
        case .urlOnly, .unlimited:
            return nil
        case .weighted:
            // X posts `text URL #a #b`: the URL is a t.co link (23) whatever it is, each part after a space.
            var total = weighting.transformedURLLength
            if !title.isEmpty { total += weighting.weightedLength(title) + 1 }
            for tag in hashtags { total += 1 + weighting.weightedLength("#" + tag) }
            return total
        case .graphemes:
            if network == .threads {
                // Threads takes the URL as its own parameter and adds it to the post.
                return Self.composedText(title: title, url: nil, hashtags: hashtags).count + 1 + url.count
            }
            return Self.composedText(title: title, url: url, hashtags: hashtags).count
        case .graphemesWithLinksAs23:
            var total = 23
            if !title.isEmpty { total += Self.graphemesWithLinksAs23(title) + 1 }
            for tag in hashtags { total += 1 + ("#" + tag).count }
            return total
        }
    }

    /// Fits `title` and `hashtags` (highest priority first) with `url` into `network`'s limit.
    public func fit(for network: ShareNetwork, title: String, url: String, hashtags: [String]) -> FittedShare {
        let limit: Int
        switch network.limit {
        case .urlOnly, .unlimited: return FittedShare(title: title, hashtags: hashtags)
        case .weighted(let n), .graphemes(let n), .graphemesWithLinksAs23(let n): limit = n
        }
        return fit(title: title, hashtags: hashtags) { title, tags in
            (length(for: network, title: title, url: url, hashtags: tags) ?? 0) <= limit
        }
    }

    /// Fits with any test of what fits.
    ///
    /// `fits` must be monotonic, as a length limit is: what fits still fits with a shorter title or with
    /// hashtags dropped from the end. The title's length and the number of hashtags kept are both found by
    /// binary search, so the test runs O(log n) times.
    public func fit(title: String, hashtags: [String], fits: (String, [String]) -> Bool) -> FittedShare {
        // Most shares fit whole: one test instead of a search.
        if fits(title, hashtags) { return FittedShare(title: title, hashtags: hashtags) }
        let graphemes = Array(title)
        func shortened(_ count: Int) -> String {
            if count >= graphemes.count { return title }
            var kept = graphemes[..<count]
            while let last = kept.last, last.isWhitespace { kept = kept.dropLast() }
            return String(kept) + "…"
        }
        // The longest title from `lowest` graphemes up that fits with `tags`, by binary search over the
        // shortened forms (their length grows with the count; the whole title, without `…`, is tried first).
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
        let floor = min(minimumTitleLength, graphemes.count)
        // Whether the first `count` hashtags fit with the title, whole or shortened to its floor: what
        // ``longest(from:tags:)`` needs to find a title.
        func fitsAtFloor(_ count: Int) -> Bool {
            let tags = Array(hashtags[..<count])
            return fits(title, tags) || (floor < graphemes.count && fits(shortened(floor), tags))
        }
        // The most hashtags that fit, dropping from the end: one at a time would test the whole text once
        // per hashtag dropped, quadratic in their number.
        if fitsAtFloor(0) {
            var low = 0
            var high = hashtags.count
            while low < high {
                let middle = (low + high + 1) / 2
                if fitsAtFloor(middle) { low = middle } else { high = middle - 1 }
            }
            let tags = Array(hashtags[..<low])
            if let fitted = longest(from: floor, tags: tags) { return FittedShare(title: fitted, hashtags: tags) }
        }
        if let fitted = longest(from: 0, tags: []) { return FittedShare(title: fitted, hashtags: []) }
        return FittedShare(title: "", hashtags: [])
    }

    /// Graphemes, each URL counted as 23 (Mastodon's count).
    static func graphemesWithLinksAs23(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let urls = TweetURLFinder.ranges(in: scalars)
        if urls.isEmpty { return text.count }
        var total = 0
        var start = 0
        for url in urls {
            total += String(String.UnicodeScalarView(scalars[start..<url.lowerBound])).count + 23
            start = url.upperBound
        }
        return total + String(String.UnicodeScalarView(scalars[start...])).count
    }
}
