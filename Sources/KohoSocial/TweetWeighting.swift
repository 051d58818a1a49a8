import Foundation

/// How X weighs a post: twitter-text's configuration (`config-v3.json`) and its counter
/// (`TwitterTextParser.parseTweet`).
///
/// The text is NFC-normalised (by ``UnicodeNormalizer``, which makes runs of over 30 combining marks
/// stream-safe first); each URL counts as ``transformedURLLength``; with emoji parsing on, each
/// emoji sequence (a flag, a keycap, a ZWJ family, an emoji with a skin tone or `U+FE0F`) counts as one
/// character of ``defaultWeight``; every other code point weighs what its range says (Latin and most
/// punctuation 1, CJK and the rest 2, in units of ``scale``).
public struct TweetWeighting: Sendable, Hashable {
    /// A band of code points with its weight.
    public struct WeightedRange: Sendable, Hashable {
        public var start: UInt32
        public var end: UInt32
        public var weight: Int

        public init(start: UInt32, end: UInt32, weight: Int) {
            self.start = start
            self.end = end
            self.weight = weight
        }
    }

    public var maxWeightedTweetLength: Int
    public var scale: Int
    public var defaultWeight: Int
    public var transformedURLLength: Int
    /// Whether an emoji sequence counts as one character (v3) or each code point on its own (v2).
    public var emojiParsingEnabled: Bool
    public var ranges: [WeightedRange]

    /// A configuration made of its parts.
    public init(
        maxWeightedTweetLength: Int = 280, scale: Int = 100, defaultWeight: Int = 200, transformedURLLength: Int = 23,
        emojiParsingEnabled: Bool = true, ranges: [WeightedRange] = TweetWeighting.v3Ranges
    ) {
        self.maxWeightedTweetLength = maxWeightedTweetLength
        self.scale = scale
        self.defaultWeight = defaultWeight
        self.transformedURLLength = transformedURLLength
        self.emojiParsingEnabled = emojiParsingEnabled
        self.ranges = ranges
    }

    /// The ranges of `config-v2.json` and `config-v3.json` (they are the same).
    public static let v3Ranges: [WeightedRange] = [
        WeightedRange(start: 0, end: 4351, weight: 100), WeightedRange(start: 8192, end: 8205, weight: 100),
        WeightedRange(start: 8208, end: 8223, weight: 100), WeightedRange(start: 8242, end: 8247, weight: 100),
    ]

    /// twitter-text v3, what X counts with today: emoji sequences count 2.
    public static let v3 = TweetWeighting()
    /// twitter-text v2: the same without emoji parsing.
    public static let v2 = TweetWeighting(emojiParsingEnabled: false)

    /// The weighted length of `text`, in characters (`280` is the limit).
    public func weightedLength(_ text: String) -> Int { measure(text).weightedLength }

    /// Weighs `text` as `parseTweet` does; ranges are in UTF-16 offsets of `text`, like twitter-text's.
    public func measure(_ text: String) -> TweetLength {
        let normalized = UnicodeNormalizer.nfc(text)
        let scalars = Array(normalized.unicodeScalars)
        var urlEnds = [Int: Int]()
        for range in TweetURLFinder.ranges(in: scalars) { urlEnds[range.lowerBound] = range.upperBound }
        var emojiEnds = [Int: Int]()
        if emojiParsingEnabled, scalars.contains(where: ScalarTraits.mayBeInEmoji) {
            var offset = 0
            for character in normalized {
                let count = character.unicodeScalars.count
                if Self.isEmojiSequence(character) { emojiEnds[offset] = offset + count }
                offset += count
            }
        }
        let maxScaled = maxWeightedTweetLength * scale
        var weighted = 0
        var validUTF16 = 0
        var hasInvalidCharacters = false
        var offset = 0
        func utf16Count(_ range: Range<Int>) -> Int { scalars[range].reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) } }
        while offset < scalars.count {
            if let end = urlEnds[offset] {
                weighted += transformedURLLength * scale
                if weighted <= maxScaled { validUTF16 += utf16Count(offset..<end) }
                offset = end
            } else if let end = emojiEnds[offset] {
                weighted += defaultWeight
                if weighted <= maxScaled { validUTF16 += utf16Count(offset..<end) }
                offset = end
            } else {
                let scalar = scalars[offset]
                weighted += weight(of: scalar)
                if Self.isInvalid(scalar) { hasInvalidCharacters = true }
                if !hasInvalidCharacters, weighted <= maxScaled { validUTF16 += scalar.value > 0xFFFF ? 2 : 1 }
                offset += 1
            }
        }
        let length = weighted / scale
        let normalizationOffset = text.utf16.count - normalized.utf16.count
        return TweetLength(
            weightedLength: length, permillage: length * 1000 / maxWeightedTweetLength,
            isValid: !hasInvalidCharacters && length <= maxWeightedTweetLength,
            displayRange: 0..<text.utf16.count, validRange: 0..<max(0, validUTF16 + normalizationOffset))
    }

    /// The weight of one code point, in units of ``scale``.
    public func weight(of scalar: Unicode.Scalar) -> Int {
        for range in ranges where range.start <= scalar.value && scalar.value <= range.end { return range.weight }
        return defaultWeight
    }

    /// U+FFFE, U+FEFF, U+FFFF: twitter-text's invalid characters.
    static func isInvalid(_ s: Unicode.Scalar) -> Bool { s.value == 0xFFFE || s.value == 0xFEFF || s.value == 0xFFFF }

    /// Whether a grapheme is an emoji sequence twitter-text counts as one: an emoji-presentation emoji, or
    /// an emoji followed by U+FE0F, a skin tone, a ZWJ or tag characters, a keycap, or a flag.
    static func isEmojiSequence(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        let properties = first.properties
        if scalars.count == 1 { return properties.isEmojiPresentation }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return true }
        if scalars.contains("\u{20E3}") {
            return first == "#" || first == "*" || (0x30...0x39).contains(first.value)
        }
        guard properties.isEmoji else { return false }
        if properties.isEmojiPresentation { return true }
        return scalars.dropFirst().contains {
            $0 == "\u{FE0F}" || $0 == "\u{200D}" || (0x1F3FB...0x1F3FF).contains($0.value)
                || (0xE0020...0xE007F).contains($0.value)
        }
    }
}

/// What twitter-text's `parseTweet` reports for a text.
public struct TweetLength: Sendable, Hashable {
    /// The weighted length in characters; valid up to 280.
    public var weightedLength: Int
    /// The weighted length in thousandths of the limit.
    public var permillage: Int
    /// Within the limit and free of invalid characters.
    public var isValid: Bool
    /// The whole text, in UTF-16 offsets (twitter-text's `displayRangeStart…displayRangeEnd` is this
    /// range's first and last offset).
    public var displayRange: Range<Int>
    /// The part within the limit, in UTF-16 offsets.
    public var validRange: Range<Int>
}
