import KohoBuild
import KohoContent
import KohoDefaultTheme
import KohoDiagnostics
import KohoSite
import Testing

/// The words of a theme owned by the site: its own `i18n/<lang>.yml` over the theme's strings key by key, a
/// theme's i18n with some keys falling back to the built-in theme's, and the city hall's words as keys.
@Suite struct SiteStringsTests {
    /// The build tests' site, with a date for 佐藤's `since`.
    static var site: [String: String] {
        var files = BuildTests.site
        files["content/staff/sato.md"] =
            "---\nname: 佐藤 花子\nreading: さとう はなこ\ndepartment: koho\nsince: 2019-04\n---\nこんにちは。\n"
        return files
    }

    static func page(_ report: BuildReport, _ path: String) throws -> String {
        try #require(BuildTests.text(report, path))
    }

    @Test func theBuiltInThemeSpeaksAsACityHall() throws {
        let report = try BuildTests.plan(Self.site)
        #expect(report.diagnostics.isEmpty)
        let departments = try Self.page(report, "departments/index.html")
        #expect(departments.contains("<p class=\"lead\">市役所の各部署と、それぞれが担当している仕事を紹介します。</p>"))
        #expect(try Self.page(report, "staff/sato/index.html").contains("<p class=\"since\">入庁: 2019-04</p>"))
        #expect(try Self.page(report, "departments/somu/index.html").contains("\"@type\":\"GovernmentOrganization\""))
    }

