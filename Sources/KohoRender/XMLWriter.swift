import KohoDates
import KohoContent
import KohoTemplates

/// Writes an XML document element by element, escaping every piece of text and every attribute value
/// completely, so content can never break the document: `&`, `<`, `>` (and with it `]]>`), quotes, and the
/// characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) are handled.
///
/// Elements are indented two spaces per level; an element holding text is written on one line.
struct XMLWriter {
    private(set) var output: String
    private var open: [String] = []

    /// Indentation of the outermost element (for fragments written on their own and inserted later).
    private let baseDepth: Int

    /// A document that starts with the XML declaration (UTF-8).
    init() {
        output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        baseDepth = 0
    }

    /// A fragment without declaration, indented as if it sat `depth` elements deep.
    init(fragmentAtDepth depth: Int) {
        output = ""
        baseDepth = depth
    }

    /// Appends a fragment written by another writer (already escaped and indented).
    mutating func raw(_ fragment: String) {
        output += fragment
    }

    /// Opens `name` with `attributes` (written in the order given); close it with ``close()``.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        indent()
        output += "<" + name + Self.attributeText(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        output += "</" + name + ">\n"
    }

    /// `<name attributes>text</name>` on one line.
    mutating func element(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        indent()
        output += "<" + name + Self.attributeText(attributes) + ">" + XMLText.escape(text) + "</" + name + ">\n"
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        indent()
        output += "<" + name + Self.attributeText(attributes) + "/>\n"
    }

    /// The document, with every open element closed.
    mutating func finish() -> String {
        while !open.isEmpty { close() }
        return output
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: baseDepth + open.count)
    }

    private static func attributeText(_ attributes: KeyValuePairs<String, String>) -> String {
        var text = ""
        for (name, value) in attributes { text += " " + name + "=\"" + XMLText.escapeAttribute(value) + "\"" }
        return text
    }
}

/// Escapes text for XML 1.0 content and attribute values.
enum XMLText {
    /// Text content: markup characters become references, characters XML 1.0 forbids are dropped, and a
    /// carriage return is kept as `&#13;` (a parser would otherwise turn it into a line feed).
    static func escape(_ s: String) -> String {
        escape(s, attribute: false)
    }

    /// An attribute value (written between double quotes): as ``escape(_:)``, and tabs and line breaks as
    /// character references, which attribute-value normalisation would otherwise turn into spaces.
    static func escapeAttribute(_ s: String) -> String {
        escape(s, attribute: true)
    }

    private static func escape(_ s: String, attribute: Bool) -> String {
        // Most text (post bodies, titles) needs nothing: check the bytes once and hand the string back.
        if !needsEscaping(s.utf8, attribute: attribute) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            // Always escaped, so `]]>` can never appear in text.
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default:
                guard isAllowed(scalar) else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when some byte of `utf8` must change: a markup character, a control character, or the start of
    /// U+FFFE / U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func needsEscaping(_ utf8: String.UTF8View, attribute: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: "\r"):
                return true
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                if attribute { return true }
            case 0..<0x20:
                return true
            case 0xBE, 0xBF:
                if previous == (0xEF, 0xBF) { return true }
            default:
                break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production). Swift strings hold no
    /// surrogates, so only controls and the two non-characters U+FFFE and U+FFFF are left out.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}

/// The date formats of sitemaps and feeds, always at the date's own UTC offset, so a post written for
/// 18:30 +09:00 stays exactly that instant and that wall-clock time.
enum FeedDate {
    /// W3C date-time / RFC 3339 (`2026-04-01T18:30:00+09:00`, `Z` for UTC): sitemaps and JSON Feed.
    static func rfc3339(_ d: ZonedDate) -> String {
        let c = d.components
        return "\(four(c.year))-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + zone(d.utcOffsetSeconds, colon: true)
    }

    /// A W3C date (`2026-04-01`) for a date written without a time of day, else ``rfc3339(_:)``: sitemaps.
    static func w3c(_ d: ZonedDate) -> String {
        guard !d.hasTime else { return rfc3339(d) }
        let c = d.components
        return "\(four(c.year))-\(two(c.month))-\(two(c.day))"
    }

    /// RFC 822 as RSS 2.0 uses it, with a four-digit year and a numeric zone (`Wed, 01 Apr 2026 18:30:00 +0900`).
    static func rfc822(_ d: ZonedDate) -> String {
        let c = d.components
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[c.weekday]), \(two(c.day)) \(months[c.month - 1]) \(four(c.year)) "
            + "\(two(c.hour)):\(two(c.minute)):\(two(c.second)) " + zone(d.utcOffsetSeconds, colon: false)
    }

    private static func zone(_ offset: Int, colon: Bool) -> String {
        if offset == 0 && colon { return "Z" }
        let minutes = abs(offset) / 60
        return (offset < 0 ? "-" : "+") + two(minutes / 60) + (colon ? ":" : "") + two(minutes % 60)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func four(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
