/// Turns scalar text into values: plain scalars by the YAML 1.2 core schema plus dates, tagged scalars
/// by their tag.
///
/// Hand-written byte matching instead of regular expressions, because a build resolves every scalar of
/// thousands of files: most scalars are words and are rejected by their first byte.
enum YAMLResolver {
    /// What a scalar's text resolves to.
    enum Resolution: Equatable {
        /// The text stays a string.
        case string
        case value(YAMLValue)
        /// An integer written correctly but beyond `Int`.
        case integerTooLarge
        /// A tagged scalar its tag cannot hold (`!!int abc`, `!!timestamp 2024-02-30`).
        case invalid
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Resolves an untagged plain scalar by the core schema: null, bool, int, float, then dates.
    static func resolvePlain(_ text: String) -> Resolution {
        withBytes(text) { bytes in
            guard let first = bytes.first else { return .value(.null) }
            switch first {
            case UInt8(ascii: "~"):
                return bytes.count == 1 ? .value(.null) : .string
            case UInt8(ascii: "n"), UInt8(ascii: "N"):
                return isNull(bytes) ? .value(.null) : .string
            case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
                return bool(bytes).map { .value(.bool($0)) } ?? .string
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let date = date(bytes) { return date.map { .value(.date($0)) } ?? .string }
                return number(bytes, text: text) ?? .string
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                return number(bytes, text: text) ?? .string
            default:
                return .string
            }
        }
    }

    /// Resolves a scalar by an explicit core tag, whatever its style; `nil` when the tag is not one
    /// Koho knows, so the scalar resolves as if untagged.
    static func resolve(_ text: String, tag: String) -> Resolution? {
        switch tag {
        case "!!str", "!":
            // `!` is YAML's non-specific tag: a scalar written with it is a string.
            return .value(.string(text))
        case "!!null":
            return withBytes(text) { $0.isEmpty || equals($0, "~") || isNull($0) } ? .value(.null) : .invalid
        case "!!bool":
            return withBytes(text) { bool($0) }.map { .value(.bool($0)) } ?? .invalid
        case "!!int":
            return withBytes(text) { integer($0) } ?? .invalid
        case "!!float":
            return withBytes(text) { bytes -> Resolution in
                switch number(bytes, text: text) {
                case .value(.int(let int)): return .value(.double(Double(int)))
                case .integerTooLarge: return Double(text).map { .value(.double($0)) } ?? .invalid
                case let resolution?: return resolution
                case nil: return .invalid
                }
            }
        case "!!timestamp":
            return withBytes(text) { date($0) }?.map { .value(.date($0)) } ?? .invalid
        default:
            return nil
        }
    }

    private static func withBytes<Result>(_ text: String, _ body: (Bytes) -> Result) -> Result {
        // Strings built from libyaml's output are native UTF-8, so the copy below is only a fallback.
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    // MARK: - Null and bool

    private static func isNull(_ bytes: Bytes) -> Bool {
        equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL")
    }

    /// `true`/`false` in three spellings; YAML 1.1's `yes`, `no`, `on`, `off` stay strings.
    private static func bool(_ bytes: Bytes) -> Bool? {
        if equals(bytes, "true") || equals(bytes, "True") || equals(bytes, "TRUE") { return true }
        if equals(bytes, "false") || equals(bytes, "False") || equals(bytes, "FALSE") { return false }
        return nil
    }

    // MARK: - Numbers

    /// An int, float, infinity or NaN; `nil` when the text is not a number.
    private static func number(_ bytes: Bytes, text: String) -> Resolution? {
        if let integer = integer(bytes) { return integer }
        if let special = infinityOrNaN(bytes) { return .value(.double(special)) }
        guard isFloat(bytes), let double = Double(text) else { return nil }
        return .value(.double(double))
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; `nil` when the text is none of them.
    private static func integer(_ bytes: Bytes) -> Resolution? {
        guard let first = bytes.first else { return nil }
        if bytes.count > 2, first == UInt8(ascii: "0") {
            switch bytes[1] {
            case UInt8(ascii: "x"): return magnitude(bytes[2...], radix: 16).map { signed($0, negative: false) }
            case UInt8(ascii: "o"): return magnitude(bytes[2...], radix: 8).map { signed($0, negative: false) }
            default: break
            }
        }
        let negative = first == UInt8(ascii: "-")
        let digits = negative || first == UInt8(ascii: "+") ? bytes[1...] : bytes[...]
        return magnitude(digits, radix: 10).map { signed($0, negative: negative) }
    }

    /// The digits' value, `.some(nil)` when it overflows 64 bits, `nil` when a byte is not a digit.
    private static func magnitude(_ digits: Slice<Bytes>, radix: UInt64) -> UInt64?? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        var overflowed = false
        for byte in digits {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            // Keep scanning after an overflow: a later non-digit means this was never an integer.
            overflowed = overflowed || overflow1 || overflow2
            value = sum
        }
        return .some(overflowed ? nil : value)
    }

    private static func signed(_ magnitude: UInt64?, negative: Bool) -> Resolution {
        guard let magnitude else { return .integerTooLarge }
        let limit = UInt64(Int.max)
        if negative {
            if magnitude <= limit { return .value(.int(-Int(magnitude))) }
            return magnitude == limit + 1 ? .value(.int(Int.min)) : .integerTooLarge
        }
        return magnitude <= limit ? .value(.int(Int(magnitude))) : .integerTooLarge
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// `[-+]?\.(inf|Inf|INF)` and `\.(nan|NaN|NAN)`.
    private static func infinityOrNaN(_ bytes: Bytes) -> Double? {
        if equals(bytes, ".nan") || equals(bytes, ".NaN") || equals(bytes, ".NAN") { return .nan }
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        let rest = Bytes(rebasing: negative || first == UInt8(ascii: "+") ? bytes[1...] : bytes[...])
        guard equals(rest, ".inf") || equals(rest, ".Inf") || equals(rest, ".INF") else { return nil }
        return negative ? -.infinity : .infinity
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ bytes: Bytes) -> Bool {
        var index = 0
        func skipDigits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { return false }
        } else {
            guard skipDigits() > 0 else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                _ = skipDigits()
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.count
    }

    // MARK: - Bytes

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func equals(_ bytes: Bytes, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
}
