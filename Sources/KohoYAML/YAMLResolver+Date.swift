import KohoDates
// MARK: - Dates

/// `YYYY-MM-DD` and `YYYY-MM-DD[Tt ]HH:MM[:SS[.fraction]][ ]*[Z|±HH[:MM]]`.
///
/// YAML 1.1's timestamp with one Koho extension: seconds are optional (`2024-04-01 18:30`), because
/// that is how people write a post's time. The hour may have one digit and the offset may be written
/// `±HH`, `±HH:MM` or `±HHMM`, as YAML 1.1 and ISO 8601 allow.
extension YAMLResolver {
    /// `nil` when the text does not have the shape of a date; `.some(nil)` when it has the shape but is
    /// not a real calendar date or time (2024-02-30, month 13, 25:00).
    static func date(_ bytes: Bytes) -> YAMLDate?? {
        var scanner = DateScanner(bytes: bytes)
        guard let year = scanner.number(digits: 4...4), scanner.skip("-"),
            let month = scanner.number(digits: 2...2), scanner.skip("-"),
            let day = scanner.number(digits: 2...2)
        else { return nil }
        let isRealDay = (1...12).contains(month) && (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
        if scanner.isAtEnd {
            return .some(isRealDay ? YAMLDate(year: year, month: month, day: day) : nil)
        }

        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.number(digits: 1...2), scanner.skip(":"),
            let minute = scanner.number(digits: 2...2)
        else { return nil }
        var second = 0
        var nanosecond = 0
        if scanner.skip(":") {
            guard let seconds = scanner.number(digits: 2...2) else { return nil }
            second = seconds
            if scanner.skip(".") {
                guard let fraction = scanner.fraction() else { return nil }
                nanosecond = fraction
            }
        }
        while scanner.skip(" ") || scanner.skip("\t") {}

        var offset: Int?
        var isRealOffset = true
        if scanner.skip("Z") {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(digits: 1...2) else { return nil }
            var minutes = 0
            if scanner.skip(":") {
                guard let written = scanner.number(digits: 2...2) else { return nil }
                minutes = written
            } else if let written = scanner.number(digits: 2...2) {
                minutes = written
            }
            isRealOffset = hours <= 23 && minutes <= 59
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard scanner.isAtEnd else { return nil }

        let isRealTime = hour <= 23 && minute <= 59 && second <= 59
        guard isRealDay, isRealTime, isRealOffset else { return .some(nil) }
        let time = YAMLDate.Time(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        return .some(YAMLDate(year: year, month: month, day: day, time: time, utcOffsetSeconds: offset))
    }
}

/// Reads a date's fields left to right; every method consumes only what it matched.
private struct DateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// A number of `digits` digits (as many as there are, within the range).
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        let start = index
        var value = 0
        var count = 0
        while count < digits.upperBound, index < bytes.count, YAMLResolver.isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            count += 1
            index += 1
        }
        guard count >= digits.lowerBound else {
            index = start
            return nil
        }
        return value
    }

    /// Fraction digits after the `.`, as nanoseconds; digits past the ninth are dropped.
    mutating func fraction() -> Int? {
        var nanoseconds = 0
        var count = 0
        while index < bytes.count, YAMLResolver.isDigit(bytes[index]) {
            if count < 9 {
                nanoseconds = nanoseconds * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 9) { nanoseconds *= 10 }
        return nanoseconds
    }

    /// `+1` or `-1` for a leading sign.
    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
