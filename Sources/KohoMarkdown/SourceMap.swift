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

    /// The number of scalars before byte `k × checkpointStride`, so that a column is found by counting at
    /// most one stride of bytes whatever the length of the line (thousands of links on one line each ask).
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 64

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
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 2)
        var scalars = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            if Self.startsScalar(byte) { scalars += 1 }
        }
        // For the end of a source whose length is a multiple of the stride.
        checkpoints.append(scalars)
        scalarCheckpoints = checkpoints
    }

    /// Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
    private static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// The number of scalars before byte `offset` (at most the source's length).
    private func scalarCount(before offset: Int) -> Int {
        let offset = min(max(offset, 0), bytes.count)
        let checkpoint = offset / Self.checkpointStride
        var count = scalarCheckpoints[checkpoint]
        var index = checkpoint * Self.checkpointStride
        while index < offset {
            if Self.startsScalar(bytes[index]) { count += 1 }
            index += 1
        }
        return count
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
        let column = scalarCount(before: offset) - scalarCount(before: lineStarts[low]) + 1
        return (low + 1, max(column, 1))
    }

    /// The text of 1-based `line`, without its line break; empty for a line outside the source.
    func text(ofLine line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The offset of the first occurrence of `needle` in `range`, or `nil`; also `nil` once `budget` bytes
    /// have been compared (each comparison is taken from it), so that many searches that fail, each to the
    /// end of a long block, stay linear in the block's length.
    func firstOffset(of needle: [UInt8], in range: Range<Int>, budget: inout Int) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        let upperBound = min(range.upperBound, bytes.count)
        var index = max(range.lowerBound, 0)
        while index + needle.count <= upperBound, budget > 0 {
            budget -= 1
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                budget -= matched - 1
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
