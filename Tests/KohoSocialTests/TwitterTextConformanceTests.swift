import KohoYAML
import Testing

@testable import KohoSocial

/// twitter-text's own test vectors (`Fixtures/twitter-text/`, Apache-2.0): every hashtag case of
/// `extract.yml` and every weighted-length case of `validate.yml`, by name.
@Suite struct TwitterTextConformanceTests {
    static let hashtagCases =
        ConformanceCase.load("extract.yml", "hashtags")
        + ConformanceCase.load("extract.yml", "hashtags_from_astral")
    static let indexCases = ConformanceCase.load("extract.yml", "hashtags_with_indices")
    static let v2Cases = ConformanceCase.load("validate.yml", "WeightedTweetsCounterTest")
    static let v3Cases = ConformanceCase.load("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest")

    /// Weighted-length cases left out, by section and description, with the reason.
    static let excluded: [String: String] = [:]

    @Test func fixturesAreRead() {
        #expect(Self.hashtagCases.count == 68)
        #expect(Self.indexCases.count == 8)
        #expect(Self.v2Cases.count == 20)
        #expect(Self.v3Cases.count == 22)
    }

    @Test(arguments: hashtagCases)
    func hashtags(_ c: ConformanceCase) {
        let expected = c.expected.items?.compactMap { $0.scalar?.text } ?? []
        let matches = HashtagExtractor.matches(in: c.text)
        #expect(matches.map(\.text) == expected)
        // A tag found in a body is one front matter accepts, with the same name (`#メ～テレ`).
        for match in matches {
            #expect(Hashtag.parse(match.hashtag.name) == .success(match.hashtag))
            #expect(Hashtag.parse(match.text) == .success(match.hashtag))
        }
    }

    @Test(arguments: indexCases)
    func hashtagsWithIndices(_ c: ConformanceCase) {
        let expected = (c.expected.items ?? []).map { item -> String in
            let tag = item["hashtag"]?.scalar?.text ?? ""
            let indices = item["indices"]?.items?.compactMap { $0.scalar?.text } ?? []
            return "\(tag) \(indices.joined(separator: ","))"
        }
        let found = HashtagExtractor.matches(in: c.text).map {
            "\($0.text) \($0.range.lowerBound),\($0.range.upperBound)"
        }
        #expect(found == expected)
    }

    @Test(arguments: v2Cases)
    func weightedLengthV2(_ c: ConformanceCase) {
        check(c, with: .v2)
    }

    @Test(arguments: v3Cases)
    func weightedLengthV3(_ c: ConformanceCase) {
        check(c, with: .v3)
    }

    private func check(_ c: ConformanceCase, with weighting: TweetWeighting) {
        if Self.excluded[c.testDescription] != nil { return }
        let result = weighting.measure(c.text)
        func int(_ key: String) -> Int? { (c.expected[key]?.scalar?.text).flatMap { Int($0) } }
        #expect(result.weightedLength == int("weightedLength"))
        #expect(result.permillage == int("permillage"))
        #expect(result.isValid == (c.expected["valid"]?.scalar?.text == "true"))
        #expect(result.displayRange.lowerBound == int("displayRangeStart"))
        #expect(result.displayRange.upperBound - 1 == int("displayRangeEnd"))
        #expect(result.validRange.lowerBound == int("validRangeStart"))
        #expect(result.validRange.upperBound - 1 == int("validRangeEnd"))
    }
}
