public import KohoDiagnostics

/// A YAML text that cannot be read: bad syntax, a duplicate key, an alias that expands too far.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in one sentence, as a catalogue entry.
    public var words: Message
    /// Where (1-based, already offset like the nodes).
    public var position: SourcePosition
    /// What to do about it, when there is something to say.
    public var advice: Message?

    public init(_ words: Message, at position: SourcePosition, hint advice: Message? = nil) {
        self.words = words
        self.position = position
        self.advice = advice
    }

    /// What went wrong, in English.
    public var message: String { words.text(in: .english) }

    /// What to do about it, in English.
    public var hint: String? { advice?.text(in: .english) }

    /// What went wrong, in `language`.
    public func message(in language: Language) -> String { words.text(in: language) }

    /// What to do about it, in `language`.
    public func hint(in language: Language) -> String? { advice?.text(in: language) }

    public var description: String { "\(position): error: \(message)" }

    /// This error as a diagnostic in the file at `path` whose full text is `text`.
    public func diagnostic(path: String, text: String?) -> Diagnostic {
        Diagnostic(path: path, position: position, in: text, words, hint: advice)
    }
}
