import KohoSocial

/// The hashtag extractor and the one normalisation of a hashtag, with what they promise each other.
enum FuzzHashtag {
    static func run(_ bytes: [UInt8]) {
        let text = FuzzTarget.text(bytes)
        let scalars = Array(text.unicodeScalars)
        let matches = HashtagExtractor.matches(in: text)
        var previousEnd = 0
        for match in matches {
            let range = match.range
            FuzzCheck.expect(range.lowerBound >= previousEnd && range.upperBound <= scalars.count, "range \(range)")
            previousEnd = range.upperBound
            FuzzCheck.expect(["#", "\u{FF03}"].contains(scalars[range.lowerBound]), "a tag not starting with #")
            let written = String(String.UnicodeScalarView(scalars[(range.lowerBound + 1)..<range.upperBound]))
            FuzzCheck.expect(written == match.text, "the text \(match.text) is not what the range covers")
            FuzzCheck.expect(!match.hashtag.name.isEmpty, "an empty tag")
            FuzzCheck.expect(match.hashtag.key == Hashtag.key(for: match.hashtag.name), "key and name disagree")
            // Normalising an already normalised name changes nothing: tag pages and front matter agree.
            // and a tag found in a body is one front matter accepts too.
            let again = Hashtag.parse(match.hashtag.name)
            FuzzCheck.expect(again == .success(match.hashtag), "\(match.hashtag) re-normalised as \(again)")
        }
        // A tag written in front matter (the whole input as one value) is either refused with a reason or
        // normalised to a fixed point.
        switch Hashtag.parse(text) {
        case .success(let tag):
            FuzzCheck.expect(!tag.name.isEmpty, "an empty tag")
            FuzzCheck.expect(Hashtag.parse(tag.name) == .success(tag), "\(tag) is not a fixed point")
        case .failure(let problem):
            _ = problem.reason
        }
        FuzzCheck.expect(matches.isEmpty || HashtagExtractor.mayContainHashtag(text), "the cheap test missed a tag")
    }
}
