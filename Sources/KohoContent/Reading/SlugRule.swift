/// What a slug may be: one safe path segment, since it becomes a folder name in the output.
public enum SlugRule {
    public static let allowed =
        "a slug is one path segment: letters of any script, digits, `-`, `_` and `.` (not first); "
        + "no `/`, `\\`, spaces or control characters"

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
        return nil
    }
}
