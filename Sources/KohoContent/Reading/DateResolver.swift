import KohoDates
import Foundation
import KohoYAML

/// Turns dates as written into instants: a date without an offset is in the site's time zone.
struct DateResolver: Sendable {
    let timeZone: TimeZone

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The instant `date` names, or `nil` when it is no real date (`2024-02-30`, `25:00`).
    func resolve(_ date: YAMLDate) -> ZonedDate? {
        guard DateText.isValid(date) else { return nil }
        let time = date.time ?? YAMLDate.Time(hour: 0, minute: 0)
        let days = CivilCalendar.daysFromCivil(year: date.year, month: date.month, day: date.day)
        let wallClock = Int64(days) * 86_400 + Int64(time.hour * 3600 + time.minute * 60 + time.second)
        if let offset = date.utcOffsetSeconds {
            // A written offset is kept exactly: 18:30 +09:00 stays 18:30 +09:00.
            return ZonedDate(
                secondsSinceEpoch: wallClock - Int64(offset), nanosecond: time.nanosecond,
                utcOffsetSeconds: offset, hasTime: date.time != nil)
        }
        let instant = localInstant(wallClock: wallClock)
        return ZonedDate(
            secondsSinceEpoch: instant, nanosecond: time.nanosecond,
            utcOffsetSeconds: offset(at: instant), hasTime: date.time != nil)
    }

    /// The instant at which the site's clocks show `wallClock` (seconds since 1970 as if in UTC).
    ///
    /// Around a daylight-saving change a wall-clock time can happen twice (autumn: the first one is taken)
    /// or not at all (spring: it is read with the offset before the change, so 02:30 becomes 03:30 summer
    /// time), which is what people mean and what calendars do.
    private func localInstant(wallClock: Int64) -> Int64 {
        // Offsets a day either side bracket any single transition near this time.
        let before = offset(at: wallClock - 86_400)
        let after = offset(at: wallClock + 86_400)
        let fitting = Set([before, after]).filter { offset(at: wallClock - Int64($0)) == $0 }
        if let largest = fitting.max() { return wallClock - Int64(largest) }
        return wallClock - Int64(before)
    }

    private func offset(at seconds: Int64) -> Int {
        ZonedDate.utcOffset(of: timeZone, at: seconds)
    }
}

/// Dates written as text: parsing quoted dates, checking calendars, counting days.
enum DateText {
    /// Parses `2024-04-01`, `2024-04-01T18:30`, `2024-04-01 18:30:00.5`, with an optional `Z` or `±09:00`.
    static func parse(_ text: String) -> YAMLDate? {
        var s = Scanner(Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars))
        guard let year = s.digits(4), s.skip("-"), let month = s.digits(1...2), s.skip("-"),
            let day = s.digits(1...2)
        else { return nil }
        var date = YAMLDate(year: year, month: month, day: day)
        if s.atEnd { return isValid(date) ? date : nil }
        guard s.skip("T") || s.skip("t") || s.skipSpaces() else { return nil }
        guard let hour = s.digits(1...2), s.skip(":"), let minute = s.digits(2) else { return nil }
        var time = YAMLDate.Time(hour: hour, minute: minute)
        if s.skip(":") {
            guard let second = s.digits(2) else { return nil }
            time.second = second
            if s.skip(".") {
                guard let fraction = s.fraction() else { return nil }
                time.nanosecond = fraction
            }
        }
        date.time = time
        _ = s.skipSpaces()
        if s.skip("Z") || s.skip("z") {
            date.utcOffsetSeconds = 0
        } else if let sign = s.sign() {
            guard let hours = s.digits(1...2) else { return nil }
            var minutes = 0
            if s.skip(":") {
                guard let m = s.digits(2) else { return nil }
                minutes = m
            } else if let m = s.digits(2) {
                minutes = m
            }
            date.utcOffsetSeconds = sign * (hours * 3600 + minutes * 60)
        }
        guard s.atEnd, isValid(date) else { return nil }
        return date
    }

    /// True when the date exists in the calendar and the time and offset are in range.
    static func isValid(_ date: YAMLDate) -> Bool {
        guard (1...12).contains(date.month), (1...CivilCalendar.daysIn(month: date.month, year: date.year)).contains(date.day)
        else { return false }
        if let t = date.time {
            guard (0...23).contains(t.hour), (0...59).contains(t.minute), (0...59).contains(t.second),
                (0..<1_000_000_000).contains(t.nanosecond)
            else { return false }
        }
        if let offset = date.utcOffsetSeconds, abs(offset) > 18 * 3600 { return false }
        return true
    }

    /// A cursor over the scalars of a date.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index == scalars.count }

        mutating func skip(_ c: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == c else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() -> Bool {
            let start = index
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            return index > start
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }

        mutating func digits(_ count: Int) -> Int? { digits(count...count) }

        /// A run of ASCII digits whose length is in `counts`.
        mutating func digits(_ counts: ClosedRange<Int>) -> Int? {
            var value = 0
            var n = 0
            while index + n < scalars.count, n < counts.upperBound, let d = digit(scalars[index + n]) {
                value = value * 10 + d
                n += 1
            }
            guard counts.contains(n) else { return nil }
            index += n
            return value
        }

        /// Fraction digits as nanoseconds.
        mutating func fraction() -> Int? {
            var value = 0
            var n = 0
            while index < scalars.count, let d = digit(scalars[index]) {
                if n < 9 { value = value * 10 + d }
                n += 1
                index += 1
            }
            guard n > 0 else { return nil }
            for _ in min(n, 9)..<9 { value *= 10 }
            return value
        }

        private func digit(_ c: Unicode.Scalar) -> Int? {
            ("0"..."9").contains(c) ? Int(c.value - 48) : nil
        }
    }
}
