import Foundation

/// A hashtag found in text, where twitter-text would find it.
public struct HashtagMatch: Sendable, Hashable {
    /// The tag, normalised (NFKC) for comparing and linking.
    public var hashtag: Hashtag
    /// The tag as written, without its `#` or `＃`.
    public var text: String
    /// Where `#tag` is, in Unicode scalar (code point) offsets, `#` included: twitter-text's `indices`.
    public var range: Range<Int>
}

/// Finds hashtags in running text by twitter-text's rules (`Extractor.extractHashtagsWithIndices`).
///
/// A tag is `#` or `＃` followed by letters, marks, digits, `_` and the joiners twitter-text allows, with at
/// least one letter or mark; it must not follow a letter, digit or `&` (so `a#b` and `&#38;` are not tags),
/// must not be followed by another `#` or by `://`, and must not overlap a URL (`https://x.jp/#frag`).
/// The scan is a single pass over Unicode scalars: no regular expression runs over bodies.
public enum HashtagExtractor {
    /// The hashtags in `text`, in order.
    ///
    /// - Parameter previous: the scalar just before `text` when it continues earlier text (a Markdown text
    ///   node after emphasis), or nil at the start of a block.
    public static func matches(in text: String, after previous: Unicode.Scalar? = nil) -> [HashtagMatch] {
        guard mayContainHashtag(text) else { return [] }
        return matches(in: Array(text.unicodeScalars), after: previous)
    }

    /// Whether `text` has a `#` or `＃` at all: the cheap test that lets most text skip the scan.
    public static func mayContainHashtag(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            // `#` is 0x23; `＃` (U+FF03) is EF BC 83 in UTF-8.
            if byte == 0x23 || (byte == 0x83 && previous == 0xBC && beforePrevious == 0xEF) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The hashtags in `scalars`, with ranges in offsets into `scalars`.
    public static func matches(in scalars: [Unicode.Scalar], after previous: Unicode.Scalar? = nil) -> [HashtagMatch] {
        var found: [Range<Int>] = []
        let n = scalars.count
        var searchStart = 0
        var p = 0
        while p < n {
            guard HashtagCharacters.isPrefix(scalars[p]) else {
                p += 1
                continue
            }
            // The character before `#` is consumed by the match, so it must lie at or after where the search
            // resumed; at the very start, the text before (or the start of the block) decides.
            let before: Unicode.Scalar?
            if p > searchStart || (p == 0 && searchStart == 0) {
                before = p > 0 ? scalars[p - 1] : previous
            } else {
                p += 1
                continue
            }
            if let before, !isValidBefore(before) {
                p += 1
                continue
            }
            if p + 1 < n, scalars[p + 1] == "\u{FE0F}" || scalars[p + 1] == "\u{20E3}" {
                p += 1
                continue
            }
            var end = p + 1
            var hasLetter = false
            while end < n, HashtagCharacters.isTagCharacter(scalars[end]) {
                if !hasLetter, HashtagCharacters.isLetterOrMark(scalars[end]) { hasLetter = true }
                end += 1
            }
            guard hasLetter else {
                p += 1
                continue
            }
            // The matcher resumes after the tag whether or not the tag is kept.
            let hash = p
            searchStart = end
            p = end
            let followedByHash = end < n && HashtagCharacters.isPrefix(scalars[end])
            let followedBySchemeSeparator =
                end + 2 < n && scalars[end] == ":" && scalars[end + 1] == "/"
                && scalars[end + 2] == "/"
            if !followedByHash, !followedBySchemeSeparator { found.append(hash..<end) }
        }
        if found.isEmpty { return [] }
        let kept = removeOverlaps(found, urls: TweetURLFinder.hashtagExclusions(in: scalars))
        return kept.compactMap { range in
            let written = String(String.UnicodeScalarView(scalars[(range.lowerBound + 1)..<range.upperBound]))
            // Every scalar is a hashtag character, so the one normalisation cannot refuse it, but a tag too
            // long to name a tag page's folder stays text (front matter reports it as an error).
            guard case .success(let name) = Hashtag.normalize(Substring(written)) else { return nil }
            let hashtag = Hashtag(normalized: name)
            guard hashtag.key.utf8.count <= Hashtag.maximumBytes else { return nil }
            return HashtagMatch(hashtag: hashtag, text: written, range: range)
        }
    }

    /// twitter-text's `[^&\p{L}\p{M}\p{Nd}_…]`, plus the variation selectors after an emoji (`✌️#tag`).
    static func isValidBefore(_ s: Unicode.Scalar) -> Bool {
        if s == "\u{FE0E}" || s == "\u{FE0F}" { return true }
        return s != "&" && !HashtagCharacters.isTagCharacter(s)
    }

    /// twitter-text's `removeOverlappingEntities` over hashtags and URLs: in start order, an entity that
    /// starts before the previous kept one ends is dropped; then the URLs are dropped.
    static func removeOverlaps(_ tags: [Range<Int>], urls: [Range<Int>]) -> [Range<Int>] {
        guard !urls.isEmpty else { return tags }
        var all = tags.map { ($0, true) } + urls.map { ($0, false) }
        all.sort { $0.0.lowerBound < $1.0.lowerBound }
        var kept: [(Range<Int>, Bool)] = []
        for entity in all {
            if let last = kept.last, entity.0.lowerBound < last.0.upperBound { continue }
            kept.append(entity)
        }
        return kept.filter(\.1).map(\.0)
    }
}
