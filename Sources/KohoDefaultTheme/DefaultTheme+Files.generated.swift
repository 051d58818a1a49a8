// Generated from themes/default/ by `make goldens`; do not edit.
extension DefaultTheme {
    /// Every file of the theme, by path.
    public static let files: [File] = []
}
