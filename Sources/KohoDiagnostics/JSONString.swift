/// JSON string literals (RFC 8259), for every JSON Koho writes: diagnostics, JSON Feed.
public enum JSONString {
    /// `s` as a JSON string literal: quotes, backslashes and control characters escaped, and U+2028 and
    /// U+2029 too, so the text is also safe to embed in JavaScript.
    public static func quote(_ s: String) -> String {
        var out = ""
        append(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal to `out`.
    public static func append(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        append(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal to the UTF-8 bytes `out`; with `htmlSafe`, `< > & '` are escaped
    /// too (`\u003c` …), so `</script>` in a string cannot end the script it is in.
    public static func append(_ s: String, to out: inout [UInt8], htmlSafe: Bool = false) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { bytes in
            var start = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                var escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<") where htmlSafe: escape = "\\u003c"
                case UInt8(ascii: ">") where htmlSafe: escape = "\\u003e"
                case UInt8(ascii: "&") where htmlSafe: escape = "\\u0026"
                case UInt8(ascii: "'") where htmlSafe: escape = "\\u0027"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2
                where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: break
                }
                guard let escape else {
                    i += 1
                    continue
                }
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                out += Array(escape.utf8)
                i += byte == 0xE2 ? 3 : 1
                start = i
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
