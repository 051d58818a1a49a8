import KohoSocial

/// Gathers text with runs of whitespace collapsed to one space and none at either end.
///
/// Works on UTF-8 bytes: only a few lead bytes can start a whitespace code point beyond ASCII (U+0085,
/// U+00A0, U+1680, U+2000…U+205F, U+3000), so most text is copied without decoding it.
struct TextCollector {
    private var bytes: [UInt8] = []
    /// Whitespace was seen since the last character; written only if more text follows.
    private var pendingSpace = false

    /// Adds `text`, folding its whitespace.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let end = min(index + length, utf8.count)
                if Self.isWhitespace(utf8[index..<end]) {
                    pendingSpace = true
                } else {
                    if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(contentsOf: utf8[index..<end])
                }
                index = end
            }
        }
    }

    /// Whether one code point's UTF-8 bytes are whitespace (``ScalarTraits/isWhitespace(_:)``).
    private static func isWhitespace(_ code: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let lead = code[code.startIndex]
        switch code.count {
        case 1:
            return lead == 0x20 || (0x09...0x0D).contains(lead)
        case 2 where lead == 0xC2, 3 where (0xE1...0xE3).contains(lead):
            var value = UInt32(lead & (code.count == 2 ? 0x1F : 0x0F))
            for byte in code.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
            return Unicode.Scalar(value).map(ScalarTraits.isWhitespace) ?? false
        default:
            return false
        }
    }

    /// Marks a word boundary (a line break, a block's edge) without adding a character yet.
    mutating func appendSpace() { pendingSpace = true }

    /// The collected text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
