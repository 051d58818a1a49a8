import Foundation
import KohoBuild
import KohoContent
import Testing

/// A small site in Japanese and English, built whole: each language's pages, feeds and cards, one sitemap
/// with alternates, `hreflang` and the language switcher on every page. Compared file by file with
/// Snapshots/two-languages/ (re-record with `make goldens`), and its promises checked one by one.
@Suite struct TwoLanguageGoldenTests {
    static let golden = TestSupport.snapshots.appendingPathComponent("two-languages")

    static func files(untranslated: String = "fallback") -> [String: String] {
        [
            "site.yml": """
            title: 架空市役所
            base_url: https://example.jp/city/
            languages: [ja, en]
            untranslated: \(untranslated)
            timezone: Asia/Tokyo
            hashtags: [架空市]
            share: [x, email]

            """,
            "site.en.yml": "title: Kaku City Hall\n",
            "content/departments/koho.md":
                "---\nname: 広報課\nreading: こうほうか\nsummary: 市の情報を届けます。\n---\n広報課の仕事。\n",
            "content/departments/koho.en.md":
                "---\nname: Public Relations Division\nreading:\nsummary: We tell residents what the city does.\n---\nWhat we do.\n",
            "content/departments/somu.md": "---\nname: 総務課\nreading: そうむか\n---\n総務の仕事。\n",
            "content/staff/sato.md":
                "---\nname: 佐藤 美咲\nreading: さとう みさき\nrole: 広報課長\ndepartment: koho\n---\n広報を担当しています。\n",
            "content/staff/sato.en.md": "---\nname: Misaki Sato\nreading:\nrole: Director\n---\nI lead public relations.\n",
            "content/staff/abe.md": "---\nname: 阿部 一郎\nreading: あべ いちろう\ndepartment: somu\n---\n",
            "content/posts/haru.md":
                "---\ntitle: 春のお知らせ\ndate: 2026-04-01T09:00:00+09:00\nauthor: sato\ndepartment: koho\n---\n桜が咲きました。#桜\n",
            "content/posts/haru.en.md": "---\ntitle: Spring news\n---\nThe cherry trees are in bloom. #桜\n",
            "content/posts/natsu.md": "---\ntitle: 夏のお知らせ\ndate: 2026-07-01\nauthor: abe\n---\n夏です。\n",
            "content/pages/about.md": "---\ntitle: 概要\n---\n市の概要。\n",
        ]
    }

