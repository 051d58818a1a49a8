public import KohoDiagnostics

/// A YAML text that cannot be read: bad syntax, a duplicate key, an alias that expands too far.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in one sentence.
    public var message: String
    /// Where (1-based, already offset like the nodes).
    public var position: SourcePosition
    /// What to do about it, when there is something to say.
    public var hint: String?

    public init(_ message: String, at position: SourcePosition, hint: String? = nil) {
        self.message = message
        self.position = position
        self.hint = hint
    }

    public var description: String { "\(position): error: \(message)" }

    /// This error as a diagnostic in the file at `path` whose full text is `text`.
    public func diagnostic(path: String, text: String?) -> Diagnostic {
        Diagnostic(path: path, position: position, in: text, message, hint: hint)
    }
}
