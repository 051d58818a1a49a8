/// The built-in `default` theme, carried as Swift source so the `koho` binary needs no copy of
/// `themes/default/` (a resource folder reached through a symlink would be copied as a broken link).
///
/// `DefaultTheme+Files.generated.swift` is generated from `themes/default/` by `make goldens`; a test fails
/// when the two differ.
public enum DefaultTheme {
    /// One file of the theme: its path inside the theme folder and its text.
    public struct File: Sendable, Hashable {
        /// `layouts/staff.html`, `i18n/ja.yml`, `assets/koho.css`.
        public var path: String
        public var contents: String

        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }
}
