import KohoDiagnostics

/// A template mistake found while loading or rendering, before it becomes a ``Diagnostic``.
///
/// Inner code knows the line and column; the template (path and text) is attached where it is known, so the
/// diagnostic names the file the mistake is in — an included partial or a parent layout, not the page.
struct TemplateError: Error, Sendable {
    /// What is wrong, one sentence without a final period.
    var message: Message
    /// Where in `template`; `nil` for mistakes with no single place (a template name that does not exist).
    var position: SourcePosition?
    /// What to do about it.
    var hint: Message?
    /// The template the position is in.
    var template: Template?

    init(_ message: Message, at position: SourcePosition?, hint: Message? = nil, in template: Template? = nil) {
        self.message = message
        self.position = position
        self.hint = hint
        self.template = template
    }

    /// The diagnostic for a person: path, line, column, the template line and the hint.
    var diagnostic: Diagnostic {
        guard let template, let position else {
            return Diagnostic(at: nil, message, hint: hint)
        }
        return Diagnostic(path: template.path, position: position, in: template.text, message, hint: hint)
    }
}
