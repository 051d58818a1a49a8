// MARK: - JSON that is safe inside HTML and `<script>`

extension TemplateValue {
    /// The value as JSON, safe to put in HTML and inside `<script>`: `<`, `>`, `&`, `'`, U+2028 and U+2029
    /// are written as `\u003c` and so on, so `</script>` in a string cannot end the script. Maps keep their
    /// key order; dates are ISO 8601 strings; safe HTML is a string.
    public var htmlSafeJSON: String {
        var out = ""
        Self.writeJSON(self, into: &out, indent: nil, level: 0)
        return out
    }

    /// ``htmlSafeJSON`` with each nested value on its own line, indented by `indent` spaces.
    func htmlSafeJSON(indent: Int?) -> String {
        var out = ""
        Self.writeJSON(self, into: &out, indent: indent.flatMap { $0 > 0 ? $0 : nil }, level: 0)
        return out
    }

    private static func writeJSON(_ value: TemplateValue, into out: inout String, indent: Int?, level: Int) {
        func newline(_ level: Int) {
            if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
        }
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? d.description : "null"
        case .string(let s), .safeHTML(let s): writeString(s, into: &out)
        case .date(let d): writeString(d.isoString, into: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                writeJSON(item, into: &out, indent: indent, level: level + 1)
            }
            if !items.isEmpty { newline(level) }
            out += "]"
        case .map(let map):
            out += "{"
            for (i, key) in map.keys.enumerated() {
                if i > 0 { out += "," }
                newline(level + 1)
                writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                writeJSON(map[key] ?? .null, into: &out, indent: indent, level: level + 1)
            }
            if !map.isEmpty { newline(level) }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "'": out += "\\u0027"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
