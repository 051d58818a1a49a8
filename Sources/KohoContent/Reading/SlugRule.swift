/// What a slug may be: one safe path segment, since it becomes a folder name in the output.
public enum SlugRule {
    public static let allowed =
        "a slug is one path segment: letters of any script, digits, `-`, `_` and `.` (not first); "
        + "no `/`, `\\`, spaces or control characters"

    /// The longest slug in UTF-8 bytes: a slug names a folder, and file systems hold names of at most 255 bytes.
    public static let maximumBytes = 255

    /// Names of files Koho writes in the folders slugs live in (`staff/index.html`, `departments/feed.xml`):
    /// a slug with one of them would need a folder where that file is.
    static let reserved: Set<String> = ["index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html"]

    /// Why `slug` cannot be used, or `nil` when it can. Unicode letters are fine (`広報`).
    public static func problem(with slug: String) -> (message: String, hint: String)? {
        if slug.isEmpty { return ("the slug is empty", allowed) }
        let segments = slug.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        let escapes = slug.hasPrefix("/") || slug.hasPrefix("\\") || segments.contains("..")
        if escapes { return ("slug `\(slug)` would write outside the output folder", allowed) }
        let forbidden: Set<Unicode.Scalar> = ["/", "\\", "?", "#", "%", "\"", "<", ">", "|", "*", ":"]
        let bad = slug.unicodeScalars.contains { scalar in
            forbidden.contains(scalar) || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        }
        if bad || slug.hasPrefix(".") { return ("slug `\(slug)` is not a valid slug", allowed) }
        if slug.utf8.count > maximumBytes {
            return (
                "slug is \(slug.utf8.count) bytes long; a slug may be at most \(maximumBytes) bytes (85 kanji)",
                "set a shorter `slug:` in the front matter, or rename the file"
            )
        }
        if reserved.contains(slug.lowercased()) {
            return (
                "slug `\(slug)` is the name of a file Koho writes beside the entries' folders",
                "choose another slug, like `\(slug.split(separator: ".").first ?? "top")-page`"
            )
        }
        return nil
    }
}
