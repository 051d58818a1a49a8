/// Decides what becomes of a link or image destination: removed when it can run script, moved under the
/// site's base path when root-relative, otherwise left as written.
struct LinkPolicy: Sendable {
    /// Schemes a browser would execute or inline from a link or image. Compared in lowercase.
    static let blockedSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// The base path without its trailing slash (`"/city"`); empty when the site is served from the root.
    let basePrefix: String

    /// A policy for a site served under `basePath` (`"/"`, `"/city/"`, `"city"`).
    init(basePath: String) {
        var prefix = Substring(basePath)
        while prefix.last == "/" { prefix = prefix.dropLast() }
        if !prefix.isEmpty, prefix.first != "/" { prefix = "/" + prefix }
        basePrefix = String(prefix)
    }

    /// The URL to render for `destination`, or `nil` when the link must be removed.
    func resolve(_ destination: String) -> String? {
        if let scheme = Self.scheme(of: destination), Self.blockedSchemes.contains(scheme) { return nil }
        return rebased(destination)
    }

    /// `destination` under the base path if it is root-relative; protocol-relative (`//host`, and `/\host`,
    /// which browsers read the same way), fragment, relative and absolute URLs are left alone.
    func rebased(_ destination: String) -> String {
        guard !basePrefix.isEmpty else { return destination }
        let utf8 = destination.utf8
        guard utf8.first == UInt8(ascii: "/") else { return destination }
        let second = utf8.dropFirst().first
        if second == UInt8(ascii: "/") || second == UInt8(ascii: "\\") { return destination }
        return basePrefix + destination
    }

    /// The lowercased scheme of `url` as a browser reads it, or `nil` for a relative URL.
    ///
    /// Follows the WHATWG URL parser where it matters for safety: leading C0 controls and spaces are
    /// skipped and tabs and line breaks anywhere are ignored, so `" java\tscript:"` is still `javascript`.
    /// Entities (`&#106;`) were already decoded by cmark, so the destination is checked as the browser
    /// will see it.
    static func scheme(of url: String) -> String? {
        var scheme = String.UnicodeScalarView()
        var started = false
        for scalar in url.unicodeScalars {
            let value = scalar.value
            if !started, value <= 0x20 { continue }
            if value == 0x09 || value == 0x0A || value == 0x0D { continue }
            started = true
            if scalar == ":" { return scheme.isEmpty ? nil : String(scheme) }
            let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            let isSchemeCharacter = isLetter || (0x30...0x39).contains(value) || scalar == "+" || scalar == "-"
                || scalar == "."
            // A scheme starts with a letter; anything else before a colon makes the URL relative.
            guard isSchemeCharacter, !(scheme.isEmpty && !isLetter) else { return nil }
            scheme.append(isLetter && value < 0x61 ? Unicode.Scalar(value + 0x20) ?? scalar : scalar)
        }
        return nil
    }
}
