/// What kind of reference a URL as written is (RFC 3986 section 4.2, read the way a browser reads it).
public enum LinkReference: Sendable, Hashable {
    /// Nothing: the current page.
    case empty
    /// `https://…`, `mailto:…`, `javascript:…`: with its scheme, lowercased.
    case withScheme(String)
    /// `//host/x`, and `/\host/x`, which browsers read the same way: another site.
    case networkPath
    /// `/x`: from the site's root.
    case rootRelative
    /// `#a`: a place on the current page.
    case fragment
    /// `?q`: the current page with a query.
    case query
    /// `x`, `./x`, `../x`: from the current page's folder.
    case relative

    /// The kind of `written` (surrounding spaces and controls ignored).
    public init(_ written: String) {
        if let scheme = LinkReference.scheme(of: written) {
            self = .withScheme(scheme)
            return
        }
        let trimmed = written.trimmingURLSpace()
        guard let first = trimmed.unicodeScalars.first else {
            self = .empty
            return
        }
        switch first {
        case "/":
            let second = trimmed.unicodeScalars.dropFirst().first
            self = second == "/" || second == "\\" ? .networkPath : .rootRelative
        case "\\":
            // Browsers treat `\` as `/` in http(s) URLs: `\\host` is another site, `\x` the root.
            let second = trimmed.unicodeScalars.dropFirst().first
            self = second == "/" || second == "\\" ? .networkPath : .rootRelative
        case "#": self = .fragment
        case "?": self = .query
        default: self = .relative
        }
    }

    /// The lowercased scheme of `url` as a browser reads it, or nil for a reference without one.
    ///
    /// Follows the WHATWG URL parser where it matters for safety: leading C0 controls and spaces are
    /// skipped, and tabs and line breaks anywhere are ignored, so `" java\tscript:"` is `javascript`.
    public static func scheme(of url: String) -> String? {
        var scheme = String.UnicodeScalarView()
        var started = false
        for scalar in url.unicodeScalars {
            let value = scalar.value
            if !started, value <= 0x20 { continue }
            if value == 0x09 || value == 0x0A || value == 0x0D { continue }
            started = true
            if scalar == ":" { return scheme.isEmpty ? nil : String(scheme) }
            let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            let isSchemeCharacter =
                isLetter || (0x30...0x39).contains(value) || scalar == "+" || scalar == "-" || scalar == "."
            // A scheme starts with a letter; anything else before a colon makes the reference relative.
            guard isSchemeCharacter, !(scheme.isEmpty && !isLetter) else { return nil }
            scheme.append(isLetter && value < 0x61 ? Unicode.Scalar(value + 0x20) ?? scalar : scalar)
        }
        return nil
    }
}

extension String {
    /// Without the spaces and C0 controls a browser strips from both ends of a URL.
    func trimmingURLSpace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0.value > 0x20 }),
            let end = scalars.lastIndex(where: { $0.value > 0x20 })
        else { return "" }
        return String(scalars[start...end])
    }
}
