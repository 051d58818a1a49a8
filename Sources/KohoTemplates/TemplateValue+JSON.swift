import KohoDiagnostics
// MARK: - JSON that is safe inside HTML and `<script>`

extension TemplateValue {
    /// The value as JSON, safe to put in HTML and inside `<script>`: `<`, `>`, `&`, `'`, U+2028 and U+2029
    /// are written as `\u003c` and so on, so `</script>` in a string cannot end the script. Maps keep their
    /// key order; dates are ISO 8601 strings; safe HTML is a string. A map inside itself, or anything nested
    /// more than ``TemplateLimits/walkDepth`` levels deep, is written as `null`.
    public var htmlSafeJSON: String {
        var out: [UInt8] = []
        JSONWriter(indent: nil, maxBytes: .max, cyclesAsNull: true).writeValue(self, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``htmlSafeJSON`` with each nested value on its own line, indented by `indent` spaces; fails instead
    /// of writing more than `maxBytes` bytes, a map inside itself or values nested too deeply.
    func htmlSafeJSON(indent: Int?, maxBytes: Int) throws(JSONWriter.Failure) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        try JSONWriter(indent: indent.flatMap { $0 > 0 ? $0 : nil }, maxBytes: maxBytes, cyclesAsNull: false)
            .write(self, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Writes template values as JSON over UTF-8 bytes, copying runs of ordinary characters whole.
struct JSONWriter {
    var indent: Int?
    /// The most bytes to write.
    var maxBytes: Int
    /// Whether a map inside itself (or a value nested too deeply) is written as `null` instead of failing.
    var cyclesAsNull: Bool

    /// Why a value could not be written.
    enum Failure: Error {
        case tooLong, tooDeep, cycle
    }

    /// Writes `value`; with `cyclesAsNull` it cannot fail.
    func writeValue(_ value: TemplateValue, into out: inout [UInt8]) {
        try? write(value, into: &out)
    }

    func write(_ value: TemplateValue, into out: inout [UInt8]) throws(Failure) {
        var open: [ObjectIdentifier] = []
        try write(value, into: &out, level: 0, open: &open)
    }

    /// Writes `value` at nesting `level`; `open` holds the maps being written around it.
    private func write(
        _ value: TemplateValue, into out: inout [UInt8], level: Int, open: inout [ObjectIdentifier]
    ) throws(Failure) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .int(let i): out += Array(String(i).utf8)
        case .double(let d): out += Array((d.isFinite ? d.description : "null").utf8)
        case .string(let s), .safeHTML(let s): Self.writeString(s, into: &out)
        case .date(let d): Self.writeString(d.isoString, into: &out)
        case .list(let items):
            guard level < TemplateLimits.walkDepth else { return try skip(.tooDeep, &out) }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                try newline(level + 1, &out)
                try write(item, into: &out, level: level + 1, open: &open)
            }
            if !items.isEmpty { try newline(level, &out) }
            out.append(UInt8(ascii: "]"))
        case .map(let map):
            guard level < TemplateLimits.walkDepth else { return try skip(.tooDeep, &out) }
            let id = ObjectIdentifier(map)
            guard !open.contains(id) else { return try skip(.cycle, &out) }
            open.append(id)
            out.append(UInt8(ascii: "{"))
            for (i, key) in map.keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                try newline(level + 1, &out)
                Self.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                try write(map[key] ?? .null, into: &out, level: level + 1, open: &open)
            }
            if !map.isEmpty { try newline(level, &out) }
            out.append(UInt8(ascii: "}"))
            open.removeLast()
        }
        if out.count > maxBytes { throw .tooLong }
    }

    /// A value that cannot be written: `null`, or the failure.
    private func skip(_ failure: Failure, _ out: inout [UInt8]) throws(Failure) {
        guard cyclesAsNull else { throw failure }
        out += Array("null".utf8)
    }

    private func newline(_ level: Int, _ out: inout [UInt8]) throws(Failure) {
        guard let indent else { return }
        // Checked before the spaces are added: `json(1000000000)` must not ask for gigabytes.
        let (spaces, overflow) = indent.multipliedReportingOverflow(by: level)
        if overflow || out.count + spaces >= maxBytes { throw .tooLong }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: spaces)
    }

    /// `s` as a JSON string literal that is also safe inside HTML and `<script>` (KohoDiagnostics' one
    /// JSON string writer, with `< > & '` escaped too).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        JSONString.append(s, to: &out, htmlSafe: true)
    }
}
