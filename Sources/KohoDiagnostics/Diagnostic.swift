/// One message for a person: an error or a warning, where it happened, and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The build cannot succeed.
        case error
        /// The build goes on; `koho check` reports it.
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// Where the problem is; `nil` for problems with no single place (a missing folder).
    public var location: SourceLocation?
    /// What is wrong, in one sentence without a final period, as a catalogue entry.
    public var words: Message
    /// What to do about it ("did you mean `staff.name`?"), when there is something to say.
    public var advice: Message?
    /// The text of the line at `location`, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation?,
        _ words: Message,
        hint advice: Message? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.words = words
        self.advice = advice
        self.sourceLine = sourceLine
    }

    /// Creates a diagnostic at `position` in `text`, taking the source line from the text.
    public init(
        _ severity: Severity = .error,
        path: String,
        position: SourcePosition,
        in text: String?,
        _ words: Message,
        hint advice: Message? = nil
    ) {
        self.init(
            severity,
            at: SourceLocation(path: path, position: position),
            words,
            hint: advice,
            sourceLine: text.flatMap { SourceText.line(position.line, of: $0) }
        )
    }

    /// What is wrong, in English.
    public var message: String { words.text(in: .english) }

    /// What to do about it, in English.
    public var hint: String? { advice?.text(in: .english) }

    /// What is wrong, in `language`.
    public func message(in language: Language) -> String { words.text(in: language) }

    /// What to do about it, in `language`.
    public func hint(in language: Language) -> String? { advice?.text(in: language) }

    /// The first line of the text form, in English: `path:line:column: error: message`.
    public var description: String { headline(in: .english) }

    /// The first line of the text form: `path:line:column: error: message`. The prefix is the same in every
    /// language, for editors and CI to read; the message is in `language`.
    public func headline(in language: Language) -> String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message(in: language))"
    }
}

/// All the diagnostics of a failed phase, thrown together so a person sees every problem at once.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics across a phase; the phase fails at its end if any of them is an error.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf more: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: more)
    }

    /// Diagnostics in a stable order: by path, line and column, then by message.
    public var sorted: [Diagnostic] {
        diagnostics.sorted { a, b in
            switch (a.location, b.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.message < b.message
            }
        }
    }

    /// Throws every diagnostic collected so far when one of them is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(sorted) }
    }
}
