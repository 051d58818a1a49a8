import KohoContent
import KohoDiagnostics
import KohoSite
import KohoTheme
import Testing

/// A theme's `theme.yml` as the theme loader reads it: the built-in theme's sizes, a site's own layout
/// dropping its kind's setting, and a custom theme's mistakes at their place.
@Suite struct ThemeSettingsTests {
    static let site = ["site.yml": "title: T\nbase_url: https://example.jp/\n"]

    static func load(_ files: [String: String], theme: String = "default") -> (Theme?, [String]) {
        let (loaded, diagnostics) = ThemeLoader(fileSystem: MemoryFileSystem(files)).load(name: theme, language: "ja")
        return (loaded, diagnostics.map(\.description))
    }

    @Test func builtInThemeSplitsItsLists() throws {
        let (theme, diagnostics) = Self.load(Self.site)
        #expect(diagnostics.isEmpty)
        let sizes = try #require(theme?.pageSizes)
        #expect(sizes[.staffList] == 100)
        #expect(sizes[.tag] == 20)
        #expect(sizes[.department] == 20)
        #expect(sizes[.staff] == 10)
        #expect(sizes[.postList] == nil)
        #expect(sizes[.tagList] == nil)
    }

    /// A site that draws tag pages with its own layout gets whole tag pages unless site.yml asks.
    @Test func siteLayoutDropsItsKindsSetting() throws {
        var files = Self.site
        files["layouts/tag.html"] = "{{ tag.name }}"
        files["layouts/partials/pagination.html"] = ""
        let (theme, diagnostics) = Self.load(files)
        #expect(diagnostics.isEmpty)
        let sizes = try #require(theme?.pageSizes)
        #expect(sizes[.tag] == nil)
        #expect(sizes[.staffList] == 100)
    }

    @Test func customThemeMistakes() {
        var files = Self.site
        for layout in PageKind.requiredLayouts { files["themes/city/layouts/\(layout)"] = "x" }
        files["themes/city/theme.yml"] = "paginate:\n  staf-list: 60\n  tag: 0\n"
        let (theme, diagnostics) = Self.load(files, theme: "city")
        #expect(theme == nil)
        #expect(
            diagnostics == [
                "themes/city/theme.yml:2:3: error: unknown list `staf-list` in `paginate`",
                "themes/city/theme.yml:3:8: error: `tag` in `paginate` must be at least 1, got 0",
            ])
    }

    @Test func customThemeWithoutSettings() throws {
        var files = Self.site
        for layout in PageKind.requiredLayouts { files["themes/city/layouts/\(layout)"] = "x" }
        let (theme, diagnostics) = Self.load(files, theme: "city")
        #expect(diagnostics.isEmpty)
        #expect(try #require(theme).pageSizes == PageSizes())
    }
}