    static func plan(_ files: [String: String]) throws -> BuildReport {
        try SiteBuilder(
            options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)
        ).plan()
    }

    static func text(_ report: BuildReport, _ path: String) -> String {
        guard let file = report.files.first(where: { $0.path == path }), case .bytes(let bytes) = file.contents else {
            return ""
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func twoLanguageSiteMatchesGolden() throws {
        let actual = ExampleSiteGoldenTests.snapshot(of: try Self.plan(Self.files()))
            .filter { !$0.key.hasPrefix("assets/") }
        let manager = FileManager.default
        if TestSupport.recording {
            try? manager.removeItem(at: Self.golden)
            for (path, bytes) in actual {
                let url = Self.golden.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            Issue.record("re-recorded \(actual.count) golden files in Snapshots/two-languages/")
            return
        }
        var expected: [String: [UInt8]] = [:]
        let base = Self.golden.standardizedFileURL.path
        for case let relative as String in manager.enumerator(atPath: base) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                expected[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative)))
            }
        }
        #expect(actual.keys.sorted() == expected.keys.sorted(), "the set of output files changed: run `make goldens`")
        for path in actual.keys.sorted() where expected[path] != nil && actual[path] != expected[path] {
            Issue.record("\(path) differs from Snapshots/two-languages/\(path): run `make goldens` and review the diff")
        }
    }

    @Test func everyPageIsInEveryLanguageAtTheSamePath() throws {
        let paths = Set(try Self.plan(Self.files()).files.map(\.path))
        for page in [
            "index.html", "staff/sato/index.html", "departments/somu/index.html", "posts/haru/index.html",
            "pages/about/index.html", "tags/桜/index.html", "feed.xml", "feed.json", "404.html",
        ] {
            #expect(paths.contains(page), "\(page)")
            #expect(paths.contains("en/" + page), "en/\(page)")
        }
        #expect(!paths.contains("en/sitemap.xml"))
        #expect(!paths.contains("en/robots.txt"))
        #expect(!paths.contains("en/assets/koho.css"))
    }

    @Test func eachLanguagesPagesSpeakItsLanguage() throws {
        let report = try Self.plan(Self.files())
        let english = Self.text(report, "en/staff/sato/index.html")
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<h1>Misaki Sato</h1>"))
        #expect(english.contains("<title>Misaki Sato | Kaku City Hall</title>"))
        #expect(english.contains("<meta property=\"og:locale\" content=\"en_US\">"))
        #expect(english.contains("<meta property=\"og:locale:alternate\" content=\"ja_JP\">"))
        #expect(english.contains("href=\"/city/en/departments/\""))
        let japanese = Self.text(report, "staff/sato/index.html")
        #expect(japanese.contains("<html lang=\"ja\">"))
        #expect(japanese.contains("<meta property=\"og:locale:alternate\" content=\"en_US\">"))
        // An untranslated entry shown in English: its text is marked as Japanese.
        let somu = Self.text(report, "en/departments/somu/index.html")
        #expect(somu.contains("<h1 lang=\"ja\">"))
        #expect(somu.contains("<div class=\"prose\" lang=\"ja\">"))
        // Dates in the page's language.
        #expect(Self.text(report, "en/posts/haru/index.html").contains("April 1, 2026"))
        #expect(Self.text(report, "posts/haru/index.html").contains("2026年4月1日"))
    }

    @Test func everyPageNamesItsTranslations() throws {
        let report = try Self.plan(Self.files())
        let page = Self.text(report, "staff/sato/index.html")
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"https://example.jp/city/staff/sato/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.jp/city/en/staff/sato/\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.jp/city/staff/sato/\">"))
        // The switcher leads to the same page in the other language, marked with its language.
        #expect(page.contains("<a href=\"/city/en/staff/sato/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(Self.text(report, "en/staff/sato/index.html").contains(
            "<a href=\"/city/staff/sato/\" lang=\"ja\" hreflang=\"ja\">日本語</a>"))
    }

    @Test func withOmitTheSwitcherLeadsHomeWhereThereIsNoTranslation() throws {
        let report = try Self.plan(Self.files(untranslated: "omit"))
        let paths = Set(report.files.map(\.path))
        #expect(!paths.contains("en/departments/somu/index.html"))
        #expect(!paths.contains("en/posts/natsu/index.html"))
        #expect(paths.contains("en/posts/haru/index.html"))
        let somu = Self.text(report, "departments/somu/index.html")
        #expect(somu.contains("<a href=\"/city/en/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(!somu.contains("hreflang=\"en\" href="))
    }

    @Test func oneSitemapWithAlternates() throws {
        let sitemap = Self.text(try Self.plan(Self.files()), "sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<loc>https://example.jp/city/en/staff/sato/</loc>"))
        #expect(sitemap.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.jp/city/en/staff/sato/\"/>"))
        #expect(sitemap.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.jp/city/staff/sato/\"/>"))
    }

    @Test func eachLanguageHasItsFeeds() throws {
        let report = try Self.plan(Self.files())
        let rss = Self.text(report, "en/feed.xml")
        #expect(rss.contains("<language>en</language>"))
        #expect(rss.contains("<title>Spring news</title>"))
        #expect(rss.contains("https://example.jp/city/en/posts/haru/"))
        #expect(Self.text(report, "feed.xml").contains("<language>ja</language>"))
        let json = Self.text(report, "en/feed.json")
        #expect(json.contains("\"language\":\"en\"") || json.contains("\"language\": \"en\""))
        #expect(json.contains("Spring news"))
    }
}
