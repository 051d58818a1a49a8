import KohoSocial

/// Sort keys for Japanese names: readings in kana order (katakana sorts with hiragana), then the name.
public enum KanaOrder {
    /// A key that sorts `reading` (or `name` when there is none) in the gojūon order of kana.
    public static func key(reading: String?, name: String) -> String {
        let source = sortedText(reading: reading, name: name)
        var scalars = String.UnicodeScalarView()
        for scalar in UnicodeNormalizer.nfkc(source).unicodeScalars {
            // Katakana ァ (U+30A1) … ヶ (U+30F6) map onto hiragana ぁ (U+3041) … ゖ (U+3096).
            if (0x30A1...0x30F6).contains(scalar.value), let hiragana = Unicode.Scalar(scalar.value - 0x60) {
                scalars.append(hiragana)
            } else {
                // One scalar at a time: `append(contentsOf:)` on a scalar view costs time in the whole view
                // each time, quadratic in the length of the name.
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(lower) }
            }
        }
        return String(scalars)
    }

    /// The text a name sorts by: its reading, or the name itself when it has none (or an empty one).
    public static func sortedText(reading: String?, name: String) -> String {
        (reading?.isEmpty == false ? reading : nil) ?? name
    }

    /// True when `a` sorts before `b`: by kana key, then by name, then by `tiebreak` (a slug) so the order is total.
    public static func precedes(
        _ a: (reading: String?, name: String, tiebreak: String), _ b: (reading: String?, name: String, tiebreak: String)
    ) -> Bool {
        let ka = key(reading: a.reading, name: a.name)
        let kb = key(reading: b.reading, name: b.name)
        if ka != kb { return ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars) }
        if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
        return a.tiebreak < b.tiebreak
    }
}
