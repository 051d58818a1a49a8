public import KohoDates
/// A value a template can print, test, loop over or pass to a filter.
///
/// The site's entries become values once per build; templates read them through this enum only — never
/// through reflection.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text; HTML-escaped when printed.
    case string(String)
    /// HTML known to be safe (rendered Markdown, the output of `safe`); printed as it is.
    case safeHTML(String)
    case date(TemplateDate)
    case list([TemplateValue])
    /// An object with named fields (`staff.name`); shared by reference so an entry in a list is the same
    /// object as on its own page.
    case map(TemplateMap)
}

/// An object with named fields in a fixed order.
///
/// A map is filled while the site's values are built (possibly with cycles: a department lists its staff,
/// each staff member lists their departments), then only read. It is a class so that one entry is one
/// object everywhere it appears. It is `@unchecked Sendable` because it is mutated only during
/// construction, before it is shared with rendering threads.
public final class TemplateMap: @unchecked Sendable {
    // `@exclusivity(unchecked)`: a map is written only while it is built, on one thread, and read after, so
    // the runtime's per-access exclusivity check (a thread-local lookup on every field read) buys nothing.
    /// The field names, in the order they were first set.
    @exclusivity(unchecked) public private(set) var keys: [String] = []
    // Fields live in arrays indexed through a small open-addressed table keyed by an FNV-1a hash: templates
    // know their field names when they are parsed, so a lookup while rendering hashes nothing (see
    // `value(forKey:hash:)`), and the hash is far cheaper than `Dictionary`'s SipHash when it is computed.
    @exclusivity(unchecked) private var values: [TemplateValue] = []
    @exclusivity(unchecked) private var hashes: [Int] = []
    /// Entry index + 1 for each slot, 0 when empty; the count is a power of two, at least twice the fields.
    @exclusivity(unchecked) private var slots: [Int32] = []

    /// An empty map, to be filled before it is shared.
    public init() {}

    /// A map with `pairs` as its fields, in order.
    public init(_ pairs: KeyValuePairs<String, TemplateValue>) {
        for (key, value) in pairs { self[key] = value }
    }

    /// A map with `pairs` as its fields, in order (a later pair with the same name replaces the value).
    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The field `key`, or `nil` when the map has no such field (not the same as a field that is `null`).
    public subscript(key: String) -> TemplateValue? {
        get { value(forKey: key, hash: Self.hash(of: key)) }
        set {
            let hash = Self.hash(of: key)
            if let index = index(forKey: key, hash: hash) {
                values[index] = newValue ?? .null
                return
            }
            keys.append(key)
            values.append(newValue ?? .null)
            hashes.append(hash)
            if keys.count * 2 > slots.count {
                rehash()
            } else {
                insertSlot(keys.count - 1)
            }
        }
    }

    /// The number of fields.
    public var count: Int { keys.count }
    /// Whether the map has no fields (an empty map is false in `{% if %}`).
    public var isEmpty: Bool { keys.isEmpty }

    /// Drops every field, so cyclic graphs of maps can be freed (a long-running server rebuilds often).
    public func removeAll() {
        keys.removeAll()
        values.removeAll()
        hashes.removeAll()
        slots.removeAll()
    }

    /// The field `key` whose ``hash(of:)`` is `hash` (computed once, when a template is parsed).
    @inline(__always)
    func value(forKey key: String, hash: Int) -> TemplateValue? {
        guard let index = index(forKey: key, hash: hash) else { return nil }
        return values[index]
    }

    /// The hash ``TemplateMap`` files fields under: 64-bit FNV-1a over the UTF-8 bytes.
    static func hash(of key: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always)
    private func index(forKey key: String, hash: Int) -> Int? {
        let count = slots.count
        if count == 0 { return nil }
        let mask = count - 1
        var i = hash & mask
        while true {
            let entry = Int(slots[i])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash, keys[entry - 1] == key { return entry - 1 }
            i = (i + 1) & mask
        }
    }

    private func insertSlot(_ entry: Int) {
        let mask = slots.count - 1
        var i = hashes[entry] & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(entry + 1)
    }

    private func rehash() {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        for entry in keys.indices { insertSlot(entry) }
    }
}

/// Dates in templates are the one date type of Koho (KohoDates), so content dates need no conversion.
public typealias TemplateDate = ZonedDate
