public import KohoDiagnostics

// MARK: - Describing, testing and printing values

extension TemplateValue {
    /// The value's type in words, as error messages name it: "a string", "an int", "null" (整数, 文字列).
    public var typeWords: Message.Argument {
        switch self {
        case .null: .words(.wordTypeNull)
        case .bool: .words(.wordTypeBoolean)
        case .int: .words(.wordTemplateInt)
        case .double: .words(.wordTemplateFloat)
        case .string: .words(.wordTypeString)
        case .safeHTML: .words(.wordTemplateSafeHTML)
        case .date: .words(.wordTypeDate)
        case .list: .words(.wordTypeList)
        case .map: .words(.wordTemplateMap)
        }
    }

    /// Whether `{% if value %}` takes the branch: `null`, `false`, `0`, `0.0`, `""` and empty lists and maps
    /// are false, everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .int(let i): i != 0
        case .double(let d): d != 0
        case .string(let s): !s.isEmpty
        case .safeHTML(let s): !s.isEmpty
        case .date: true
        case .list(let items): !items.isEmpty
        case .map(let map): !map.isEmpty
        }
    }

    /// The value as plain text, the way `{{ }}` prints it before escaping; `nil` for lists and maps, which
    /// have no single text form.
    public var plainText: String? {
        switch self {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): Self.text(of: d)
        case .string(let s): s
        case .safeHTML(let s): s
        case .date(let d): d.isoString
        case .list, .map: nil
        }
    }

    /// The text of a string or safe HTML; `nil` for anything else.
    var stringContent: String? {
        switch self {
        case .string(let s), .safeHTML(let s): s
        default: nil
        }
    }

    /// Python's `repr`-like shortest form: `2.0` stays `2.0`, `0.1` is `0.1`.
    static func text(of d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }

    /// The number as a `Double`, for ints and floats.
    var numberValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }
}

// MARK: - Equality and order (Jinja's: 1 == 1.0, text compares by content)

extension TemplateValue {
    /// Whether `a == b` holds in a template: numbers compare by value across int and float, a string equals
    /// safe HTML with the same text, lists and maps compare by content, values of different types are unequal.
    /// Values nested deeper than ``TemplateLimits/walkDepth`` (a map that contains itself) compare unequal.
    public static func templateEqual(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        templateEqual(a, b, budget: nil)
    }

    /// ``templateEqual(_:_:)`` counting its work in `budget`: once the budget is spent it answers `false`
    /// at once, and the caller fails the render.
    static func templateEqual(_ a: TemplateValue, _ b: TemplateValue, budget: RenderBudget?, depth: Int = 0) -> Bool {
        guard depth < TemplateLimits.walkDepth else { return false }
        if let budget {
            if budget.isSpent { return false }
            budget.steps &+= 1
        }
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)), (.string(let x), .safeHTML(let y)),
            (.safeHTML(let x), .string(let y)), (.safeHTML(let x), .safeHTML(let y)):
            budget?.steps &+= min(x.utf8.count, y.utf8.count) >> 3
            return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.list(let x), .list(let y)):
            return x.count == y.count
                && zip(x, y).allSatisfy { templateEqual($0, $1, budget: budget, depth: depth + 1) }
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            for key in x.keys {
                guard let l = x[key], let r = y[key], templateEqual(l, r, budget: budget, depth: depth + 1) else {
                    return false
                }
            }
            return true
        default: return false
        }
    }

    /// The order of two values of comparable types (numbers, text, dates, booleans, lists of those); `nil`
    /// when they cannot be compared. Work is counted in `budget` as in ``templateEqual(_:_:budget:depth:)``;
    /// a spent budget makes every pair equal.
    static func templateOrder(
        _ a: TemplateValue, _ b: TemplateValue, caseSensitive: Bool = true, budget: RenderBudget? = nil,
        depth: Int = 0
    ) -> Int? {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        guard depth < TemplateLimits.walkDepth else { return nil }
        if let budget {
            if budget.isSpent { return 0 }
            budget.steps &+= 1
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return sign(x, y)
        case (.bool(let x), .bool(let y)): return sign(x ? 1 : 0, y ? 1 : 0)
        case (.date(let x), .date(let y)): return sign(x, y)
        case (.list(let x), .list(let y)):
            for (l, r) in zip(x, y) {
                guard let o = templateOrder(l, r, caseSensitive: caseSensitive, budget: budget, depth: depth + 1)
                else { return nil }
                if o != 0 { return o }
            }
            return sign(x.count, y.count)
        default:
            if let x = a.numberValue, let y = b.numberValue { return sign(x, y) }
            if let x = a.stringContent, let y = b.stringContent {
                budget?.steps &+= (x.utf8.count + y.utf8.count) >> 3
                return caseSensitive ? sign(x, y) : sign(x.lowercased(), y.lowercased())
            }
            return nil
        }
    }
}

// MARK: - Dates as text

extension TemplateDate {
    /// ISO 8601: `2024-04-01` for a date, `2024-04-01T18:30:00+09:00` for a date-time.
    public var isoString: String {
        var out: [UInt8] = []
        out.reserveCapacity(25)
        appendISO(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3339 with the time always (`2024-04-01T00:00:00+09:00` for a date without one: its midnight at
    /// its own offset, the instant feeds give), at the date's own offset: the `datetime` filter.
    public var dateTimeString: String {
        var out: [UInt8] = []
        out.reserveCapacity(25)
        appendISO(to: &out, withTime: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``isoString``'s bytes (dates are printed often: `<time datetime="…">`), or with `withTime`
    /// ``dateTimeString``'s.
    func appendISO(to out: inout [UInt8], withTime: Bool = false) {
        let c = components
        func digits(_ n: Int, _ width: Int) {
            var n = n
            if n < 0 {
                out.append(UInt8(ascii: "-"))
                n = -n
            }
            var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &buffer) { b in
                repeat {
                    b[7 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                    count += 1
                } while (n > 0 || count < width) && count < 8
                out.append(contentsOf: b[(8 - count)...])
            }
        }
        digits(c.year, 4)
        out.append(UInt8(ascii: "-"))
        digits(c.month, 2)
        out.append(UInt8(ascii: "-"))
        digits(c.day, 2)
        guard hasTime || withTime else { return }
        out.append(UInt8(ascii: "T"))
        digits(c.hour, 2)
        out.append(UInt8(ascii: ":"))
        digits(c.minute, 2)
        out.append(UInt8(ascii: ":"))
        digits(c.second, 2)
        let minutes = abs(utcOffsetSeconds) / 60
        out.append(utcOffsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        digits(minutes / 60, 2)
        out.append(UInt8(ascii: ":"))
        digits(minutes % 60, 2)
    }

    /// `+09:00` (with `separator` ":") or `+0900` (with "").
    func offsetString(separator: String) -> String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let minutes = abs(utcOffsetSeconds) / 60
        return sign + Self.pad(minutes / 60, 2) + separator + Self.pad(minutes % 60, 2)
    }

    /// `n` in decimal, zero-padded to `width` digits (a minus sign goes first).
    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(abs(n))
        let padded = digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
        return n < 0 ? "-" + padded : padded
    }
}
