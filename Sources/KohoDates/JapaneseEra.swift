import Foundation

/// A year in the Japanese era calendar (和暦): 令和7年 is `JapaneseEra.Year(name: "令和", year: 7)`.
///
/// The eras and the days they begin come from ICU's Japanese calendar through Foundation (CLDR's data: 平成
/// ends on 1989-01-07 and 令和 begins on 2019-05-01), read once into a table of era starts, so a lookup is a
/// binary search with no formatter. Eras begin with 明治, on 1868-09-08 in CLDR (the lunisolar date of its
/// proclamation, read as Gregorian); earlier days have no era here, as they were dated in the lunisolar
/// calendar, which ICU does not model.
public enum JapaneseEra {
    /// A year of an era.
    public struct Year: Sendable, Hashable {
        /// The era's name (`令和`).
        public var name: String
        /// The year within the era, 1 for its first year (元年).
        public var year: Int

        public init(name: String, year: Int) {
            self.name = name
            self.year = year
        }
    }

    /// The era year of the day `year-month-day` (Gregorian), or nil before 明治.
    public static func year(ofYear year: Int, month: Int, day: Int) -> Year? {
        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
        // The last era starting on or before the day.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle].day <= days { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let era = starts[low - 1]
        return Year(name: era.name, year: year - era.gregorianYear + 1)
    }

    /// An era's first day (days since 1970-01-01), the Gregorian year it starts in and its name.
    struct Start: Sendable {
        var day: Int
        var gregorianYear: Int
        var name: String
    }

    /// Every era from 明治 on, oldest first, as ICU knows them.
    static let starts: [Start] = {
        guard let utc = TimeZone(secondsFromGMT: 0) else { return [] }
        var calendar = Calendar(identifier: .japanese)
        calendar.timeZone = utc
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ja_JP@calendar=japanese")
        formatter.calendar = calendar
        formatter.timeZone = utc
        formatter.dateFormat = "GGGG"

        func instant(_ day: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(day) * 86_400) }
        func era(_ day: Int) -> Int { calendar.component(.era, from: instant(day)) }

        var starts: [Start] = []
        // Year by year from 1868, the year 明治 began, to well past today; an era that begins within a
        // year is found to the day by halving.
        var previousDay = CivilCalendar.daysFromCivil(year: 1868, month: 1, day: 1)
        var previousEra = era(previousDay)
        for year in 1869...2200 {
            let day = CivilCalendar.daysFromCivil(year: year, month: 1, day: 1)
            let current = era(day)
            guard current != previousEra else {
                previousDay = day
                continue
            }
            // The first day of `current`: after `low`, at or before `high`.
            var low = previousDay
            var high = day
            while high - low > 1 {
                let middle = (low + high) / 2
                if era(middle) == previousEra { low = middle } else { high = middle }
            }
            let (startYear, _, _) = CivilCalendar.civilFromDays(high)
            starts.append(Start(day: high, gregorianYear: startYear, name: formatter.string(from: instant(high))))
            previousDay = day
            previousEra = current
        }
        return starts
    }()
}
