import Foundation
import Testing

/// Tells linear (or n log n) growth from quadratic by timing one operation at two input sizes.
///
/// The size is doubled until the operation takes at least ``floor``, so that the machine's noise is small
/// beside it; then the input four times as large is timed. Linear work takes about 4× as long, quadratic
/// 16×; anything under ``allowedRatio``× (plus ``slack``) passes. Each time is the best of ``tries`` runs, and
/// a failing pair is timed once more before it counts, since other work shares the machine.
struct ScalingCheck {
    /// How much larger the second input is.
    static let factor = 4
    /// Below 16 (quadratic) with room for noise above 4 (linear).
    static let allowedRatio = 8
    /// Added to the allowed time, for a machine shared with other builds.
    static let slack: Duration = .milliseconds(40)
    /// The least time the smaller input must take for the ratio to mean something.
    static let floor: Duration = .milliseconds(20)
    static let tries = 3

    /// Two timings of one operation.
    struct Timing: CustomStringConvertible {
        var size: Int
        var small: Duration
        var large: Duration

        /// Whether the larger input took less than ``allowedRatio`` times as long (plus ``slack``).
        var isSubquadratic: Bool { large < small * ScalingCheck.allowedRatio + ScalingCheck.slack }

        var description: String {
            "n = \(size): \(small.milliseconds) ms; 4n: \(large.milliseconds) ms "
                + "(\(String(format: "%.1f", large.milliseconds / max(small.milliseconds, 0.001)))×)"
        }
    }

    /// Times `shape` at the first size from `start` (doubling, at most `maximum`) that takes ``floor``, and at
    /// four times that size; a pair that looks quadratic is timed again.
    static func time(_ shape: ScalingShape) -> Timing {
        var size = shape.start
        var small = best(shape.work(size))
        while small < floor, size * 2 <= shape.maximum {
            size *= 2
            small = best(shape.work(size))
        }
        var timing = Timing(size: size, small: small, large: best(shape.work(size * factor)))
        if !timing.isSubquadratic {
            timing = Timing(size: size, small: best(shape.work(size)), large: best(shape.work(size * factor)))
        }
        return timing
    }

    /// The shortest of ``tries`` runs of `work`.
    static func best(_ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        var best = Duration.seconds(Int64.max)
        for _ in 0..<tries { best = min(best, clock.measure(work)) }
        return best
    }
}

/// One input shape that used to take quadratic time: how to make an input of size n and what to run on it.
struct ScalingShape: Sendable, CustomTestStringConvertible {
    var name: String
    /// The first size tried.
    var start: Int
    /// The largest size doubled to while looking for a measurable time.
    var maximum: Int
    /// Builds the input of size n (not timed) and returns the work to time.
    var work: @Sendable (Int) -> () -> Void

    var testDescription: String { name }
}

extension Duration {
    /// The duration in milliseconds, fractional.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
