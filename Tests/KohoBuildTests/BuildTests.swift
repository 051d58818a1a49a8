import Foundation
import KohoBuild
import KohoContent
import KohoDiagnostics
import Testing

/// The build as a whole: flags, overrides, the output folder, and what happens on failure.
@Suite struct BuildTests {
    /// A small valid site: two departments, two staff, a past, a future and a draft post, a page.
    static let site: [String: String] = [
        "site.yml": """
        title: テスト市役所
        base_url: https://example.jp/city/
        timezone: Asia/Tokyo
        hashtags: [テスト市]
        """,
        "content/departments/somu.md": "---\nname: 総務部\n---\n総務の仕事。\n",
        "content/departments/koho.md": "---\nname: 広報課\nparent: somu\n---\n[防災](/departments/somu/)\n",
        "content/staff/sato.md": "---\nname: 佐藤 花子\nreading: さとう はなこ\ndepartment: koho\n---\nこんにちは。\n",
        "content/staff/abe.md": "---\nname: 阿部 一郎\nreading: あべ いちろう\ndepartment: somu\n---\n",
        "content/posts/past.md":
            "---\ntitle: 過去のお知らせ\ndate: 2026-04-01T18:30:00+09:00\nauthor: sato\n---\n![地図](/images/map.png)\n",
        "content/posts/future.md": "---\ntitle: 未来のお知らせ\ndate: 2027-01-01\n---\n",
        "content/posts/draft.md": "---\ntitle: 下書き\ndate: 2026-01-01\ndraft: true\n---\n",
        "content/pages/about.md": "---\ntitle: 概要\n---\n市の概要。\n",
        // Not a raster image (text cannot hold a PNG): published as written. Resized images: SiteImagesTests.
        "static/images/map.png": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    static func plan(_ files: [String: String], _ configure: (inout BuildOptions) -> Void = { _ in })
        throws(DiagnosticError) -> BuildReport
    {
        var options = BuildOptions(source: "/site", now: TestSupport.now)
        configure(&options)
        return try SiteBuilder(options: options, fileSystem: MemoryFileSystem(files)).plan()
    }

    static func text(_ report: BuildReport, _ path: String) -> String? {
        guard let file = report.files.first(where: { $0.path == path }), case .bytes(let bytes) = file.contents else {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writesEveryPageOfTheURLList() throws {
        let report = try Self.plan(Self.site)
        let paths = Set(report.files.map(\.path))
        for path in [
            "index.html", "staff/index.html", "staff/sato/index.html", "departments/index.html",
            "departments/koho/index.html", "posts/index.html", "posts/past/index.html", "pages/about/index.html",
            "tags/index.html", "tags/テスト市/index.html", "404.html", "sitemap.xml", "robots.txt",
            "images/map.png", "assets/koho.css",
        ] {
            #expect(paths.contains(path), "missing \(path)")
        }
    }

    @Test func leavesOutDraftsAndFuturePostsUnlessAsked() throws {
        let plain = Set(try Self.plan(Self.site).files.map(\.path))
        #expect(!plain.contains("posts/future/index.html"))
        #expect(!plain.contains("posts/draft/index.html"))
        let all = Set(
            try Self.plan(Self.site) {
                $0.includeDrafts = true; $0.includeFuture = true
            }.files.map(\.path))
        #expect(all.contains("posts/future/index.html"))
        #expect(all.contains("posts/draft/index.html"))
    }

    @Test func rootRelativePathsInContentGetTheBasePath() throws {
        let report = try Self.plan(Self.site)
        #expect(Self.text(report, "departments/koho/index.html")?.contains("href=\"/city/departments/somu/\"") == true)
        #expect(Self.text(report, "posts/past/index.html")?.contains("src=\"/city/images/map.png\"") == true)
    }

    @Test func baseURLFlagReplacesSiteYml() throws {
        let report = try Self.plan(Self.site) { $0.baseURL = "https://staging.example.jp/preview/" }
        let home = Self.text(report, "index.html") ?? ""
        #expect(home.contains("https://staging.example.jp/preview/"))
        #expect(!home.contains("https://example.jp/city/"))
        #expect(Self.text(report, "robots.txt")?.contains("https://staging.example.jp/preview/sitemap.xml") == true)
    }

    @Test func siteLayoutsOverrideTheThemeFileByFile() throws {
        var files = Self.site
        files["layouts/page.html"] = "<p>own layout: {{ page.title }}</p>\n"
        let report = try Self.plan(files)
        #expect(Self.text(report, "pages/about/index.html") == "<p>own layout: 概要</p>")
        // Other layouts still come from the theme.
        #expect(Self.text(report, "staff/sato/index.html")?.contains("<!doctype html>") == true)
    }

    @Test func aTemplateMistakeIsReportedAtItsPlaceInTheSitesLayout() {
        var files = Self.site
        files["layouts/page.html"] = "<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n"
        #expect {
            try Self.plan(files)
        } throws: { error in
            guard let e = error as? DiagnosticError, let d = e.diagnostics.first else { return false }
            return d.location == SourceLocation(path: "layouts/page.html", line: 2, column: 12)
                && d.sourceLine == "<p>{{ page.titel }}</p>" && d.hint?.contains("page.title") == true
        }
    }

    @Test func staticFilesThatWouldOverwriteAPageAreAnError() {
        var files = Self.site
        files["static/404.html"] = "mine"
        #expect {
            try Self.plan(files)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.message) == [
                "`static/404.html` would overwrite the generated `404.html`"
            ]
        }
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        let before = try String(contentsOf: output.appendingPathComponent("staff/sato/index.html"), encoding: .utf8)

        try TestSupport.write(["content/staff/sato.md": "---\nname: 佐藤 花子\ndepartment: nowhere\n---\n"], under: root)
        #expect(throws: DiagnosticError.self) { try SiteBuilder(options: options).build() }
        let after = try String(contentsOf: output.appendingPathComponent("staff/sato/index.html"), encoding: .utf8)
        #expect(before == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
            $0.hasPrefix(".public")
        }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)")
    }

    /// Pages go to disk as they are rendered: a template that fails on some pages only, after others were
    /// written, still leaves the previous output as it was and nothing beside it.
    @Test func aTemplateErrorWhileRenderingLeavesThePreviousOutputUntouched() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        let before = try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))

        try TestSupport.write(["layouts/staff.html": "<p>{{ staff.name | date(\"%Y\") }}</p>\n"], under: root)
        let error = #expect(throws: DiagnosticError.self) { try SiteBuilder(options: options).build() }
        #expect(error?.diagnostics.map(\.description).first?.hasPrefix(
            "layouts/staff.html:1:20: error: `date` expects a date, got a string") == true)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted() == before)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter {
            $0.hasPrefix(".public-")
        }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)")
    }

    @Test func aPostDatedMoreThanAYearAheadIsWarnedAbout() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = Self.site
        site["content/posts/typo.md"] = "---\ntitle: 年の打ち間違い\ndate: 2062-04-01\n---\n"
        try TestSupport.write(site, under: root)
        let diagnostics = SiteBuilder(options: BuildOptions(source: root.path, now: TestSupport.now)).check()
        let warnings = diagnostics.filter { $0.location?.path == "content/posts/typo.md" }
        #expect(
            warnings.map(\.description) == [
                "content/posts/typo.md:3:7: warning: `date` is more than a year ahead: the post stays unpublished until then"
            ])
        #expect(warnings.first?.hint == "check the year; `koho build --future` builds it now")
        // Within a year (the site's 2027-01-01 post) is an announcement planned ahead: no warning.
        #expect(!diagnostics.contains { $0.location?.path == "content/posts/future.md" })
    }

    @Test func aSuccessfulBuildReplacesTheOutputWhole() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        try SiteBuilder(options: options).build()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test(arguments: [".", "..", "../..", "./"])
    func refusesAnOutputFolderThatHoldsTheSite(_ output: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try TestSupport.write(Self.site, under: site)
        let target = site.appendingPathComponent(output).path
        let options = BuildOptions(source: site.path, output: target, now: TestSupport.now)
        #expect(throws: DiagnosticError.self) { try SiteBuilder(options: options).build() }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("site.yml").path))
    }

    @Test func anUnwritableOutputIsAnErrorAndLeavesNothingBehind() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site, under: root)
        // The output's parent is a file, so no folder can be made there.
        try Data("a file".utf8).write(to: root.appendingPathComponent("blocker"))
        let options = BuildOptions(
            source: root.path, output: root.appendingPathComponent("blocker/public").path, now: TestSupport.now)
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.message.hasPrefix("cannot write") == true
        }
    }

    @Test func aRebuildKeepsUnchangedFilesAndRewritesChangedOnes() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(Self.site, under: root)
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        let output = root.appendingPathComponent("public")
        func inode(_ path: String) throws -> Int {
            try
                (FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[
                    .systemFileNumber]
                as? Int) ?? -1
        }
        try SiteBuilder(options: options).build()
        let about = try inode("pages/about/index.html")
        let sato = try inode("staff/sato/index.html")
        try TestSupport.write(["content/pages/about.md": "---\ntitle: 概要\n---\n新しい本文。\n"], under: root)
        try SiteBuilder(options: options).build()
        // The same file (an unchanged page is linked from the previous output, not written again)…
        #expect(try inode("staff/sato/index.html") == sato)
        // …and a new one with the new text for the page that changed.
        #expect(try inode("pages/about/index.html") != about)
        let text = try String(contentsOf: output.appendingPathComponent("pages/about/index.html"), encoding: .utf8)
        #expect(text.contains("新しい本文。"))
    }

    @Test func withoutAMastodonInstanceSharingGoesThroughAPageThatAsksForIt() throws {
        let report = try Self.plan(Self.site)
        let page = try #require(Self.text(report, "share/mastodon/index.html"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("mastodon-share.js"))
        let profile = Self.text(report, "staff/sato/index.html") ?? ""
        #expect(profile.contains("href=\"https://example.jp/city/share/mastodon/?text=%E4%BD%90%E8%97%A4"))
        #expect(!(Self.text(report, "sitemap.xml") ?? "").contains("share/mastodon"))

        var withInstance = Self.site
        withInstance["site.yml"]! += "\nmastodon_instance: mastodon.example\n"
        let direct = try Self.plan(withInstance)
        #expect(Self.text(direct, "share/mastodon/index.html") == nil)
        #expect(
            Self.text(direct, "staff/sato/index.html")?.contains("href=\"https://mastodon.example/share?text=") == true)
    }

    @Test func rootRelativePathsWrittenInTemplatesGetTheBasePath() throws {
        var files = Self.site
        files["layouts/page.html"] = """
            <a href="/departments/somu/">a</a> <a href="/city/staff/">b</a> <img src='/images/map.png' alt="">
            <a href="//cdn.example/x">c</a> <a href="https://example.com/">d</a> <a href="#top">e</a>
            <img srcset="/images/map.png 1x, /images/map.png 2x" alt=""> <a href="/city">f</a>
            <p data-path="/not/a/url">/text/stays</p><script>var u = "/in/script";</script>
            """
        let page = try #require(Self.text(try Self.plan(files), "pages/about/index.html"))
        #expect(
            page == """
                <a href="/city/departments/somu/">a</a> <a href="/city/staff/">b</a> <img src="/city/images/map.png" alt="">
                <a href="//cdn.example/x">c</a> <a href="https://example.com/">d</a> <a href="#top">e</a>
                <img srcset="/city/images/map.png 1x, /city/images/map.png 2x" alt=""> <a href="/city">f</a>
                <p data-path="/not/a/url">/text/stays</p><script>var u = "/in/script";</script>
                """)
    }
}
