import KohoContent
import KohoDiagnostics

/// Orders departments as a tree read level by level (top level first), and finds `parent` cycles.
enum DepartmentTree {
    /// Departments with top-level ones first, then their children (in their parents' order), each level
    /// by `order`, then reading. A department inside a cycle is reported once per cycle and kept at the top.
    static func order(_ entries: [DepartmentEntry], diagnostics: inout DiagnosticBag) -> [DepartmentEntry] {
        let bySlug = Dictionary(entries.enumerated().map { ($1.file.slug.value, $0) }, uniquingKeysWith: { a, _ in a })
        let parentOf: [Int?] = entries.map { $0.parent.flatMap { bySlug[$0.value] } }

        // Depth by walking up; a walk that meets itself is a cycle.
        var depth = [Int?](repeating: nil, count: entries.count)
        var reported = Set<Int>()
        for start in entries.indices {
            var path: [Int] = []
            var current: Int? = start
            while let c = current, depth[c] == nil, !path.contains(c) {
                path.append(c)
                current = parentOf[c]
            }
            if let c = current, let cycleStart = path.firstIndex(of: c) {
                let cycle = Array(path[cycleStart...])
                if reported.isDisjoint(with: cycle) {
                    // Report at the entry whose file sorts first, so the message is stable.
                    let first = cycle.min { entries[$0].file.path < entries[$1].file.path } ?? c
                    let names = rotated(cycle, toStartAt: first).map { entries[$0].file.slug.value }
                    let walk = (names + [names[0]]).joined(separator: " → ")
                    let place =
                        entries[first].parent?.location
                        ?? SourceLocation(path: entries[first].file.path, line: 1, column: 1)
                    let words = Message(.referenceDepartmentCycle, ["slug": .code(names[0]), "cycle": .text(walk)])
                    diagnostics.append(Diagnostic(at: place, words, hint: Message(.referenceDepartmentCycleHint)))
                }
                reported.formUnion(cycle)
                for i in cycle { depth[i] = 0 }
            }
            // Unwind the walked path now that the depth above it is known.
            var base = current.flatMap { depth[$0] } ?? -1
            for i in path.reversed() where depth[i] == nil {
                base += 1
                depth[i] = base
            }
        }

        let keys = entries.map { KanaOrder.SortKey(reading: $0.reading, name: $0.name, tiebreak: $0.file.slug.value) }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (entries[a].order ?? Int.max, entries[b].order ?? Int.max)
            return x != y ? x < y : keys[a] < keys[b]
        }

        // Level by level: each level sorted by its parent's position, then by order and reading.
        var position: [Int: Int] = [:]
        var result: [Int] = []
        let maxDepth = depth.compactMap { $0 }.max() ?? 0
        for level in 0...maxDepth {
            let members = entries.indices.filter { depth[$0] == level }.sorted { a, b in
                let pa = parentOf[a].flatMap { position[$0] } ?? -1
                let pb = parentOf[b].flatMap { position[$0] } ?? -1
                return pa != pb ? pa < pb : precedes(a, b)
            }
            for m in members {
                position[m] = result.count
                result.append(m)
            }
        }
        return result.map { entries[$0] }
    }

    private static func rotated(_ cycle: [Int], toStartAt first: Int) -> [Int] {
        guard let i = cycle.firstIndex(of: first) else { return cycle }
        return Array(cycle[i...] + cycle[..<i])
    }
}
