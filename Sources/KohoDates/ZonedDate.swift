/// An instant with the UTC offset it is shown in, and whether it has a time of day.
///
/// Calendar fields are derived with plain arithmetic so formatting needs no time zone database.
public struct ZonedDate: Sendable, Hashable, Comparable {
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
        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
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
        let (y, m, d) = CivilCalendar.civilFromDays(Int(days))
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

    public static func < (a: ZonedDate, b: ZonedDate) -> Bool {
        (a.secondsSinceEpoch, a.nanosecond) < (b.secondsSinceEpoch, b.nanosecond)
    }

    public static func == (a: ZonedDate, b: ZonedDate) -> Bool {
        a.secondsSinceEpoch == b.secondsSinceEpoch && a.nanosecond == b.nanosecond
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(secondsSinceEpoch)
        hasher.combine(nanosecond)
    }
}
