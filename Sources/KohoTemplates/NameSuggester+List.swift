import KohoDiagnostics

extension NameSuggester {
    /// At most `limit` names in their order, then "…", as a list in the reader's language ("a, b, c, …" /
    /// "a、b、c、…") — for "fields of `staff`: …" hints.
    static func list(_ names: [String], limit: Int = 12) -> Message.Argument {
        var shown = names.prefix(limit).map { Message.Argument.text($0) }
        if names.count > limit { shown.append(.text("…")) }
        return .list(shown)
    }
}
