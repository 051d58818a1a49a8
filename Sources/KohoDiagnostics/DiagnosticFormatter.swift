/// Prints diagnostics for people (text), for tools (JSON) and for GitHub Actions (workflow annotations).
public enum DiagnosticFormatter {
    /// The output forms of `koho check --format`.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github
    }

    /// `diagnostics` in `format`, their words in `language`.
    public static func format(_ diagnostics: [Diagnostic], as format: Format, in language: Language = .english) -> String {
        switch format {
        case .text: return diagnostics.map { text($0, in: language) }.joined()
        case .json: return json(diagnostics, in: language)
        case .github: return diagnostics.map { github($0, in: language) }.joined()
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
    public static func text(_ d: Diagnostic, in language: Language = .english) -> String {
        var out = TerminalText.escaped(d.headline(in: language)) + "\n"
        if let line = d.sourceLine, let column = d.location?.column {
            let (shown, shownColumn) = TerminalText.escaped(line, column: column)
            out += "    " + shown + "\n"
            out += "    " + SourceText.caretLine(column: shownColumn, of: shown) + "\n"
        }
        if let hint = d.hint(in: language) {
            out += "  " + Message(.wordHintLabel).text(in: language) + " " + TerminalText.escaped(hint) + "\n"
        }
        return out
    }

    /// `::error file=…,line=…,col=…::message`, one line each, for GitHub Actions.
    public static func github(_ d: Diagnostic, in language: Language = .english) -> String {
        var properties: [String] = []
        if let l = d.location {
            properties = ["file=\(escapeProperty(l.path))", "line=\(l.line)", "col=\(l.column)"]
        }
        var message = d.message(in: language)
        if let hint = d.hint(in: language) { message += "\n" + Message(.wordHintLabel).text(in: language) + " " + hint }
        let head =
            properties.isEmpty
            ? "::\(d.severity.rawValue)" : "::\(d.severity.rawValue) " + properties.joined(separator: ",")
        return head + "::" + escapeData(message) + "\n"
    }

    /// A JSON array of `{severity, code, path, line, column, message, hint}` objects; `code` is the message's
    /// catalogue key, the same in every language (`fieldMissing`), for tools to match on.
    public static func json(_ diagnostics: [Diagnostic], in language: Language = .english) -> String {
        let items = diagnostics.map { d -> String in
            var fields = ["\"severity\":\(quote(d.severity.rawValue))", "\"code\":\(quote(d.words.key.rawValue))"]
            if let l = d.location {
                fields += ["\"path\":\(quote(l.path))", "\"line\":\(l.line)", "\"column\":\(l.column)"]
            }
            fields.append("\"message\":\(quote(d.message(in: language)))")
            if let hint = d.hint(in: language) { fields.append("\"hint\":\(quote(hint))") }
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
