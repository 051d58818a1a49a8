/// "Did you mean …?" for misspelt field names, services and settings.
enum Suggestion {
    /// The candidate closest to `name` by edit distance, when close enough to be a likely typo.
    static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            if let current = best, (current.distance, current.name) <= (d, candidate) { continue }
            best = (candidate, d)
        }
        guard let best else { return nil }
        // A third of the name's length (at least 1, at most 3) tells a typo from a different name.
        let allowed = max(1, min(3, target.count / 3))
        return best.distance <= allowed ? best.name : nil
    }

    /// "did you mean `x`?" or `nil`.
    static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String? {
        nearest(to: name, in: candidates).map { "did you mean `\($0)`?" }
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
