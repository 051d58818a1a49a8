import Foundation
import Testing

@testable import KohoSearch

/// The normalisation, from the table the theme's reader is tested against too.
@Suite struct SearchNormalizerTests {
    static let table = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/normalization.tsv")

    /// The rows of `normalization.tsv`: input and expected, comments and empty lines skipped.
    static func rows() throws -> [(input: String, expected: String)] {
        let text = try String(contentsOf: table, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), String(parts[1]))
        }
    }

    @Test func theSharedTableHasItsRows() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 40)
        // Every line that is not a comment is a row: a stray tab or a missing one would drop a case silently.
        let text = try String(contentsOf: Self.table, encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == rows.count)
    }

    @Test func normalisesEveryRowOfTheSharedTable() throws {
        for (input, expected) in try Self.rows() {
            let actual = SearchNormalizer.normalize(input)
            // Compared as code points: Swift's `==` on strings would call canonically equal spellings equal.
            #expect(Array(actual.unicodeScalars) == Array(expected.unicodeScalars), "\(input) → \(actual), not \(expected)")
        }
    }

    @Test(arguments: [
        ("すずき", "すすき"), ("はは", "ぱぱ"), ("きよう", "きゆう"),
    ])
    func keepsVoicedMarksAndDifferentKanaApart(a: String, b: String) {
        #expect(SearchNormalizer.normalize(a) != SearchNormalizer.normalize(b))
    }

    @Test(arguments: [("きょう", "キヨウ"), ("がっこう", "ガツコウ"), ("ｽｽﾞｷ", "すずき")])
    func foldsSmallKanaWidthAndScript(a: String, b: String) {
        #expect(SearchNormalizer.normalize(a) == SearchNormalizer.normalize(b))
    }

    @Test func asciiTakesTheShortWayToTheSameResult() {
        let ascii = "Hello, World! 123 _-~"
        #expect(SearchNormalizer.normalize(ascii) == "hello, world! 123 _-~")
    }
}
