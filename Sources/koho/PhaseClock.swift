import Foundation
import KohoDiagnostics
import Synchronization

/// `koho build --timings`: notes when each phase of the build starts (from the builder's progress messages)
/// and says how long each took.
final class PhaseClock: Sendable {
    private let marks = Mutex<[(phase: String, at: ContinuousClock.Instant)]>([])

    /// A progress callback that notes the time of each phase (named in `language`), then passes it on.
    func observing(
        _ next: (@Sendable (Message) -> Void)?, in language: Language
    ) -> @Sendable (Message) -> Void {
        { phase in
            let now = ContinuousClock.now
            self.marks.withLock { $0.append((phase.text(in: language), now)) }
            next?(phase)
        }
    }

    /// One line per phase, `  1.234 s  rendering 10,313 pages`, the last one up to now.
    func summary(title: String) -> String {
        let end = ContinuousClock.now
        let marks = self.marks.withLock { $0 }
        var lines = [title]
        for (i, mark) in marks.enumerated() {
            let until = i + 1 < marks.count ? marks[i + 1].at : end
            let duration = until - mark.at
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            lines.append(String(format: "%8.3f s  ", seconds) + mark.phase)
        }
        return lines.joined(separator: "\n")
    }
}
