import Foundation
import Testing

@testable import KohoSocial

/// The fast answers of ``ScalarTraits`` against Unicode's property tables and Foundation's normalizer, for
/// every code point they answer without the tables.
@Suite struct ScalarTraitsTests {
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func whitespaceIsTheWhiteSpacePropertyForEveryCodePoint() {
        let wrong = Self.allScalars.filter { ScalarTraits.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func nfcStableCodePointsAreTheirOwnNFCAndNeverCombine() {
        let stable = Self.allScalars.filter(ScalarTraits.isNFCStable)
        #expect(stable.count > 20_000)
        let wrong = stable.filter {
            String($0).precomposedStringWithCanonicalMapping != String($0) || $0.properties.canonicalCombiningClass != .notReordered
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
        // Neighbours from the set never compose: kana with the kana after them, Latin with Latin.
        let samples = stable.filter { $0.value < 0x300 || (0x3040...0x30FF).contains($0.value) }
        for a in samples where a.value % 7 == 0 {
            for b in samples {
                let pair = String(a) + String(b)
                #expect(pair.precomposedStringWithCanonicalMapping.unicodeScalars.count == 2)
            }
        }
    }

    @Test func nfkcStableCodePointsAreTheirOwnNFKC() {
        let stable = Self.allScalars.filter(ScalarTraits.isNFKCStable)
        #expect(stable.count > 20_000)
        let wrong = stable.filter {
            String($0).precomposedStringWithCompatibilityMapping != String($0) || $0.properties.canonicalCombiningClass != .notReordered
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test func codePointsOutsideEmojiAreNeverEmojiPresentationNorAnEmojiComponent() {
        let plain = Self.allScalars.filter { !ScalarTraits.mayBeInEmoji($0) }
        let wrong = plain.filter {
            $0.properties.isEmojiPresentation || $0.value == 0xFE0F || $0.value == 0x20E3 || $0.value == 0x200D
                || (0x1F1E6...0x1F1FF).contains($0.value) || ($0.properties.isEmoji && !"#*0123456789".unicodeScalars.contains($0))
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test(arguments: ["", "佐藤 美咲", "さとう みさき", "Sato Misaki", "ｻﾄｳ", "ＡＢＣ１２３", "か\u{3099}", "Å", "A\u{30A}", "①"])
    func normalizingIsFoundationsForm(_ text: String) {
        #expect(UnicodeNormalizer.nfc(text) == text.precomposedStringWithCanonicalMapping)
        #expect(UnicodeNormalizer.nfkc(text) == text.precomposedStringWithCompatibilityMapping)
    }
}
