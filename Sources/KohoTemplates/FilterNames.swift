import KohoDiagnostics

/// Hints for an unknown filter: the nearest name, the name Koho uses for another engine's filter (people come
/// from Liquid, Jekyll, Hugo and Eleventy), or the list of filters.
enum FilterNames {
    /// Other engines' filter names and Koho's for them.
    static let fromOtherEngines: [String: String] = [
        "upcase": "upper", "downcase": "lower", "strip": "trim", "size": "length", "count": "length",
        "strip_html": "striptags", "plainify": "striptags", "jsonify": "json", "tojson": "json",
        "markdownify": "markdown", "absolute_url": "abs_url", "absURL": "abs_url", "absurl": "abs_url",
        "relative_url": "rel_url", "relURL": "rel_url", "relurl": "rel_url", "i18n": "t", "T": "t",
        "url_encode": "urlencode", "uri_escape": "urlencode", "escape_once": "escape", "date_to_string": "date",
        "time_format": "date", "safeHTML": "safe", "htmlEscape": "escape",
    ]

    static func hint(for name: String, among known: [String]) -> Message {
        if let koho = fromOtherEngines[name], known.contains(koho) {
            return Message(.templateFilterOtherEngineHint, ["name": .code(name), "koho": .code(koho)])
        }
        if let near = NameSuggester.didYouMean(name, in: known) { return near }
        return Message(.templateFilterListHint, ["names": NameSuggester.list(known.sorted(), limit: 60)])
    }
}
