/// Byte offsets, lines and columns of one Markdown source, for turning cmark's positions into Koho's.
///
/// cmark counts 1-based byte columns; Koho's diagnostics count Unicode scalars so that carets line up under
/// Japanese text. The conversion happens once, here at the C boundary.
struct SourceMap {
    /// The source's UTF-8 bytes.
    let bytes: [UInt8]
    /// The byte offset where each line starts; line 1 is at index 0. Line breaks are `\n`, `\r\n` or `\r`,
    /// as in CommonMark.
    private let lineStarts: [Int]

    /// A map over `source`.
    init(source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The byte offset of 1-based `line` and byte column, or `nil` when cmark gave no position (`0`) or
    /// one outside the source.
    func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        let offset = lineStarts[line - 1] + byteColumn - 1
        return offset <= bytes.count ? offset : nil
    }

    /// The 1-based line and scalar column of byte `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        // The last line starting at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < offset, index < bytes.count {
            // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }

    /// The offset of the first occurrence of `needle` in `range`, or `nil`.
    func firstOffset(of needle: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        let upperBound = min(range.upperBound, bytes.count)
        var index = max(range.lowerBound, 0)
        while index + needle.count <= upperBound {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
