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
    /// What is wrong, in one sentence without a final period.
    public var message: String
    /// What to do about it ("did you mean `staff.name`?"), when there is something to say.
    public var hint: String?
    /// The text of the line at `location`, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation?,
        _ message: String,
        hint: String? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// Creates a diagnostic at `position` in `text`, taking the source line from the text.
    public init(
        _ severity: Severity = .error,
        path: String,
        position: SourcePosition,
        in text: String?,
        _ message: String,
        hint: String? = nil
    ) {
        self.init(
            severity,
            at: SourceLocation(path: path, position: position),
            message,
            hint: hint,
            sourceLine: text.flatMap { SourceText.line(position.line, of: $0) }
        )
    }

    /// The first line of the text form: `path:line:column: error: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
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
