public import KohoDiagnostics

/// What a slug may be: one safe path segment, since it becomes a folder name in the output.
public enum SlugRule {
    /// What a slug may be, as a hint.
    public static var allowed: Message { Message(.slugEmptyHint) }

    /// The longest slug in UTF-8 bytes: a slug names a folder, and file systems hold names of at most 255 bytes.
    public static let maximumBytes = 255

    /// Names of files Koho writes in the folders slugs live in (`staff/index.html`, `departments/feed.xml`):
    /// a slug with one of them would need a folder where that file is.
    static let reserved: Set<String> = ["index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html"]

    /// Why `slug` cannot be used, or `nil` when it can. Unicode letters are fine (`広報`).
    public static func problem(with slug: String) -> (message: Message, hint: Message)? {
        if slug.isEmpty { return (Message(.slugEmpty), allowed) }
        let segments = slug.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        let escapes = slug.hasPrefix("/") || slug.hasPrefix("\\") || segments.contains("..")
        if escapes { return (Message(.slugEscapes, ["slug": .text(slug)]), allowed) }
        let forbidden: Set<Unicode.Scalar> = ["/", "\\", "?", "#", "%", "\"", "<", ">", "|", "*", ":"]
        let bad = slug.unicodeScalars.contains { scalar in
            forbidden.contains(scalar) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        }
        if bad || slug.hasPrefix(".") { return (Message(.slugInvalid, ["slug": .text(slug)]), allowed) }
        if slug.utf8.count > maximumBytes {
            return (
                Message(.slugTooLong, ["bytes": .number(slug.utf8.count), "maximum": .number(maximumBytes)]),
                Message(.slugTooLongHint)
            )
        }
        if reserved.contains(slug.lowercased()) {
            let suggestion = "\(slug.split(separator: ".").first ?? "top")-page"
            return (
                Message(.slugReserved, ["slug": .text(slug)]),
                Message(.slugReservedHint, ["suggestion": .text(suggestion)])
            )
        }
        return nil
    }
}
