import KohoBuild

/// Gathers the changes a watcher sees into one batch per save: an editor's save is often several events (a
/// temporary file written, then renamed over the old one), and one rebuild should follow them all.
///
/// A batch is due when no event came for ``quiet``, or ``longest`` after its first event when events keep
/// coming (a checkout writing thousands of files).
struct ChangeDebouncer {
    var quiet: Duration = .milliseconds(30)
    var longest: Duration = .milliseconds(300)
    private var pending: SourceChange?
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    init(quiet: Duration = .milliseconds(30), longest: Duration = .milliseconds(300)) {
        self.quiet = quiet
        self.longest = longest
    }

    /// Adds what an event says changed, seen at `instant`.
    mutating func note(_ change: SourceChange, at instant: ContinuousClock.Instant) {
        pending = pending.map { $0.merged(with: change) } ?? change
        first = first ?? instant
        last = instant
    }

    /// When the pending batch is due; nil when nothing is pending.
    var due: ContinuousClock.Instant? {
        guard let first, let last else { return nil }
        return min(last + quiet, first + longest)
    }

    /// The pending batch when it is due at `now`, and then nothing is pending.
    mutating func take(at now: ContinuousClock.Instant) -> SourceChange? {
        guard let due, now >= due else { return nil }
        defer {
            pending = nil
            first = nil
            last = nil
        }
        return pending
    }
}

extension SourceChange {
    /// Both changes as one.
    func merged(with other: SourceChange) -> SourceChange {
        switch (self, other) {
        case (.paths(let a), .paths(let b)): return .paths(a.union(b))
        default: return .everything
        }
    }
}
