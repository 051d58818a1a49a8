/// Finds the name a person most likely meant ("did you mean `staff`?") by edit distance.
enum NameSuggester {
    /// The candidate closest to `name`, if one is close enough to be a plausible typo.
    static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        // Short names tolerate one edit, longer ones about a third of their length.
        let limit = max(1, min(3, target.count / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != name {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            guard d <= limit else { continue }
            if let b = best, (b.distance, b.name) <= (d, candidate) { continue }
            best = (d, candidate)
        }
        return best?.name
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps (`nmae`
    /// → `name` is one edit).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, before[j - 2] + 1)
                }
                current[j] = d
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// "a, b, c" listing at most `limit` names in order, then "…".
    static func list(_ names: [String], limit: Int = 12) -> String {
        let shown = names.prefix(limit).joined(separator: ", ")
        return names.count > limit ? shown + ", …" : shown
    }
}
