import Dispatch

extension Array where Element: Sendable {
    /// `map`, run on all cores when there is enough work to pay for it; results keep the input order, so a
    /// parallel build's output is the same as a serial one's.
    public func parallelMap<T: Sendable>(minimumCount: Int = 2, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= minimumCount, count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        // Each iteration writes only its own slot, so the output order is the input order whatever runs first.
        self.withUnsafeBufferPointer { items in
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.set(index, transform(items[index]))
            }
        }
        return slots.values()
    }
}

/// Per-index result slots written by concurrent iterations. Each index is written exactly once, by one
/// iteration, so no two threads touch the same slot; the buffer is allocated once, so writes never go
/// through a shared Swift array (whose exclusivity checks would trap).
private final class ResultSlots<T>: @unchecked Sendable {
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
