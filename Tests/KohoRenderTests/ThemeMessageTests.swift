import KohoContent
import KohoDiagnostics
import KohoSite
import KohoTheme
import Testing

/// What the theme loader says about a missing theme, a missing layout and a theme's interface strings, in
/// English and in Japanese.
@Suite struct ThemeMessageTests {
    static let site = ["site.yml": "title: T\nbase_url: https://example.jp/\n"]

    /// A site with theme `city` holding every layout but `missing`, and `extra` files.
    static func load(
        missing: String? = nil, _ extra: [String: String] = [:], language: String = "ja"
    ) -> [Diagnostic] {
        var files = site.merging(extra) { _, new in new }
        for layout in ThemeLoader.requiredLayouts where layout != missing {
            files["themes/city/layouts/\(layout)"] = "x"
        }
        return ThemeLoader(fileSystem: MemoryFileSystem(files)).load(name: "city", language: language).diagnostics
    }

    @Test func aThemeThatIsNotThere() throws {
        let (theme, diagnostics) = ThemeLoader(fileSystem: MemoryFileSystem(Self.site)).load(
            name: "city", language: "ja")
        #expect(theme == nil)
        let d = try #require(diagnostics.first)
        #expect(d.description == "site.yml:1:1: error: theme `city` not found")
        #expect(d.hint == "put it in themes/city/, or remove `theme:` to use the built-in default theme")
        #expect(d.headline(in: .japanese) == "site.yml:1:1: error: テーマ `city` が見つかりません")
        #expect(
            d.hint(in: .japanese) == "themes/city/ に置くか、`theme:` の行を消して組み込みの default テーマを使ってください")
    }

    @Test func aLayoutTheThemeLacks() throws {
        let layout = try #require(ThemeLoader.requiredLayouts.first)
        let diagnostics = Self.load(missing: layout)
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.message == "theme `city` has no layout `\(layout)`")
        #expect(d.hint == "add themes/city/layouts/\(layout) or layouts/\(layout)")
        #expect(d.message(in: .japanese) == "テーマ `city` にレイアウト `\(layout)` がありません")
        #expect(d.hint(in: .japanese) == "themes/city/layouts/\(layout) か layouts/\(layout) を追加してください")
    }

    @Test func interfaceStringsInAnotherLanguageOnly() throws {
        let diagnostics = Self.load(["themes/city/i18n/fr.yml": "nav:\n  home: Accueil\n"])
        let d = try #require(diagnostics.first)
        #expect(d.severity == .warning)
        #expect(
            d.message
                == "theme `city` has no interface strings for `ja`: its pages will be in the templates' own words")
        #expect(
            d.hint == "add themes/city/i18n/ja.yml (copy the English one and translate it), or choose a language the "
                + "theme has: fr")
        #expect(d.message(in: .japanese) == "テーマ `city` に `ja` の表示用の言葉がないため、ページはテンプレートに書かれた言葉のままになります")
        #expect(
            d.hint(in: .japanese)
                == "themes/city/i18n/ja.yml を追加してください（英語のものをコピーして翻訳します）。または、テーマにある言語を選んでください: fr")
    }

    @Test func interfaceStringsInEnglishOnly() throws {
        let diagnostics = Self.load(
            ["themes/city/i18n/en.yml": "nav:\n  home: Home\n", "themes/city/i18n/fr.yml": "nav:\n  home: Accueil\n"])
        let d = try #require(diagnostics.first)
        #expect(d.message == "theme `city` has no interface strings for `ja`: its pages will be in English")
        #expect(d.message(in: .japanese) == "テーマ `city` に `ja` の表示用の言葉がないため、ページは英語になります")
        #expect(d.hint(in: .japanese)?.hasSuffix("テーマにある言語を選んでください: en、fr") == true)
    }

    @Test func interfaceStringsThatAreNotAMapping() throws {
        let diagnostics = Self.load(["themes/city/i18n/ja.yml": "- a\n- b\n"])
        let d = try #require(diagnostics.first)
        #expect(
            d.description == "themes/city/i18n/ja.yml:1:1: error: interface strings must be a mapping of names to text")
        #expect(d.message(in: .japanese) == "表示用の言葉は、名前と文字列の組（マッピング）で書きます")
    }

    @Test func anInterfaceStringThatIsNotText() throws {
        let diagnostics = Self.load(["themes/city/i18n/ja.yml": "nav:\n  home: [a, b]\n"])
        let d = try #require(diagnostics.first)
        #expect(d.description == "themes/city/i18n/ja.yml:2:9: error: interface string `nav.home` must be text")
        #expect(d.message(in: .japanese) == "表示用の言葉 `nav.home` は文字列で書きます")
    }
}
