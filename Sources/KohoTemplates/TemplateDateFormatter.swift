/// Formats ``TemplateDate`` values with strftime-style formats (`%Y年%-m月%-d日`, `%B %-d, %Y`).
///
/// A format is parsed once into pieces; month and weekday names come from ``DateNames`` for the site's
/// language, so no locale database is needed.
struct TemplateDateFormatter: Sendable {
    /// The directives a format may use, for the hint of an unknown one.
    static let supported = "%Y %y %m %-m %d %-d %e %H %-H %I %-I %M %-M %S %-S %p %B %b %A %a %j %z %:z %F %T %%"

    private enum Piece: Sendable {
        case literal(String)
        case year, shortYear, month(padded: Bool), day(padded: Bool), spacePaddedDay, hour24(padded: Bool)
        case hour12(padded: Bool), minute(padded: Bool), second(padded: Bool), amPM, monthName, shortMonthName
        case weekdayName, shortWeekdayName, dayOfYear, offset, offsetWithColon
    }

    private let pieces: [Piece]

    /// Parses `format`; an unknown directive (`%Q`) or a lone `%` at the end is an error.
    init(format: String) throws(TemplateFilterError) {
        var pieces: [Piece] = []
        var literal = ""
        var scalars = format.unicodeScalars.makeIterator()
        func flush() {
            if !literal.isEmpty {
                pieces.append(.literal(literal))
                literal = ""
            }
        }
        while let c = scalars.next() {
            guard c == "%" else {
                literal.unicodeScalars.append(c)
                continue
            }
            guard var d = scalars.next() else {
                throw TemplateFilterError(
                    "the date format \"\(format)\" ends with a lone `%`", hint: "write `%%` for a percent sign")
            }
            var unpadded = false
            var colon = false
            if d == "-" || d == ":", let next = scalars.next() {
                unpadded = d == "-"
                colon = d == ":"
                d = next
            }
            let piece: Piece?
            switch d {
            case "%" where !unpadded && !colon:
                literal += "%"
                continue
            case "Y": piece = .year
            case "y": piece = .shortYear
            case "m": piece = .month(padded: !unpadded)
            case "d": piece = .day(padded: !unpadded)
            case "e": piece = .spacePaddedDay
            case "H": piece = .hour24(padded: !unpadded)
            case "I": piece = .hour12(padded: !unpadded)
            case "M": piece = .minute(padded: !unpadded)
            case "S": piece = .second(padded: !unpadded)
            case "p": piece = .amPM
            case "B": piece = .monthName
            case "b", "h": piece = .shortMonthName
            case "A": piece = .weekdayName
            case "a": piece = .shortWeekdayName
            case "j": piece = .dayOfYear
            case "z": piece = colon ? .offsetWithColon : .offset
            case "F":
                flush()
                pieces += [.year, .literal("-"), .month(padded: true), .literal("-"), .day(padded: true)]
                continue
            case "T":
                flush()
                pieces += [
                    .hour24(padded: true), .literal(":"), .minute(padded: true), .literal(":"), .second(padded: true),
                ]
                continue
            default: piece = nil
            }
            guard let piece, !(colon && d != "z"), !(unpadded && !Self.canDropPadding(d)) else {
                let written = "%" + (unpadded ? "-" : colon ? ":" : "") + String(d)
                throw TemplateFilterError(
                    "unknown date directive `\(written)` in \"\(format)\"", hint: "supported: " + Self.supported)
            }
            flush()
            pieces.append(piece)
        }
        flush()
        self.pieces = pieces
    }

    private static func canDropPadding(_ d: Unicode.Scalar) -> Bool {
        "mdHIMS".unicodeScalars.contains(d)
    }

    /// `date` written with this format, with names from `names`.
    func string(from date: TemplateDate, names: DateNames) -> String {
        let c = date.components
        var out = ""
        func number(_ n: Int, _ padded: Bool) {
            out += padded ? TemplateDate.pad(n, 2) : String(n)
        }
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .year: out += TemplateDate.pad(c.year, 4)
            case .shortYear: out += TemplateDate.pad(((c.year % 100) + 100) % 100, 2)
            case .month(let padded): number(c.month, padded)
            case .day(let padded): number(c.day, padded)
            case .spacePaddedDay: out += c.day < 10 ? " " + String(c.day) : String(c.day)
            case .hour24(let padded): number(c.hour, padded)
            case .hour12(let padded): number(c.hour % 12 == 0 ? 12 : c.hour % 12, padded)
            case .minute(let padded): number(c.minute, padded)
            case .second(let padded): number(c.second, padded)
            case .amPM: out += c.hour < 12 ? names.am : names.pm
            case .monthName: out += names.months[c.month - 1]
            case .shortMonthName: out += names.shortMonths[c.month - 1]
            case .weekdayName: out += names.weekdays[c.weekday]
            case .shortWeekdayName: out += names.shortWeekdays[c.weekday]
            case .dayOfYear:
                let start = TemplateDate.daysFromCivil(year: c.year, month: 1, day: 1)
                let day = TemplateDate.daysFromCivil(year: c.year, month: c.month, day: c.day)
                out += TemplateDate.pad(day - start + 1, 3)
            case .offset: out += date.offsetString(separator: "")
            case .offsetWithColon: out += date.offsetString(separator: ":")
            }
        }
        return out
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
                shortWeekdays: ["日", "月", "火", "水", "木", "金", "土"], am: "午前", pm: "午後",
                defaultFormat: "%Y年%-m月%-d日")
        default:
            let months = [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
            let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            return DateNames(
                months: months, shortMonths: months.map { String($0.prefix(3)) }, weekdays: weekdays,
                shortWeekdays: weekdays.map { String($0.prefix(3)) }, am: "AM", pm: "PM",
                defaultFormat: primary == "en" ? "%B %-d, %Y" : "%Y-%m-%d")
        }
    }
}
