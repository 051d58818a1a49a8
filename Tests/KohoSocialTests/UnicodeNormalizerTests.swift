import Foundation
import Testing

@testable import KohoSocial

/// Normalization in pieces gives exactly Foundation's result; only runs of over 30 combining marks change.
@Suite struct UnicodeNormalizerTests {
    /// Long texts that compose a lot, cut into many pieces.
    static let texts: [String] = [
        String(repeating: "か\u{3099}き\u{3099}ｶﾞﾊﾟ漢字 ", count: 400),
        String(repeating: "Cafe\u{301} re\u{301}sume\u{301}, ", count: 300),
        String(repeating: "и\u{306}ДЙ ", count: 500),
        String(repeating: "\u{1100}\u{1161}\u{11A8}한", count: 400),
        String(repeating: "a\u{316}\u{301}ｱ\u{FF9E}①ﬁ", count: 300),
        String(repeating: "e" + String(repeating: "\u{301}\u{316}", count: 15), count: 40),
        String(repeating: "ক\u{9C7}\u{9BE}ক\u{9C7}\u{9D7}", count: 400),
    ]

    /// A character that composes with the one before it, or becomes a mark, right where a piece could end.
    static let pairsAtTheCut: [String] = [
        "ｱ\u{FF9E}", "\u{9C7}\u{9BE}", "\u{1100}\u{1161}", "가\u{11A8}", "\u{3131}\u{314F}",
    ]
    .flatMap { pair in
        (250..<260).map { String(repeating: "a", count: $0) + pair + String(repeating: "b", count: 300) }
    }

    @Test(arguments: texts + pairsAtTheCut) func sameAsFoundation(_ text: String) {
        // Scalars, not strings: `==` on strings compares up to canonical equivalence.
        #expect(scalars(UnicodeNormalizer.nfc(text)) == scalars(text.precomposedStringWithCanonicalMapping))
        #expect(scalars(UnicodeNormalizer.nfkc(text)) == scalars(text.precomposedStringWithCompatibilityMapping))
    }

    /// A run of 31 marks or more out of canonical order gets a combining grapheme joiner after every 30
    /// (UAX #15's Stream-Safe Text Format); a run in order, however long, is left as it is.
    @Test func longRunsOfMarksOutOfOrderAreMadeStreamSafe() {
        let pairs = { (count: Int) in String(repeating: "\u{301}\u{316}", count: count) }
        let streamSafe = "a" + pairs(15) + "\u{34F}" + pairs(15) + "\u{34F}" + pairs(5)
        #expect(
            scalars(UnicodeNormalizer.nfc("a" + pairs(35)))
                == scalars(streamSafe.precomposedStringWithCanonicalMapping))
        #expect(scalars(UnicodeNormalizer.nfc("a" + pairs(35))).filter { $0 == "\u{34F}" }.count == 2)
        for text in [
            "a" + pairs(15), "a" + String(repeating: "\u{316}", count: 70) + String(repeating: "\u{301}", count: 70),
        ] {
            #expect(scalars(UnicodeNormalizer.nfc(text)) == scalars(text.precomposedStringWithCanonicalMapping))
        }
    }

    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
}
