/// RFC 3986 section 5.2: a reference resolved against an absolute base URL.
enum URLResolution {
    /// `reference` (relative, `#…`, `?…` or empty) resolved against the absolute URL `base`.
    static func resolve(_ reference: String, against base: String) -> String {
        let parts = Parts(base)
        if reference.isEmpty { return parts.withoutFragment }
        if reference.hasPrefix("#") { return parts.withoutFragment + reference }
        if reference.hasPrefix("?") { return parts.origin + parts.path + reference }
        if reference.hasPrefix("/") { return parts.origin + removeDotSegments(reference) }
        let directory = parts.path.lastIndex(of: "/").map { String(parts.path[...$0]) } ?? "/"
        return parts.origin + removeDotSegments(directory + reference)
    }

    /// remove_dot_segments on a path that may carry a query or fragment (left untouched).
    static func removeDotSegments(_ reference: String) -> String {
        let end = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? reference.endIndex
        var output: [Substring] = []
        let segments = reference[..<end].split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return output.joined(separator: "/") + reference[end...]
    }

    /// An absolute URL split where resolution needs it.
    struct Parts {
        /// `https://example.jp`.
        var origin: String
        /// `/kaku/posts/a/` (no query, no fragment).
        var path: String
        /// The URL without its `#fragment`.
        var withoutFragment: String

        init(_ url: String) {
            let noFragment = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map(String.init) ?? url
            withoutFragment = noFragment
            let afterAuthority = noFragment.firstRange(of: "://").map(\.upperBound) ?? noFragment.startIndex
            let pathStart =
                noFragment[afterAuthority...].firstIndex(where: { $0 == "/" || $0 == "?" }) ?? noFragment.endIndex
            origin = String(noFragment[..<pathStart])
            let rest = noFragment[pathStart...]
            let pathPart = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            path = pathPart.isEmpty ? "/" : String(pathPart)
        }
    }
}
