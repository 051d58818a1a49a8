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

    /// Where an entry sorts: its kana key, then its name, then a tiebreak (a slug) so the order is total.
    /// Made once per entry: a sort compares keys, never readings.
    public struct SortKey: Comparable, Sendable {
        let kana: [UInt32]
        let name: [UInt32]
        let tiebreak: String

        public init(reading: String?, name: String, tiebreak: String) {
            kana = KanaOrder.key(reading: reading, name: name).unicodeScalars.map(\.value)
            self.name = name.unicodeScalars.map(\.value)
            self.tiebreak = tiebreak
        }

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.kana != b.kana { return a.kana.lexicographicallyPrecedes(b.kana) }
            if a.name != b.name { return a.name.lexicographicallyPrecedes(b.name) }
            return a.tiebreak < b.tiebreak
        }
    }

    /// `items` in kana order, each item's key made once.
    public static func sorted<T>(_ items: [T], by key: (T) -> SortKey) -> [T] {
        let keys = items.map(key)
        return items.indices.sorted { keys[$0] < keys[$1] }.map { items[$0] }
    }

    /// The text a name sorts by: its reading, or the name itself when it has none (or an empty one).
    public static func sortedText(reading: String?, name: String) -> String {
        (reading?.isEmpty == false ? reading : nil) ?? name
    }
}
