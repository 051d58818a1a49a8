import KohoDiagnostics

/// A line indented with a full-width space `　` (typed with a Japanese IME on): YAML does not count it as
/// indentation but as the first character of the line, so the line becomes a field named `　role`, or YAML
/// stops with "mapping values are not allowed" or "could not find expected ':'" somewhere near. Found before
/// YAML reads the text, at the `　`.
///
/// The lines of a block of text (`memo: |` and the lines indented below it) are left alone: there a `　` after
/// the block's indentation starts a paragraph, as in any Japanese text.
enum FullWidthSpace {
    /// The place (1-based, `lineOffset` added) of the first `　` in the indentation of a line of `yaml`, the
    /// run of spaces before the line's first other character.
    static func find(in yaml: String, lineOffset: Int) -> SourcePosition? {
        // The indentation of the line that opened the block of text the current line is in.
        var blockParent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let halfWidth = scalars.prefix { $0 == " " }.count
            if let parent = blockParent {
                let isBlank = scalars.allSatisfy(isSpace)
                if isBlank || halfWidth > parent { continue }
                blockParent = nil
            }
            for (column, scalar) in scalars.enumerated() {
                if scalar == "\u{3000}" { return SourcePosition(line: index + 1 + lineOffset, column: column + 1) }
                if !isSpace(scalar) { break }
            }
            if opensBlock(scalars) { blockParent = halfWidth }
        }
        return nil
    }

    /// True when the line ends with a block scalar's `|` or `>` (`memo: |`, `- >-`, `text: !!str |2`), so the
    /// lines indented below it are text.
    static func opensBlock(_ line: [Unicode.Scalar]) -> Bool {
        // A comment starts at a `#` after a space.
        let end = line.indices.first { line[$0] == "#" && ($0 == 0 || isSpace(line[$0 - 1])) } ?? line.count
        let tokens = line[..<end].split(whereSeparator: isSpace)
        guard let last = tokens.last, let first = last.first, first == "|" || first == ">",
            last.dropFirst().allSatisfy({ $0 == "-" || $0 == "+" || ("1"..."9").contains($0) }), last.count <= 3
        else { return false }
        guard tokens.count > 1 else { return true }
        let before = tokens[tokens.count - 2]
        return before.last == ":" || before.elementsEqual(["-"]) || before.first == "!" || before.first == "&"
    }

    /// A half-width space or a tab: what YAML counts as white space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
