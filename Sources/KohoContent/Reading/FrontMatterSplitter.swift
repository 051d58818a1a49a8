public import KohoDiagnostics

/// How an entry file is written: Markdown with YAML front matter, or a plain YAML file with no body.
public enum EntryFormat: String, Sendable, Hashable {
    /// `.md`: front matter between `---` lines, then the Markdown body.
    case markdown
    /// `.yml` / `.yaml`: the whole file is the front matter.
    case yaml

    /// The format for a file extension (without the dot), or `nil` for one Koho does not read.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md": self = .markdown
        case "yml", "yaml": self = .yaml
        default: return nil
        }
    }
}

/// An entry file cut into its front matter and its body, with the file lines where each starts.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML text between the `---` lines (or the whole `.yml` file); `nil` when a Markdown file has none.
    public var yaml: String?
    /// The 1-based file line of the YAML's first line; pass `yamlStartLine - 1` as the reader's line offset so
    /// YAML positions are file positions.
    public var yamlStartLine: Int
    /// The Markdown body (empty for a `.yml` entry).
    public var body: String
    /// The 1-based file line on which the body starts.
    public var bodyStartLine: Int

    /// The line offset to give the YAML reader.
    public var yamlLineOffset: Int { yamlStartLine - 1 }

    /// A split with the given parts and start lines.
    public init(yaml: String?, yamlStartLine: Int, body: String, bodyStartLine: Int) {
        self.yaml = yaml
        self.yamlStartLine = yamlStartLine
        self.body = body
        self.bodyStartLine = bodyStartLine
    }
}

/// Splits an entry file into its front matter and its body.
///
/// The front matter is the text between a first line `---` and the next line that is exactly `---`
/// (trailing spaces allowed). A `---` further down belongs to the body (a Markdown thematic break).
public enum FrontMatterSplitter {
    /// A file whose front matter cannot be cut out.
    public struct SplitError: Error, Sendable, Hashable {
        /// What is wrong, as a catalogue entry.
        public var words: Message
        /// Where, in the file.
        public var position: SourcePosition
        /// What to do about it.
        public var advice: Message?

        /// What is wrong, in English.
        public var message: String { words.text(in: .english) }

        /// What to do about it, in English.
        public var hint: String? { advice?.text(in: .english) }

        /// This error as a diagnostic in the file at `path` with full text `text`.
        public func diagnostic(path: String, text: String) -> Diagnostic {
            Diagnostic(path: path, position: position, in: text, words, hint: advice)
        }
    }

    /// Splits `text` as the given format. A leading byte-order mark and CRLF line ends are tolerated, though
    /// ``SourceDecoder`` has usually removed them already.
    public static func split(_ text: String, format: EntryFormat = .markdown) throws(SplitError) -> FrontMatter {
        // Scalars, not Characters: Swift reads "\r\n" as one Character, which would hide the line break.
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        switch format {
        case .yaml:
            return FrontMatter(yaml: String(scalars), yamlStartLine: 1, body: "", bodyStartLine: 1)
        case .markdown:
            return try splitMarkdown(scalars)
        }
    }

    private static func splitMarkdown(_ text: Substring.UnicodeScalarView) throws(SplitError) -> FrontMatter {
        var lines = LineCursor(text)
        guard let first = lines.next(), isFence(first.content) else {
            return FrontMatter(yaml: nil, yamlStartLine: 1, body: String(text), bodyStartLine: 1)
        }
        let yamlStart = lines.position
        while let line = lines.next() {
            guard isFence(line.content) else { continue }
            return FrontMatter(
                yaml: String(text[yamlStart..<line.start]),
                yamlStartLine: 2,
                body: String(text[lines.position...]),
                bodyStartLine: line.number + 1
            )
        }
        throw SplitError(
            words: Message(.frontMatterNotClosed), position: SourcePosition(line: 1, column: 1),
            advice: Message(.frontMatterNotClosedHint))
    }

    private static func isFence(_ line: Substring.UnicodeScalarView) -> Bool {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return line.elementsEqual("---".unicodeScalars)
    }
}

/// Walks the lines of a text, keeping each line's number and where it starts.
private struct LineCursor {
    typealias Scalars = Substring.UnicodeScalarView

    struct Line {
        var number: Int
        var start: Scalars.Index
        /// The line without its `\n`.
        var content: Scalars
    }

    let text: Scalars
    /// Where the next line starts.
    private(set) var position: Scalars.Index
    private var number = 0

    init(_ text: Scalars) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        number += 1
        let start = position
        if let newline = text[start...].firstIndex(of: "\n") {
            position = text.index(after: newline)
            return Line(number: number, start: start, content: text[start..<newline])
        }
        position = text.endIndex
        return Line(number: number, start: start, content: text[start...])
    }
}
