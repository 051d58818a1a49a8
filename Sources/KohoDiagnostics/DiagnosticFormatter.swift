/// Prints diagnostics for people (text), for tools (JSON) and for GitHub Actions (workflow annotations).
public enum DiagnosticFormatter {
    /// The output forms of `koho check --format`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github
    }

    public static func format(_ diagnostics: [Diagnostic], as format: Format) -> String {
        switch format {
        case .text: return diagnostics.map(text).joined()
        case .json: return json(diagnostics)
        case .github: return diagnostics.map(github).joined()
        }
    }

    /// ```
    /// content/staff/sato.md:4:13: error: unknown department `kikaku`
    ///     department: kikaku
    ///                 ^
    ///   hint: departments that exist: somu, kikaku-ka
    /// ```
    ///
    /// Control characters, line breaks and bidirectional controls that come from content are shown escaped
    /// (`\u{1B}`), so a value or a file name cannot move the cursor, colour the terminal, or start a line of
    /// its own that a CI log would read as a command (`::error …`).
    public static func text(_ d: Diagnostic) -> String {
        var out = TerminalText.escaped(d.description) + "\n"
        if let line = d.sourceLine, let column = d.location?.column {
            let (shown, shownColumn) = TerminalText.escaped(line, column: column)
            out += "    " + shown + "\n"
            out += "    " + SourceText.caretLine(column: shownColumn, of: shown) + "\n"
        }
        if let hint = d.hint {
            out += "  hint: " + TerminalText.escaped(hint) + "\n"
        }
        return out
    }

    /// `::error file=…,line=…,col=…::message`, one line each, for GitHub Actions.
    public static func github(_ d: Diagnostic) -> String {
        var properties: [String] = []
        if let l = d.location {
            properties = ["file=\(escapeProperty(l.path))", "line=\(l.line)", "col=\(l.column)"]
        }
        var message = d.message
        if let hint = d.hint { message += "\n" + "hint: " + hint }
        let head =
            properties.isEmpty
            ? "::\(d.severity.rawValue)" : "::\(d.severity.rawValue) " + properties.joined(separator: ",")
        return head + "::" + escapeData(message) + "\n"
    }

    /// A JSON array of `{severity, path, line, column, message, hint}` objects.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d -> String in
            var fields = ["\"severity\":\(quote(d.severity.rawValue))"]
            if let l = d.location {
                fields += ["\"path\":\(quote(l.path))", "\"line\":\(l.line)", "\"column\":\(l.column)"]
            }
            fields.append("\"message\":\(quote(d.message))")
            if let hint = d.hint { fields.append("\"hint\":\(quote(hint))") }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + items.joined(separator: ",\n") + "]\n"
    }

    /// A JSON string literal for `s`.
    public static func quote(_ s: String) -> String {
        JSONString.quote(s)
    }

    private static func escapeData(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
