import Foundation
import Testing

@testable import KohoFurigana

/// How often the readings are wrong on public municipal Japanese, against readings written by hand
/// (`Fixtures/municipal-sentences.tsv`, 272 sentences).
///
/// A sentence is cut at its runs of kanji (`国民健康保険料`, `取` and `扱` in 取り扱い); a run is read right when
/// its reading is the reference's. The rate is printed, and a test fails when it grows past what was measured
/// when the furigana were written (``acceptedRunErrorRate``), so a change that reads worse is seen.
@Suite struct MunicipalReadingTests {
    /// The share of kanji runs read wrong that the test accepts; measured: see the closing line it prints.
    static let acceptedRunErrorRate = 0.10

    struct Sentence {
        var text: String
        var reading: String
    }

    static func sentences() throws -> [Sentence] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/municipal-sentences.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "\(line)")
            return Sentence(text: String(fields[0]), reading: String(fields[1]))
        }
    }

    /// The reading of each run of kanji of `text` in `reading` (the text with its kanji runs replaced by
    /// hiragana), or nil when `reading` is not such a text.
    static func runReadings(of text: String, in reading: String) -> [String]? {
        var pattern = "^"
        var inKanji = false
        for scalar in text.unicodeScalars {
            let kanji = JapaneseScript.isKanji(scalar)
            if kanji, !inKanji { pattern += "([\\x{3041}-\\x{3096}\\x{30FC}]+?)" }
            if !kanji { pattern += NSRegularExpression.escapedPattern(for: String(scalar)) }
            inKanji = kanji
        }
        pattern += "$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: reading, range: NSRange(reading.startIndex..., in: reading))
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: reading).map { String(reading[$0]) } }
    }

    @Test func theReferenceHasAReadingForEveryRunOfKanji() throws {
        let sentences = try Self.sentences()
        #expect(sentences.count >= 200)
        for sentence in sentences {
            #expect(Self.runReadings(of: sentence.text, in: sentence.reading) != nil, "\(sentence.text)")
        }
    }

    @Test func readingErrorRate() throws {
        let annotator = try FuriganaAnnotator()
        var runs = 0
        var wrongRuns = 0
        var rightSentences = 0
        var wrong: [String] = []
        let sentences = try Self.sentences()
        for sentence in sentences {
            let pieces = annotator.annotate(sentence.text)
            #expect(pieces.map(\.written).joined() == sentence.text)
            let spoken = pieces.map(\.spoken).joined()
            let expected = try #require(Self.runReadings(of: sentence.text, in: sentence.reading))
            let found = Self.runReadings(of: sentence.text, in: spoken) ?? Array(repeating: "", count: expected.count)
            runs += expected.count
            let misses = zip(expected, found).filter { $0 != $1 }
            wrongRuns += misses.count
            if misses.isEmpty { rightSentences += 1 } else {
                wrong.append("\(sentence.text): " + misses.map { "\($0.1) (\($0.0))" }.joined(separator: ", "))
            }
        }
        let rate = Double(wrongRuns) / Double(max(runs, 1))
        print(wrong.joined(separator: "\n"))
        print(
            "furigana on \(sentences.count) municipal sentences: \(wrongRuns) of \(runs) kanji runs read wrong "
                + String(format: "(%.1f%%)", rate * 100) + ", \(rightSentences) sentences read right throughout")
        #expect(rate <= Self.acceptedRunErrorRate)
    }
}
