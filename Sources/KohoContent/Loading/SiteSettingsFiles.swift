/// The site's settings files at its root — `site.yml`, and each further language's words in
/// `site.<lang>.yml` — the one rule of their names, for reading them and for noticing when they change.
public enum SiteSettingsFiles {
    /// The site's settings: `site.yml`.
    public static let main = "site.yml"

    /// The words of a further language (`site.en.yml`: its title, description and organization).
    public static func words(of language: String) -> String { "site.\(language).yml" }

    /// Whether `path` (relative to the site: `site.en.yml`, `content/site.en.yml`) is one of them.
    public static func contains(_ path: String) -> Bool {
        path == main || (path.hasPrefix("site.") && path.hasSuffix(".yml") && !path.contains("/"))
    }
}
