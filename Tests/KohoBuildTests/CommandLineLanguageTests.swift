import Foundation
import KohoDiagnostics
import Testing

/// The language `koho` speaks in: the site's (Japanese by default), unless `--lang` or `KOHO_LANG` says
/// otherwise; the locale (`LANG`) when there is no site to ask. The `path:line:column: error:` prefix is the
/// same in every language.
@Suite struct CommandLineLanguageTests {
    static func site(_ files: [String: String]) throws -> URL {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write(files, under: root)
        return root
    }

    static let brokenProfile = [
        "site.yml": "title: T\nbase_url: https://example.jp/\n",
        "content/staff/sato.md": "---\nrole: 係長\n---\n",
    ]

    @Test func aSiteWithoutALanguageIsJapaneseAndSoAreItsMessages() throws {
        let root = try Self.site(Self.brokenProfile)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["build", "--source", root.path], language: nil, environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 1)
        let output = root.appendingPathComponent("public").path
        #expect(
            run.stderr == """
                content/staff/sato.md:1:1: error: 必須の項目 `name` がありません
                    ---
                    ^
                  ヒント: `name: …` の行を追加してください
                ビルドに失敗しました（エラー 1 件）。\(output) は元のままです

                """)
    }

    @Test(arguments: [
        (["--lang", "en"], [:]), ([], ["KOHO_LANG": "en"]), (["--lang", "en"], ["KOHO_LANG": "ja"]),
    ] as [([String], [String: String])])
    func theLanguageCanBeChosen(_ flags: [String], _ environment: [String: String]) throws {
        let root = try Self.site(Self.brokenProfile)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["build", "--source", root.path] + flags, language: nil, environment: environment)
        #expect(run.stderr.hasPrefix("content/staff/sato.md:1:1: error: missing required field `name`\n"))
        #expect(run.stderr.contains("  hint: add a line `name: …`\n"))
        #expect(run.stderr.hasSuffix("build failed with 1 error; \(root.appendingPathComponent("public").path) was left as it was\n"))
    }

    @Test func anEnglishSiteSpeaksEnglishUnlessJapaneseIsChosen() throws {
        var files = Self.brokenProfile
        files["site.yml"] = "title: T\nbase_url: https://example.jp/\nlanguage: en\n"
        let root = try Self.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let english = try CommandLineTests.run(["check", "--source", root.path], language: nil, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(english.stderr.hasSuffix("koho check: 1 error, 0 warnings\n"))
        let japanese = try CommandLineTests.run(["check", "--source", root.path], language: "ja")
        #expect(japanese.stderr.hasSuffix("koho check: エラー 1 件、警告 0 件\n"))
        #expect(japanese.stderr.hasPrefix("content/staff/sato.md:1:1: error: 必須の項目 `name` がありません\n"))
    }

    @Test func aGoodBuildSaysWhatItWroteInJapanese() throws {
        let root = try Self.site(BuildTests.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["build", "--source", root.path], language: "ja")
        #expect(run.status == 0, "\(run.stderr)")
        let line = run.stdout.replacing(#/[0-9]+\.[0-9]{2} 秒/#, with: "X 秒")
        #expect(line.hasPrefix("ページ、") == false)
        #expect(line.contains(" ファイルを X 秒で書き出しました → \(root.appendingPathComponent("public").path)\n"), "\(line)")
    }

    @Test func withoutASiteTheLocaleDecides() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["build"], in: root, language: nil, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
        #expect(run.stderr.contains(" にもその上のフォルダにも site.yml がありません\n"))
        #expect(
            run.stderr.contains(
                "  ヒント: サイトのフォルダ（site.yml があるフォルダ）で koho を実行するか、--source でフォルダを指定してください\n"))
    }

    @Test(arguments: [
        ("ja", "--base-url は https://example.jp/ や https://example.jp/city/ のような http(s) の完全な URL で指定します（`example.jp` になっています）"),
        ("en", "--base-url must be an absolute http(s) URL like https://example.jp/ or https://example.jp/city/, got `example.jp`"),
    ])
    func usageErrorsSpeakTheLanguageToo(_ language: String, _ message: String) throws {
        let root = try Self.site(BuildTests.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["build", "--source", root.path, "--base-url", "example.jp"], language: language)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let run = try CommandLineTests.run(["build", "--lang", ""])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--lang must be `ja` or `en`, got ``"))
    }

    /// `koho new` writes its notes in the chosen language, over the site's.
    @Test(arguments: [(nil, Language.japanese), ("en", .english), ("ja", .japanese)] as [(String?, Language)])
    func theNotesOfANewEntryFollowTheLanguage(_ chosen: String?, _ expected: Language) throws {
        let root = try Self.site(BuildTests.site)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(
            ["new", "staff", "ito-ken", "--source", root.path] + (chosen.map { ["--lang", $0] } ?? []), language: nil,
            environment: ["LANG": "C.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: root.appendingPathComponent("content/staff/ito-ken.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\n# \(Message(.scaffoldCommentIntroStaff).text(in: expected))\n"))
        #expect(run.stdout == Message(.cliCreated, ["path": "content/staff/ito-ken.md"]).text(in: expected) + "\n")
    }
}
