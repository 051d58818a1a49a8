import Foundation

/// Values a long-running process (`koho serve`) keeps from one rebuild to the next, so that what did not
/// change is not made again. What a rebuild asks for is kept for the next one; what it did not ask for is let
/// go when the one after begins, so editing does not make the cache grow.
///
/// Safe to use from several threads at once (bodies and share links are made on every core).
public final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// What the previous rebuild used.
    private var previous: [Key: Value] = [:]
    /// What the current rebuild has used so far.
    private var current: [Key: Value] = [:]
    /// How many values were made rather than found, since the cache was made.
    public private(set) var madeCount = 0

    public init() {}

    /// Starts a rebuild: values the previous one did not use are let go.
    public func beginGeneration() {
        lock.withLock {
            if !current.isEmpty { previous = current }
            current = [:]
        }
    }

    /// Forgets every value (what they were made from has changed).
    public func removeAll() {
        lock.withLock {
            previous = [:]
            current = [:]
        }
    }

    /// The value for `key`, made by `make` when the cache does not hold it. Two threads may make the same
    /// value at once; both get an equal one.
    public func value(for key: Key, make: () -> Value) -> Value {
        let found: Value? = lock.withLock {
            guard let found = current[key] ?? previous[key] else { return nil }
            current[key] = found
            return found
        }
        if let found { return found }
        let made = make()
        lock.withLock {
            current[key] = made
            madeCount += 1
        }
        return made
    }
}
