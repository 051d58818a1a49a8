/// Finds the known name closest to a misspelt one, for "did you mean …?" hints.
public enum NameSuggester {
    /// The candidate nearest to `name` by edit distance, when it is close enough to be a likely typo.
    public static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        // Comparing costs the product of the lengths: a name this long is no typo, and must not cost seconds.
        guard name.utf8.count <= maxLength else { return nil }
        let target = Array(name.lowercased().unicodeScalars)
        // A third of the name's length (at least 1, at most 3) separates typos from different names.
        let allowed = max(1, min(3, target.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate.utf8.count <= maxLength {
            let other = Array(candidate.lowercased().unicodeScalars)
            // The distance is at least the difference in length.
            if abs(other.count - target.count) > allowed { continue }
            let d = distance(target, other)
            if let current = best, (current.distance, current.name) <= (d, candidate) { continue }
            best = (candidate, d)
        }
        guard let best else { return nil }
        return best.distance <= allowed ? best.name : nil
    }

    /// The longest name, in UTF-8 bytes, that is compared with others.
    static let maxLength = 256

    /// A hint for an unknown name: "did you mean `x`?" when one is close, else the known names (up to
    /// `limit`), else "there are no … yet"; `kind` names what the names are (``MessageKey/wordKindDepartments``).
    public static func hint(for name: String, among candidates: [String], kind: MessageKey, limit: Int = 12) -> Message {
        if let near = nearest(to: name, in: candidates) {
            return Message(.suggestDidYouMean, ["name": .code(near)])
        }
        if candidates.isEmpty { return Message(.suggestNoneYet, ["kind": .words(kind)]) }
        let sorted = candidates.sorted()
        let shown = Message.Argument.list(sorted.prefix(limit).map { .code($0) })
        if sorted.count > limit {
            return Message(.suggestExistingMore, ["kind": .words(kind), "names": shown, "count": .number(sorted.count)])
        }
        return Message(.suggestExisting, ["kind": .words(kind), "names": shown])
    }

    /// "did you mean `x`?", or nil when no candidate is close.
    public static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> Message? {
        nearest(to: name, in: candidates).map { Message(.suggestDidYouMean, ["name": .code($0)]) }
    }

    /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit (`atl` → `alt`),
    /// the commonest typo (optimal string alignment distance).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
