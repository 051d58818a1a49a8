import Foundation
import Testing

@testable import KohoFurigana

/// How often the readings are wrong on public municipal Japanese, against readings written by hand:
/// `Fixtures/municipal-sentences.tsv` (272 sentences, the set the corrections were made against) and
/// `Fixtures/municipal-heldout.tsv` (120 sentences written afterwards and not looked at while correcting).
///
/// A sentence is cut at its runs of kanji (`国民健康保険料`, `取` and `扱` in 取り扱い); a run is read right when
/// its reading is the reference's. The rates are printed, and a test fails when one grows past what was
/// measured when the furigana were written (``acceptedRunErrorRates``), so a change that reads worse is seen.
@Suite struct MunicipalReadingTests {
    /// The share of kanji runs read wrong that the test accepts, by file; measured: see the lines it prints.
    static let acceptedRunErrorRates = ["municipal-sentences": 0.01, "municipal-heldout": 0.03]

    struct Sentence {
        var text: String
        var reading: String
    }

    static func sentences(_ file: String = "municipal-sentences") throws -> [Sentence] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(file).tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "\(line)")
            return Sentence(text: String(fields[0]), reading: String(fields[1]))
        }
    }

    /// The reading of each run of kanji of `text` in `reading` (the text with its kanji runs replaced by
    /// hiragana), or nil when `reading` is not such a text. `unread`: a run may keep kanji the dictionary did
    /// not know (従量 in 従量料金), which makes that run wrong, not the whole sentence.
    static func runReadings(of text: String, in reading: String, unread: Bool = false) -> [String]? {
        var pattern = "^"
        var inKanji = false
        let run = unread ? "([\\x{3041}-\\x{3096}\\x{30FC}\\p{Han}\\x{3005}\\x{3006}\\x{30F6}]+?)" : "([\\x{3041}-\\x{3096}\\x{30FC}]+?)"
        for scalar in text.unicodeScalars {
            let kanji = JapaneseScript.isKanji(scalar)
            if kanji, !inKanji { pattern += run }
            if !kanji { pattern += NSRegularExpression.escapedPattern(for: String(scalar)) }
            inKanji = kanji
        }
        pattern += "$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: reading, range: NSRange(reading.startIndex..., in: reading))
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: reading).map { String(reading[$0]) } }
    }

    @Test(arguments: ["municipal-sentences", "municipal-heldout"])
    func theReferenceHasAReadingForEveryRunOfKanji(_ file: String) throws {
        let sentences = try Self.sentences(file)
        #expect(sentences.count >= 100)
        for sentence in sentences {
            #expect(Self.runReadings(of: sentence.text, in: sentence.reading) != nil, "\(sentence.text)")
        }
    }

    @Test(arguments: ["municipal-sentences", "municipal-heldout"])
    func readingErrorRate(_ file: String) throws {
        let annotator = try FuriganaAnnotator()
        var runs = 0
        var wrongRuns = 0
        var rightSentences = 0
        var wrong: [String] = []
        let sentences = try Self.sentences(file)
        for sentence in sentences {
            let pieces = annotator.annotate(sentence.text)
            #expect(pieces.map(\.written).joined() == sentence.text)
            let spoken = pieces.map(\.spoken).joined()
            let expected = try #require(Self.runReadings(of: sentence.text, in: sentence.reading))
            let found =
                Self.runReadings(of: sentence.text, in: spoken, unread: true) ?? Array(repeating: "", count: expected.count)
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
            "furigana on \(file).tsv, \(sentences.count) sentences: \(wrongRuns) of \(runs) kanji runs read wrong "
                + String(format: "(%.1f%%)", rate * 100) + ", \(rightSentences) sentences read right throughout")
        #expect(rate <= (Self.acceptedRunErrorRates[file] ?? 0))
    }
}
