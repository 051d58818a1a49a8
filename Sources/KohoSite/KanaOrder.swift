/// The order of names in a list: by reading in dictionary order (``Collator/japanese``, ICU's `ja` collation),
/// then by the name, then by a tiebreak.
///
/// A name without a reading sorts by the name itself through the same collator: a name written in kana among
/// the readings, a Latin one with the Latin names after kana, one in kanji after both (in ICU's order for kanji).
public enum KanaOrder {
    /// The collation key of `reading` (or `name` when there is none).
    public static func key(reading: String?, name: String) -> [UInt8] {
        Collator.japanese.key(sortedText(reading: reading, name: name))
    }

    /// Where an entry sorts: its reading's collation key, then its name's, then a tiebreak (a slug) so the order
    /// is total. Made once per entry: a sort compares keys, never readings.
    public struct SortKey: Comparable, Sendable {
        let kana: [UInt8]
        let name: [UInt8]
        let tiebreak: String

        public init(reading: String?, name: String, tiebreak: String) {
            let hasReading = reading?.isEmpty == false
            kana = KanaOrder.key(reading: reading, name: name)
            self.name = hasReading ? Collator.japanese.key(name) : kana
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
