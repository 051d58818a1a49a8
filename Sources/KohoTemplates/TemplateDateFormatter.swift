import KohoDates
import KohoDiagnostics

/// Formats ``TemplateDate`` values with strftime-style formats (`%Y年%-m月%-d日`, `%B %-d, %Y`).
///
/// One pass over the format's UTF-8 bytes writes the result directly: no format tree is built, so a page
/// that prints many dates pays only for the bytes. Month and weekday names come from ``DateNames`` for the
/// site's language, so no locale database is needed. On a Japanese site glibc's era conversions print the
/// Japanese era (和暦) from ``JapaneseEra``: `%EC` the era (令和), `%Ey` the year in it (7, 元 for the first),
/// `%EY` both (令和7年, 令和元年); elsewhere, as glibc in the C locale, they are `%C`, `%y` and `%Y`. Formats written literally in a template are checked
/// when the template is loaded (``validate(_:)``).
enum TemplateDateFormatter {
    /// The directives a format may use, for the hint of an unknown one.
    static let supported =
        "%Y %y %C %EY %EC %Ey %m %-m %d %-d %e %H %-H %I %-I %M %-M %S %-S %p %B %b %A %a %j %z %:z %F %T %%"

    /// Checks `format` without formatting anything: an unknown directive (`%Q`) or a lone `%` is an error.
    static func validate(_ format: String) throws(TemplateFilterError) {
        _ = try string(
            from: TemplateDate(secondsSinceEpoch: 0, utcOffsetSeconds: 0, hasTime: true), format: format,
            names: DateNames.forLanguage("en"))
    }

