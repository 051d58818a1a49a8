/// Reads YAML text into a tree of ``YAMLNode``s that keep their line and column.
///
/// libyaml does the parsing; Koho composes its events into nodes and resolves plain scalars by the
/// YAML 1.2 core schema plus dates (see ``YAMLScalar/value``). An alias (`*name`) yields a copy of its
/// anchor's node positioned at the alias; the nodes inside the copy keep the positions where they are
/// written. Keys are unique within a mapping, compared by text (and non-string keys also by value).
public enum YAMLReader {
    /// Reads one YAML document.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - lineOffset: Added to every line, because front matter starts below its opening `---`.
    ///   - limits: How many nodes and how much nesting the document may produce.
    /// - Returns: The root node, or `nil` for an empty document (nothing but whitespace and comments).
    /// - Throws: ``YAMLError`` for bad syntax, a duplicate key, an unknown or too large alias, a second
    ///   document, an integer too large for `Int`, or a value its explicit tag cannot hold.
    public static func read(
        _ text: String, lineOffset: Int = 0, limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLNode? {
        let parser = try YAMLParser(text, lineOffset: lineOffset)
        var composer = YAMLComposer(parser: parser, limits: limits)
        return try composer.composeSingleDocument()
    }
}
