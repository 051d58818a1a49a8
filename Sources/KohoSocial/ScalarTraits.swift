/// The Unicode properties hot text loops ask of every code point, answered without Unicode's property
/// tables for the ranges most of a Japanese office's text is made of (ASCII, kana, CJK ideographs, full-width
/// forms); any other code point asks the tables. `ScalarTraitsTests` holds each answer to the tables for
/// every code point.
public enum ScalarTraits {
    /// `properties.isWhitespace` (White_Space). U+3000 IDEOGRAPHIC SPACE is the last code point that has it.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v > 0x3000 { return false }
        return scalar.properties.isWhitespace
    }

    /// Whether a text made only of such code points is in NFC already: each is its own NFC form, has
    /// combining class 0 and never composes with a neighbour from this set.
    @inlinable
    public static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (0x3000...0x3029).contains(v) || (0x3030...0x3098).contains(v)
            || (0x309B...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    /// Whether a text made only of such code points is in NFKC already (ASCII and C1 controls, common
    /// Japanese punctuation, hiragana, katakana, CJK ideographs).
    @inlinable
    public static func isNFKCStable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0xA0 || (0x3001...0x3002).contains(v) || (0x300C...0x300F).contains(v)
            || (0x3041...0x3096).contains(v) || (0x30A1...0x30FE).contains(v) || (0x4E00...0x9FFF).contains(v)
    }

    /// Whether the code point can take part in an emoji sequence (twitter-text counts one as a single
    /// character). False for ASCII below `©`, CJK punctuation, kana, CJK ideographs and full-width forms:
    /// the digits, `#` and `*` start an emoji only with U+FE0F or U+20E3 after them, which are outside these.
    @inlinable
    public static func mayBeInEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return !(v < 0xA9 || (0x3000...0x302F).contains(v) || (0x3040...0x30FF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v))
    }
}