    /// `date` written with `format`, with names from `names`.
    static func string(from date: TemplateDate, format: String, names: DateNames) throws(TemplateFilterError) -> String
    {
        let c = date.components
        var out: [UInt8] = []
        out.reserveCapacity(format.utf8.count + 16)

        func number(_ n: Int, _ width: Int) {
            var n = n
            if n < 0 {
                out.append(UInt8(ascii: "-"))
                n = -n
            }
            var digits = 1
            var power = 10
            while power <= n {
                digits += 1
                power *= 10
            }
            for _ in digits..<max(width, digits) { out.append(UInt8(ascii: "0")) }
            while power > 1 {
                power /= 10
                out.append(UInt8(ascii: "0") + UInt8(n / power % 10))
            }
        }
        func text(_ s: String) { out.append(contentsOf: s.utf8) }
        func offset(_ separator: Bool) {
            let minutes = abs(date.utcOffsetSeconds) / 60
            out.append(date.utcOffsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            number(minutes / 60, 2)
            if separator { out.append(UInt8(ascii: ":")) }
            number(minutes % 60, 2)
        }

        var bytes = format.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else {
                out.append(byte)
                continue
            }
            guard var d = bytes.next() else {
                throw TemplateFilterError(
                    Message(.templateDateFormatLonePercent, ["format": .text(format)]),
                    hint: Message(.templateDateFormatLonePercentHint))
            }
            var flag: UInt8?
            if d == UInt8(ascii: "-") || d == UInt8(ascii: ":") || d == UInt8(ascii: "E"), let next = bytes.next() {
                flag = d
                d = next
            }
            let unpadded = flag == UInt8(ascii: "-")
            let width = unpadded ? 1 : 2
            switch (Unicode.Scalar(d), flag) {
            case ("%", nil): out.append(UInt8(ascii: "%"))
            case ("Y", nil): number(c.year, 4)
            case ("y", nil): number(((c.year % 100) + 100) % 100, 2)
            case ("C", nil): number(Int((Double(c.year) / 100).rounded(.down)), 2)
            case ("C", UInt8(ascii: "E")), ("y", UInt8(ascii: "E")), ("Y", UInt8(ascii: "E")):
                guard names.eras, let era = JapaneseEra.year(ofYear: c.year, month: c.month, day: c.day) else {
                    // No era (a site in another language, a day before 明治): the Gregorian form, as glibc.
                    switch d {
                    case UInt8(ascii: "C"): number(Int((Double(c.year) / 100).rounded(.down)), 2)
                    case UInt8(ascii: "y"): number(((c.year % 100) + 100) % 100, 2)
                    default: number(c.year, 4)
                    }
                    continue
                }
                if d != UInt8(ascii: "y") { text(era.name) }
                if d != UInt8(ascii: "C") {
                    if era.year == 1 { text("元") } else { number(era.year, 1) }
                }
                if d == UInt8(ascii: "Y") { text("年") }
            case ("m", nil), ("m", UInt8(ascii: "-")): number(c.month, width)
            case ("d", nil), ("d", UInt8(ascii: "-")): number(c.day, width)
            case ("e", nil):
                if c.day < 10 { out.append(UInt8(ascii: " ")) }
                number(c.day, 1)
            case ("H", nil), ("H", UInt8(ascii: "-")): number(c.hour, width)
            case ("I", nil), ("I", UInt8(ascii: "-")): number(c.hour % 12 == 0 ? 12 : c.hour % 12, width)
            case ("M", nil), ("M", UInt8(ascii: "-")): number(c.minute, width)
            case ("S", nil), ("S", UInt8(ascii: "-")): number(c.second, width)
            case ("p", nil): text(c.hour < 12 ? names.am : names.pm)
            case ("B", nil): text(names.months[c.month - 1])
            case ("b", nil), ("h", nil): text(names.shortMonths[c.month - 1])
            case ("A", nil): text(names.weekdays[c.weekday])
            case ("a", nil): text(names.shortWeekdays[c.weekday])
            case ("j", nil):
                let start = CivilCalendar.daysFromCivil(year: c.year, month: 1, day: 1)
                number(CivilCalendar.daysFromCivil(year: c.year, month: c.month, day: c.day) - start + 1, 3)
            case ("z", nil): offset(false)
            case ("z", UInt8(ascii: ":")): offset(true)
            case ("F", nil):
                number(c.year, 4)
                out.append(UInt8(ascii: "-"))
                number(c.month, 2)
                out.append(UInt8(ascii: "-"))
                number(c.day, 2)
            case ("T", nil):
                number(c.hour, 2)
                out.append(UInt8(ascii: ":"))
                number(c.minute, 2)
                out.append(UInt8(ascii: ":"))
                number(c.second, 2)
            default:
                var written = "%"
                if let flag { written.unicodeScalars.append(Unicode.Scalar(flag)) }
                // The directive may be the lead byte of a multi-byte character: show the whole character.
                var rest = [d]
                while let next = bytes.next() {
                    if next & 0xC0 != 0x80 { break }
                    rest.append(next)
                }
                written += String(decoding: rest, as: UTF8.self)
                throw TemplateFilterError(
                    Message(.templateDateDirectiveUnknown, ["directive": .code(written), "format": .text(format)]),
                    hint: Message(.templateDateDirectiveUnknownHint, ["directives": .text(supported)]))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Month and weekday names and the default date format of a language.
struct DateNames: Sendable {
    var months: [String]
    var shortMonths: [String]
    /// Sunday first.
    var weekdays: [String]
    var shortWeekdays: [String]
    var am: String
    var pm: String
    /// Whether `%EC`, `%Ey` and `%EY` print the Japanese era (和暦) rather than the Gregorian year.
    var eras: Bool
    /// The format `date` uses without an argument.
    var defaultFormat: String

    /// The names for a BCP 47 language tag (`ja`, `ja-JP`, `en-GB`); English names for other languages,
    /// with the ISO format as the default.
    static func forLanguage(_ language: String) -> DateNames {
        let primary = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        switch primary {
        case "ja":
            let months = (1...12).map { "\($0)月" }
            return DateNames(
                months: months, shortMonths: months,
                weekdays: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
                shortWeekdays: ["日", "月", "火", "水", "木", "金", "土"], am: "午前", pm: "午後", eras: true,
                defaultFormat: "%Y年%-m月%-d日")
        default:
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
            let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            return DateNames(
                months: months, shortMonths: months.map { String($0.prefix(3)) }, weekdays: weekdays,
                shortWeekdays: weekdays.map { String($0.prefix(3)) }, am: "AM", pm: "PM", eras: false,
                defaultFormat: primary == "en" ? "%B %-d, %Y" : "%Y-%m-%d")
        }
    }
}
