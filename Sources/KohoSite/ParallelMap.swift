import Dispatch

extension Array where Element: Sendable {
    /// `map` over the elements on every core, keeping the order, so parallel output equals a serial build.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeResults<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.values()
    }
}

/// Per-index result slots written by concurrent iterations; each index is written exactly once, by one
/// iteration, so no two threads touch the same slot. The buffer is allocated once, so writes never touch
/// a shared Swift array (whose exclusivity checks would trap).
private final class UnsafeResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        slots[index] = value
    }

    func values() -> [T] {
        (0..<count).compactMap { slots[$0] }
    }
}
