import KohoContent
import KohoDiagnostics
import Testing

/// A theme's own settings (`themes/<name>/theme.yml`): which lists its layouts split into pages.
@Suite struct ThemeConfigTests {
    static let path = "themes/city/theme.yml"

    static func read(_ text: String) -> (ThemeConfig, [Diagnostic]) {
        let (config, diagnostics) = ThemeConfig.read(path: path, bytes: Array(text.utf8))
        return (config, diagnostics)
    }

    @Test func sizes() {
        let (config, diagnostics) = Self.read("# pages\npaginate:\n  staff-list: 100\n  tag: 20\n  post-list: 12\n")
        #expect(diagnostics.isEmpty)
        #expect(config.pageSizes[.staffList] == 100)
        #expect(config.pageSizes[.tag] == 20)
        #expect(config.pageSizes[.postList] == 12)
        #expect(config.pageSizes[.department] == nil)
    }

    @Test func emptyFile() {
        let (config, diagnostics) = Self.read("")
        #expect(diagnostics.isEmpty)
        #expect(config.pageSizes == PageSizes())
    }

    @Test(arguments: [
        (
            "paginate:\n  staf-list: 60\n", "themes/city/theme.yml:2:3: error: unknown list `staf-list` in `paginate`",
            "did you mean `staff-list`? lists that can be paginated: `post-list`, `staff-list`, `department-list`, `tag-list`, `staff`, `department`, `tag`"
        ),
        (
            "paginate:\n  authors: 60\n", "themes/city/theme.yml:2:3: error: unknown list `authors` in `paginate`",
            "lists that can be paginated: `post-list`, `staff-list`, `department-list`, `tag-list`, `staff`, `department`, `tag`"
        ),
        (
            "paginate:\n  tag: 0\n", "themes/city/theme.yml:2:8: error: `tag` in `paginate` must be at least 1, got 0",
            "leave `tag` out to show the whole list on one page"
        ),
        (
            "paginate:\n  staff-list: -5\n",
            "themes/city/theme.yml:2:15: error: `staff-list` in `paginate` must be at least 1, got -5",
            "leave `staff-list` out to show the whole list on one page"
        ),
        (
            "paginate:\n  tag: twenty\n",
            "themes/city/theme.yml:2:8: error: `tag` in `paginate` must be a number of items per page, got a string",
            "write a whole number, like `tag: 20`"
        ),
        (
            "paginate:\n  tag: 2.5\n",
            "themes/city/theme.yml:2:8: error: `tag` in `paginate` must be a number of items per page, got a number",
            "write a whole number, like `tag: 20`"
        ),
        (
            "paginate: [tag]\n",
            "themes/city/theme.yml:1:11: error: `paginate` must be a number of posts per page or a mapping of lists to numbers, like `staff-list: 100`, got a list",
            nil
        ),
        ("paginate: 0\n", "themes/city/theme.yml:1:11: error: `paginate` must be at least 1, got 0", nil),
        ("paginte:\n  tag: 20\n", "themes/city/theme.yml:1:1: warning: unknown field `paginte`", "did you mean `paginate`?"),
        (
            "- tag\n", "themes/city/theme.yml:1:1: error: theme.yml must be a mapping of fields like `paginate: …`, got a list",
            nil
        ),
    ] as [(String, String, String?)])
    func mistakes(text: String, expected: String, hint: String?) {
        let (_, diagnostics) = Self.read(text)
        #expect(describe(diagnostics) == [expected])
        #expect(diagnostics.first?.hint == hint)
    }
}
