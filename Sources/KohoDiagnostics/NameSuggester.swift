/// Finds the known name closest to a misspelt one, for "did you mean …?" hints.
public enum NameSuggester {
    /// The candidate nearest to `name` by edit distance, when it is close enough to be a likely typo.
    public static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            if let current = best, (current.distance, current.name) <= (d, candidate) { continue }
            best = (candidate, d)
        }
        guard let best else { return nil }
        // A third of the name's length (at least 1, at most 3) separates typos from different names.
        let allowed = max(1, min(3, target.count / 3))
        return best.distance <= allowed ? best.name : nil
    }

    /// A hint for an unknown name: "did you mean `x`?" when one is close, else the known names (up to
    /// `limit`), else nil when there are none.
    public static func hint(for name: String, among candidates: [String], kind: String, limit: Int = 12) -> String? {
        if let near = nearest(to: name, in: candidates) {
            return "did you mean `\(near)`?"
        }
        if candidates.isEmpty { return "there are no \(kind) yet" }
        let sorted = candidates.sorted()
        let shown = sorted.prefix(limit).joined(separator: ", ")
        let more = sorted.count > limit ? ", … (\(sorted.count) in all)" : ""
        return "\(kind) that exist: \(shown)\(more)"
    }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
