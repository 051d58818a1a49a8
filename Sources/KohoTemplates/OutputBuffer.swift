/// The bytes of a page being rendered: one growing UTF-8 buffer, appended to with plain copies.
///
/// Appending bytes is a `memcpy`; appending to a `String` costs much more per piece, and a page is
/// hundreds of pieces. Every piece comes from a valid `String`, so the one check at the end never repairs.
struct OutputBuffer {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as it is.
    @inline(__always)
    mutating func write(_ text: String) {
        var text = text
        // Native strings are contiguous already; `withUTF8` only copies a small or bridged one.
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends text with `& < > " '` escaped, so it is safe in element content and quoted attributes.
    @inline(__always)
    mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { HTMLEscaper.escape($0, into: &bytes) }
    }

    /// The page as a string.
    func finish() -> String {
        // `String(validating:)` checks faster than `String(decoding:)`, which prepares to repair; the bytes
        // are valid by construction, so the fallback never runs.
        String(validating: bytes, as: UTF8.self) ?? String(decoding: bytes, as: UTF8.self)
    }
}

/// HTML escaping over UTF-8 bytes: the five characters that matter are all ASCII, so a byte scan is exact
/// and the runs between them are copied whole. The one escaper of Koho: templates, feeds and rewritten
/// attributes all use it.
public enum HTMLEscaper {
    /// Appends `source` to `out` with `& < > " '` → `&amp; &lt; &gt; &#34; &#39;`.
    static func escape(_ source: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let base = source.baseAddress else { return }
        var start = 0
        var i = 0
        let count = source.count
        while i < count {
            // Test eight bytes at once: none below 0x40 (Japanese text, where every byte is ≥ 0x80, or a run
            // of letters) means none is special. A byte's top bit in the mask is set when both of its top
            // bits are clear, that is, when it is below 0x40. Otherwise look at those eight one by one.
            let end = min(i + 8, count)
            if end - i == 8 {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if ~word & (~word << 1) & 0x8080_8080_8080_8080 == 0 {
                    i = end
                    continue
                }
            }
            while i < end {
                let byte = source[i]
                if byte < 0x40, (specialMask >> UInt64(byte)) & 1 != 0 {
                    if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i])) }
                    append(replacementFor: byte, to: &out)
                    start = i + 1
                }
                i += 1
            }
        }
        if start == 0 {
            out.append(contentsOf: source)
        } else if start < count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count]))
        }
    }

    /// `text` escaped, as a string.
    public static func escape(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { source in
            out.reserveCapacity(source.count + 16)
            escape(source, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Bit `b` is set for each special byte `b` (all are below 64): `"` `&` `'` `<` `>`.
    private static let specialMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    private static func append(replacementFor byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
        case UInt8(ascii: "<"): out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
        case UInt8(ascii: ">"): out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
        case UInt8(ascii: "\""): out += [0x26, 0x23, 0x33, 0x34, 0x3B]  // &#34;
        default: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
        }
    }
}
