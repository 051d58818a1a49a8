import KohoDiagnostics

extension NameSuggester {
    /// "a, b, c" listing at most `limit` names in their order, then "…" — for "fields of `staff`: …" hints.
    static func list(_ names: [String], limit: Int = 12) -> String {
        let shown = names.prefix(limit).joined(separator: ", ")
        return names.count > limit ? shown + ", …" : shown
    }
}
