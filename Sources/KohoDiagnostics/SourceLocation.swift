/// A place in a source file: a path relative to the site, and a 1-based line and column.
///
/// Columns count Unicode scalars (not bytes), so a caret lines up under Japanese text once it is padded by
/// display width. Inner layers that only know line and column use ``SourcePosition`` and add the path later.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path, relative to the site's folder (`content/staff/sato.md`).
    public var path: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public init(path: String, position: SourcePosition) {
        self.init(path: path, line: position.line, column: position.column)
    }

    /// `path:line:column`, the form editors and CI annotations understand.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// A line and column inside one text, before the text's path is known. Both are 1-based.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// This position moved down by `lines` lines (front matter starts below its opening `---`).
    public func offset(lines: Int) -> SourcePosition {
        SourcePosition(line: line + lines, column: column)
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
