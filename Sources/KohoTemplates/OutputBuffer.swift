/// The bytes of a page being rendered: one growing UTF-8 buffer, written to without intermediate strings.
struct OutputBuffer {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as it is.
    mutating func write(_ text: String) {
        var text = text
        // `withUTF8` makes a bridged or lazily built string contiguous once; native strings are already.
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends UTF-8 bytes as they are (text nodes are stored pre-encoded).
    mutating func write(_ utf8: [UInt8]) {
        bytes.append(contentsOf: utf8)
    }

    /// Appends text with `& < > " '` escaped, so it is safe in element content and quoted attributes.
    mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { HTMLEscaper.escape($0, into: &bytes) }
    }

    /// The page as a string.
    func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// HTML escaping over UTF-8 bytes: the five characters that matter are all ASCII, so a byte scan is exact.
enum HTMLEscaper {
    /// Appends `source` to `out` with `& < > " '` → `&amp; &lt; &gt; &#34; &#39;`.
    static func escape(_ source: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        var i = 0
        let count = source.count
        while i < count {
            let byte = source[i]
            // Every special byte is below `?` (0x3F); most text (letters, UTF-8 lead and tail bytes) is above.
            if byte < 0x3F, let replacement = replacement(for: byte) {
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i])) }
                out.append(contentsOf: replacement)
                start = i + 1
            }
            i += 1
        }
        if start < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count])) }
    }

    /// `text` escaped, as a string.
    static func escape(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { source in
            out.reserveCapacity(source.count + 16)
            escape(source, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let amp: [UInt8] = Array("&amp;".utf8)
    private static let lt: [UInt8] = Array("&lt;".utf8)
    private static let gt: [UInt8] = Array("&gt;".utf8)
    private static let quot: [UInt8] = Array("&#34;".utf8)
    private static let apos: [UInt8] = Array("&#39;".utf8)

    @inline(__always)
    private static func replacement(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): amp
        case UInt8(ascii: "<"): lt
        case UInt8(ascii: ">"): gt
        case UInt8(ascii: "\""): quot
        case UInt8(ascii: "'"): apos
        default: nil
        }
    }
}
