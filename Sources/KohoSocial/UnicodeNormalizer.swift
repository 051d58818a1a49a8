import Foundation

/// NFC and NFKC in time linear in the length of the text: Foundation's normalizer, fed in pieces.
///
/// Foundation's `precomposedString…` take time quadratic in the length of a text when many of its
/// characters compose (`か` + U+3099 → `が`, text from a decomposed file name) or when a long run of
/// combining marks must be put in canonical order. So the text is normalized in pieces of a few hundred
/// characters, cut only before a character that nothing before it can change (ASCII, Latin and Cyrillic
/// letters, kana, kanji, Hangul syllables: never reordered, never the second half of a composition), which
/// gives exactly the whole text's normalization. A run of more than ``maximumNonStarters`` combining marks
/// out of canonical order, which Unicode's Stream-Safe Text Format (UAX #15) forbids, gets U+034F
/// COMBINING GRAPHEME JOINER after every ``maximumNonStarters``, as that format prescribes; only such runs
/// normalize differently from Foundation.
public enum UnicodeNormalizer {
    /// The longest run of non-starters (combining marks) normalized as it is.
    public static let maximumNonStarters = 30
    /// The length from which a piece is cut at the next safe character.
    static let pieceLength = 256

    /// The NFC form of `text` (long runs of marks out of order made stream-safe first).
    public static func nfc(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(ScalarTraits.isNFCStable) { return text }
        return normalize(text) { $0.precomposedStringWithCanonicalMapping }
    }

    /// The NFKC form of `text` (long runs of marks out of order made stream-safe first).
    public static func nfkc(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(ScalarTraits.isNFKCStable) { return text }
        return normalize(text) { $0.precomposedStringWithCompatibilityMapping }
    }

    private static func normalize(_ text: String, _ form: (String) -> String) -> String {
        // A mark takes at least two bytes: text this short has no run to break and nothing to cut.
        if text.utf8.count <= 2 * maximumNonStarters { return form(text) }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var piece = String.UnicodeScalarView()
        var pieceCount = 0
        func cut() {
            result += form(String(piece))
            piece = String.UnicodeScalarView()
            pieceCount = 0
        }
        var nonStarters = 0
        var breaksRun = false
        for (index, scalar) in scalars.enumerated() {
            if isNonStarter(scalar) {
                if nonStarters == 0 { breaksRun = needsBreaking(scalars[index...]) }
                if breaksRun, nonStarters == maximumNonStarters {
                    piece.append("\u{34F}")
                    pieceCount += 1
                    nonStarters = 0
                    if pieceCount >= pieceLength { cut() }
                }
                nonStarters += 1
            } else {
                nonStarters = 0
                if pieceCount >= pieceLength, isSafeStart(scalar) { cut() }
            }
            piece.append(scalar)
            pieceCount += 1
        }
        if pieceCount > 0 { cut() }
        return result
    }

    /// Whether the run of non-starters at the start of `scalars` is longer than ``maximumNonStarters`` and
    /// out of canonical order: only reordering a long run is slow, so a long run already in order (one mark
    /// repeated) is normalized as it is.
    private static func needsBreaking(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var count = 0
        var previous = 0
        var isOrdered = true
        for scalar in scalars {
            guard isNonStarter(scalar) else { break }
            let order = Int(scalar.properties.canonicalCombiningClass.rawValue)
            if order < previous { isOrdered = false }
            previous = order
            count += 1
        }
        return count > maximumNonStarters && !isOrdered
    }

    /// A combining mark, or one of the few characters whose decomposition starts with one (UAX #15's
    /// Stream-Safe Text Format counts them the same way).
    static func isNonStarter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        switch scalar.value {
        case 0x0F73, 0x0F75, 0x0F81, 0xFF9E, 0xFF9F: return true
        default: return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }

    /// A character before which the text can be cut without changing its normalization: a starter that is
    /// never the second half of a composition and whose compatibility form starts with such a starter, and
    /// the joiner put in by the stream-safe step. Conservative: other scripts are simply not cut.
    static func isSafeStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F,  // ASCII
            0xC0...0x24F,  // Latin letters with accents (precomposed)
            0x400...0x481, 0x48A...0x4FF,  // Cyrillic letters
            0x34F,  // the combining grapheme joiner
            0x3041...0x3096, 0x30A1...0x30FA,  // hiragana and katakana
            0x3400...0x4DBF, 0x4E00...0x9FFF,  // kanji
            0xAC00...0xD7A3,  // Hangul syllables
            0xFF01...0xFF5E,  // fullwidth ASCII
            0xFF66...0xFF9D:  // halfwidth katakana (not the sound marks U+FF9E, U+FF9F)
            return scalar.properties.canonicalCombiningClass == .notReordered
        default:
            return false
        }
    }
}
