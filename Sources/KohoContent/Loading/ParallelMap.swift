import Foundation

extension Array where Element: Sendable {
    /// `map`, run on all cores when there is enough work to pay for it; results keep the input order.
    func parallelMap<T: Sendable>(minimumCount: Int = 16, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= minimumCount else { return map(transform) }
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

/// Result slots filled from several threads, one slot per index.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `storage` holds `lock`.
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
