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

/// An instant with the UTC offset it is shown in, and whether it has a time of day.
///
/// Calendar fields are derived with plain arithmetic so formatting needs no time zone database.
public struct TemplateDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64
    /// Nanoseconds within the second.
    public var nanosecond: Int
    /// The offset from UTC it is shown in, in seconds (`+09:00` is 32400).
    public var utcOffsetSeconds: Int
    /// False for a date written without a time (`2024-04-01`).
    public var hasTime: Bool

    public init(secondsSinceEpoch: Int64, nanosecond: Int = 0, utcOffsetSeconds: Int, hasTime: Bool) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.nanosecond = nanosecond
        self.utcOffsetSeconds = utcOffsetSeconds
        self.hasTime = hasTime
    }

    /// The local date-time `year-month-day hour:minute:second` at `utcOffsetSeconds`.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, nanosecond: Int = 0,
        utcOffsetSeconds: Int, hasTime: Bool
    ) {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(
            secondsSinceEpoch: local - Int64(utcOffsetSeconds), nanosecond: nanosecond,
            utcOffsetSeconds: utcOffsetSeconds, hasTime: hasTime)
    }

    /// Local calendar fields at the date's own offset.
    public var components: Components {
        let local = secondsSinceEpoch + Int64(utcOffsetSeconds)
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (y, m, d) = Self.civilFromDays(Int(days))
        // 1970-01-01 was a Thursday; weekday 0 = Sunday.
        let weekday = Int(((days % 7) + 11) % 7)
        return Components(
            year: y, month: m, day: d, hour: Int(rest / 3600), minute: Int(rest % 3600 / 60),
            second: Int(rest % 60), weekday: weekday)
    }

    /// Local calendar fields.
    public struct Components: Sendable, Hashable {
        public var year, month, day, hour, minute, second: Int
        /// 0 = Sunday … 6 = Saturday.
        public var weekday: Int
    }

    public static func < (a: TemplateDate, b: TemplateDate) -> Bool {
        (a.secondsSinceEpoch, a.nanosecond) < (b.secondsSinceEpoch, b.nanosecond)
    }

    public static func == (a: TemplateDate, b: TemplateDate) -> Bool {
        a.secondsSinceEpoch == b.secondsSinceEpoch && a.nanosecond == b.nanosecond
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSinceEpoch)
        hasher.combine(nanosecond)
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
