import Foundation
import KohoDates

/// The date a person meant when they wrote one the way people write dates, not the way Koho reads them:
/// `2024/4/1`, `2024.4.1`, `2024年4月1日`, `２０２４-４-１` (full-width), `令和6年4月1日`, `令和元年5月1日` → `2024-04-01`;
/// with `parts: 2` or `1` the same for a year and month (`平成17年4月` → `2005-04`) or a year.
///
/// Japanese era dates (和暦) are read by ICU's Japanese calendar, through Foundation.
enum DateSuggestion {
    /// The ISO form (`2024-04-01`, `2024-04`, `2024`) of `text`, or nil when it reads as no date. `parts` is
    /// the most the answer may have (3: a whole date).
    static func suggest(_ text: String, parts: Int = 3) -> String? {
        let written = text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
        if written.contains(where: { "明治大正昭和平成令和".contains($0) }) { return era(written, parts: parts) }
        let numbers = written.split(whereSeparator: { "/.-年月日".contains($0) })
        guard (1...parts).contains(numbers.count), numbers.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            numbers[0].count == 4, numbers.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            let values = Optional(numbers.compactMap { Int($0) }), values.count == numbers.count
        else { return nil }
        return iso(values)
    }

    /// `2024-04-01` for [2024, 4, 1] when it is a real date; shorter for fewer parts.
    private static func iso(_ values: [Int]) -> String? {
        let year = values[0]
        guard (1...9999).contains(year) else { return nil }
        var result = String(format: "%04d", year)
        if values.count > 1 {
            guard (1...12).contains(values[1]) else { return nil }
            result += String(format: "-%02d", values[1])
        }
        if values.count > 2 {
            guard (1...CivilCalendar.daysIn(month: values[1], year: year)).contains(values[2]) else { return nil }
            result += String(format: "-%02d", values[2])
        }
        return result
    }

    /// An era date through ICU: `令和6年4月1日`, `平成17年4月`, `令和元年`.
    private static func era(_ written: String, parts: Int) -> String? {
        let patterns: [(String, Int)] = [("Gy年M月d日", 3), ("Gy年M月", 2), ("Gy年", 1)]
        for (pattern, count) in patterns where count <= parts {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "ja_JP@calendar=japanese")
            formatter.calendar = Calendar(identifier: .japanese)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            formatter.isLenient = false
            guard let date = formatter.date(from: written) else { continue }
            var gregorian = Calendar(identifier: .gregorian)
            gregorian.timeZone = TimeZone(identifier: "UTC") ?? gregorian.timeZone
            let c = gregorian.dateComponents([.year, .month, .day], from: date)
            guard let year = c.year, let month = c.month, let day = c.day else { return nil }
            return iso(Array([year, month, day].prefix(count)))
        }
        return nil
    }
}