    /// A ministry changes two words in one file; every other string stays the theme's.
    @Test func aSitesOwnStringsOverTheThemesKeyByKey() throws {
        var files = Self.site
        files["i18n/ja.yml"] = "office: 本省\nsince: 入省\n"
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.isEmpty)
        let departments = try Self.page(report, "departments/index.html")
        #expect(departments.contains("<p class=\"lead\">本省の各部署と、それぞれが担当している仕事を紹介します。</p>"))
        let sato = try Self.page(report, "staff/sato/index.html")
        #expect(sato.contains("<p class=\"since\">入省: 2019-04</p>"))
        #expect(!sato.contains("入庁"))
        #expect(try Self.page(report, "index.html").contains(">トップ</a>"))
    }

    /// The README's example: a company's `i18n/ja.yml`, list titles (`labels.*`) included.
    @Test func aCompanySaysItsOwnWords() throws {
        var files = Self.site
        files["site.yml"] = "title: テスト商事\nbase_url: https://example.jp/\ntimezone: Asia/Tokyo\n"
        files["i18n/ja.yml"] = """
            office: 会社                     # 会社の各部署と、それぞれが担当している仕事を紹介します。
            since: 入社                      # 入社: 2019-04
            organization_type: Corporation
            staff: 社員紹介
            labels:
              title:
                staff-list: 社員紹介          # the title Koho gives the staff list

            """
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.isEmpty)
        #expect(try Self.page(report, "staff/index.html").contains("<title>社員紹介 | テスト商事</title>"))
        let home = try Self.page(report, "index.html")
        #expect(home.contains("<p>会社の各部署と、それぞれが担当している仕事を紹介します。</p>"))
        let sato = try Self.page(report, "staff/sato/index.html")
        #expect(sato.contains("<p class=\"since\">入社: 2019-04</p>"))
        #expect(sato.contains("\"worksFor\":[{\"@type\":\"Corporation\",\"name\":\"広報課\""))
        for file in report.files where file.path.hasSuffix(".html") {
            let text = try Self.page(report, file.path)
            #expect(!text.contains("市役所") && !text.contains("入庁") && !text.contains("GovernmentOrganization"))
        }
    }

    @Test func aKeyTheThemeDoesNotHaveIsAWarningWithTheNearestKey() throws {
        var files = Self.site
        files["i18n/ja.yml"] = "office: 会社\nsicne: 入社\n"
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.count == 1)
        let d = try #require(report.diagnostics.first)
        #expect(
            d.description
                == "i18n/ja.yml:2:1: warning: interface string `sicne` is not one the theme or the layouts use")
        #expect(d.sourceLine == "sicne: 入社")
        #expect(d.hint == "did you mean `since`?")
        #expect(d.message(in: .japanese) == "表示用の言葉 `sicne` は、テーマにもレイアウトにもありません")
        #expect(d.hint(in: .japanese) == "`since` のことですか？")
        // The known key still applies.
        #expect(try Self.page(report, "departments/index.html").contains("会社の各部署"))
    }

    @Test func aKeyNothingResemblesNamesTheThemesFile() throws {
        var files = Self.site
        files["i18n/ja.yml"] = "greeting_banner: ようこそ\n"
        let d = try #require(try BuildTests.plan(files).diagnostics.first)
        #expect(d.hint == "the strings a site can change are the keys of themes/default/i18n/ja.yml")
        #expect(d.hint(in: .japanese) == "サイトで変えられる言葉は themes/default/i18n/ja.yml のキーです")
    }

    /// A key only the site's own layout uses is the site's to define.
    @Test func aKeyOfTheSitesOwnLayoutIsNotUnknown() throws {
        var files = Self.site
        files["i18n/ja.yml"] = "greeting_banner: ようこそ\n"
        files["layouts/page.html"] = "<p>{{ \"greeting_banner\" | t }}</p>\n"
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.isEmpty)
        #expect(try Self.page(report, "pages/about/index.html") == "<p>ようこそ</p>")
    }

    /// A theme `city` with the built-in theme's layouts and an i18n file of `strings`.
    static func cityTheme(_ strings: String) -> [String: String] {
        var files = site
        files["site.yml", default: ""] += "\ntheme: city\n"
        for file in DefaultTheme.files where !file.path.hasPrefix("i18n/") {
            files["themes/city/" + file.path] = file.contents
        }
        files["themes/city/i18n/ja.yml"] = strings
        return files
    }

    /// A theme `city` whose page layout prints three strings, its other layouts nothing, with an i18n file of
    /// `strings`.
    static func smallCityTheme(_ strings: String) -> [String: String] {
        var files = site
        files["site.yml", default: ""] += "\ntheme: city\n"
        for layout in PageKind.requiredLayouts {
            files["themes/city/layouts/\(layout)"] = "x"
        }
        files["themes/city/layouts/page.html"] = "<p>{{ \"home\" | t }}|{{ \"since\" | t }}|{{ \"office\" | t }}</p>\n"
        files["themes/city/i18n/ja.yml"] = strings
        return files
    }

    /// A theme whose i18n has some keys is not broken by the others (it was: one error per missing key).
    @Test func aThemeWithSomeKeysFallsBackToTheBuiltInThemesWithOneWarning() throws {
        let report = try BuildTests.plan(Self.smallCityTheme("home: ホーム\n"))
        #expect(report.diagnostics.count == 1)
        let d = try #require(report.diagnostics.first)
        #expect(
            d.description
                == "themes/city/i18n/ja.yml:1:1: warning: theme `city` has no interface strings `office`, `since` for "
                + "`ja`: the built-in theme's words are shown")
        #expect(d.hint == "add them to themes/city/i18n/ja.yml in the theme's own words, or to the site's i18n/ja.yml")
        #expect(
            d.message(in: .japanese) == "テーマ `city` に `ja` の表示用の言葉 `office`、`since` がないため、組み込みテーマの言葉を表示します")
        #expect(d.hint(in: .japanese) == "テーマの言葉で themes/city/i18n/ja.yml に追加するか、サイトの i18n/ja.yml に追加してください")
        #expect(try Self.page(report, "pages/about/index.html") == "<p>ホーム|入庁|市役所</p>")
    }

    /// The built-in theme's own layouts under another name, with one key: one warning, and the site builds.
    @Test func aCopyOfTheBuiltInThemeWithOneKeyBuilds() throws {
        let report = try BuildTests.plan(Self.cityTheme("home: ホーム\n"))
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.words.key == .themeStringsFallback)
        let home = try Self.page(report, "index.html")
        #expect(home.contains(">ホーム</a>"))
        #expect(home.contains("<p>市役所の各部署と、それぞれが担当している仕事を紹介します。</p>"))
    }

    /// What the site writes wins over the theme's and the built-in theme's, and silences the warning for it.
    @Test func theSitesStringsOverAThemeWithSomeKeys() throws {
        var files = Self.smallCityTheme("home: ホーム\nsince: 入庁年\n")
        files["i18n/ja.yml"] = "since: 入社\noffice: 会社\n"
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.isEmpty)
        #expect(try Self.page(report, "pages/about/index.html") == "<p>ホーム|入社|会社</p>")
    }
}
