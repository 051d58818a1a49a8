import Foundation
import KohoContent
import KohoDefaultTheme
import Testing

@testable import KohoBuild

/// `koho init` and `koho theme export`, run through the binary as a person runs them.
@Suite struct InitTests {
    /// The starter site's files in each language, the `.gitignore` after them.
    static let starterPaths: [(String, [String])] = [
        (
            "ja",
            [
                "content/departments/somu.md", "content/pages/about.md", "content/posts/2026/welcome.md",
                "content/staff/sato.md", "site.yml", ".gitignore",
            ]
        ),
        (
            "en",
            [
                "content/departments/general-affairs.md", "content/pages/about.md", "content/posts/2026/welcome.md",
                "content/staff/sam-taylor.md", "site.yml", ".gitignore",
            ]
        ),
    ]

    @Test(arguments: starterPaths)
    func initWritesTheStarterSiteInTheReadersLanguageAndItBuildsAtOnce(_ language: String, _ paths: [String]) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["init", "site"], in: root, language: language)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let expected =
            language == "en"
            ? """
            created a new site in site: site.yml (every setting, explained in comments), a department, a staff member, a post and a page
            next:
              cd site
              koho serve    a preview at http://127.0.0.1:1313/, updated as you save
              koho build    the site, written into public/

            """
            : """
            site に新しいサイトを作りました。site.yml（すべての設定をコメントで説明しています）と、部署・職員・記事・ページがひとつずつあります
            次は:
              cd site
              koho serve    http://127.0.0.1:1313/ でプレビューします（保存するたびに更新されます）
              koho build    サイトを public/ に書き出します

            """
        #expect(run.stdout == expected)
        let site = root.appendingPathComponent("site")
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        #expect(try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8) == "public/\n")
        let settings = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(settings.contains("language: \(language)\n"))

        // It builds at once, from inside the site, without a warning.
        let build = try CommandLineTests.run(["build"], in: site, language: language)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "")
        for page in ["index.html", "staff/index.html", "departments/index.html", "posts/index.html", "pages/about/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/" + page).path), "\(page)")
        }
    }

    @Test func initExampleWritesTheExampleCityHallWhichBuilds() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CommandLineTests.run(["init", "kaku", "--example"], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("created the example site (a fictional city hall) in kaku\nnext:\n  cd kaku\n"))
        let site = root.appendingPathComponent("kaku")
        for file in ExampleSite.files {
            let written = try Data(contentsOf: site.appendingPathComponent(file.path))
            #expect(Array(written) == file.bytes, "\(file.path)")
        }
        let build = try CommandLineTests.run(["build", "--source", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/staff/sato-misaki/index.html").path))
    }

    @Test(arguments: [
        (
            "en",
            """
            site/notes.txt:1:1: error: site/ is not empty: koho init writes a new site only into an empty or new folder
              hint: name a new folder (`koho init my-site`), or run koho init in an empty one

            """
        ),
        (
            "ja",
            """
            site/notes.txt:1:1: error: site/ は空ではありません。koho init は、空のフォルダーか新しいフォルダーにだけサイトを作ります
              ヒント: 新しいフォルダーの名前を指定するか（`koho init my-site`）、空のフォルダーで koho init を実行してください

            """
        ),
    ])
    func initRefusesAFolderThatIsNotEmpty(_ language: String, _ message: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(["site/notes.txt": "mine\n"], under: root)
        let run = try CommandLineTests.run(["init", "site"], in: root, language: language)
        #expect(run.status == 2)
        #expect(run.stderr == message)
        #expect(run.stdout == "")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("site").path)
        #expect(left == ["notes.txt"])
    }

    @Test func initRefusesAFileAndTakesAFolderHoldingOnlyGit() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(["file": "x\n", "repo/.git/HEAD": "ref: refs/heads/main\n"], under: root)
        let file = try CommandLineTests.run(["init", "file"], in: root)
        #expect(file.status == 2)
        #expect(file.stderr.hasPrefix("file:1:1: error: file is a file, not a folder\n"))
        let repo = try CommandLineTests.run(["init", "repo"], in: root)
        #expect(repo.status == 0, "\(repo.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("repo/site.yml").path))
    }

    /// Every setting site.yml takes is in the starter's site.yml, as a comment or in use: uncommented, the
    /// file reads without a warning and names every setting the example site uses.
    @Test(arguments: ["ja", "en"])
    func theStarterSiteYAMLNamesEverySettingAndEachOneReads(_ language: String) throws {
        let files = language == "ja" ? StarterSite.japanese : StarterSite.english
        let settings = try #require(files.first { $0.path == "site.yml" }).contents
        let uncommented = settings.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.firstMatch(of: /^# ( *[a-z_]+:.*)$/).map { String($0.1) } ?? String(line)
        }.joined(separator: "\n")
        #expect(uncommented != settings)
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(["site.yml": uncommented], under: root)
        let loaded = ContentLoader(fileSystem: LocalFileSystem(root: root.path)).loadSettings()
        #expect(loaded.config != nil)
        #expect(loaded.diagnostics.map(\.description) == [])
        let topLevel = { (text: String) in
            Set(text.split(separator: "\n").compactMap { $0.firstMatch(of: /^([a-z_]+):/).map { String($0.1) } })
        }
        let example = try String(
            contentsOf: EmbeddedFolderSource.repository.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(topLevel(example).subtracting(topLevel(uncommented)) == [])
    }

    @Test(arguments: ["en", "ja"])
    func themeExportCopiesTheBuiltInThemeAndTheSiteUsesIt(_ language: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CommandLineTests.run(["init", "site"], in: root, language: "en").status == 0)
        let site = root.appendingPathComponent("site")
        let run = try CommandLineTests.run(["theme", "export"], in: site.appendingPathComponent("content"), language: language)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == (language == "en"
                    ? "copied the built-in theme to themes/custom/; site.yml uses it (`theme: custom`): edit its layouts/, assets/ and i18n/ to change the site\n"
                    : "組み込みのテーマを themes/custom/ に写しました。site.yml はこのテーマを使います（`theme: custom`）。layouts/、assets/、i18n/ を編集するとサイトが変わります\n"))
        for file in DefaultTheme.files {
            let written = try Data(contentsOf: site.appendingPathComponent("themes/custom/" + file.path))
            #expect(Array(written) == file.bytes, "\(file.path)")
        }
        let settings = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        let starter = try #require(StarterSite.english.first { $0.path == "site.yml" }).contents
        #expect(settings == starter.replacingOccurrences(of: "\ntheme: default\n", with: "\ntheme: custom\n"))

        // The site now draws with the copy: a change to it shows in the built site.
        let css = site.appendingPathComponent("themes/custom/assets/koho.css")
        try (String(contentsOf: css, encoding: .utf8) + "/* our colours */\n").write(to: css, atomically: true, encoding: .utf8)
        let build = try CommandLineTests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "")
        let built = try String(contentsOf: site.appendingPathComponent("public/assets/koho.css"), encoding: .utf8)
        #expect(built.contains("/* our colours */"))

        // A second export to the same folder is refused, and nothing is overwritten.
        let again = try CommandLineTests.run(["theme", "export", "custom"], in: site, language: language)
        #expect(again.status == 2)
        #expect(
            again.stderr
                == (language == "en"
                    ? "error: themes/custom/ already exists\n  hint: choose another name (`koho theme export NAME`), or edit the theme in that folder\n"
                    : "error: themes/custom/ はすでにあります\n  ヒント: 別の名前を指定するか（`koho theme export 名前`）、そのフォルダーのテーマを編集してください\n"))
        #expect(try String(contentsOf: css, encoding: .utf8).hasSuffix("/* our colours */\n"))
    }

    @Test func themeExportTellsWhatToWriteWhenSiteYAMLCannotBeChangedSafely() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let settings = "{title: T, base_url: \"https://example.jp/\", theme: default}\n"
        try TestSupport.write(["site.yml": settings], under: root)
        let run = try CommandLineTests.run(["theme", "export", "ours", "--source", root.path])
        #expect(run.status == 0)
        #expect(
            run.stderr
                == "copied the built-in theme to themes/ours/, but site.yml was left as it was (its `theme:` is not a one-line value koho can change safely): write `theme: ours` in it to use the theme\n"
        )
        #expect(try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8) == settings)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("themes/ours/layouts/base.html").path))
    }

    /// site.yml's `theme:` changed in place, or added; nil where that is not safe.
    @Test(arguments: [
        ("title: T\ntheme: default   # the built-in one\nlanguage: en\n", "title: T\ntheme: custom   # the built-in one\nlanguage: en\n"),
        ("title: T\ntheme: \"default\"\n", "title: T\ntheme: custom\n"),
        ("title: T\ntheme: custom\n", "title: T\ntheme: custom\n"),
        ("title: T\n", "title: T\ntheme: custom\n"),
        ("title: T", "title: T\ntheme: custom\n"),
        ("title: T\ndescription: |\n  two\n  lines\n", "title: T\ndescription: |\n  two\n  lines\ntheme: custom\n"),
        ("{title: T, theme: default}\n", nil),
        ("title: T\ntheme:\n  default\n", nil),
        ("title: T\ntheme: [a, b]\n", nil),
        ("- a list\n", nil),
    ] as [(String, String?)])
    func settingTheTheme(_ text: String, _ expected: String?) {
        #expect(ThemeExport.settingTheme("custom", in: text) == expected)
    }

    @Test func versionAndCompletionsNameTheNewCommands() throws {
        let version = try CommandLineTests.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.firstMatch(of: /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$/) != nil, "\(version.stdout)")
        for shell in ["bash", "zsh", "fish"] {
            let run = try CommandLineTests.run(["--generate-completion-script", shell])
            #expect(run.status == 0)
            #expect(run.stdout.contains("init") && run.stdout.contains("export"), "\(shell)")
        }
    }
}
