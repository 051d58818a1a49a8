import Foundation
import Testing

/// The `koho` executable as a person runs it: output streams and exit codes.
@Suite struct CommandLineTests {
    /// The `koho` binary SwiftPM built next to the test bundle.
    static var koho: URL {
        var folder = Bundle.main.bundleURL
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("koho")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "koho")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `koho` with `arguments`, speaking `language` (`KOHO_LANG`; English unless a test asks otherwise,
    /// nil to leave the choice to the site and the locale).
    static func run(
        _ arguments: [String], in folder: URL? = nil, language: String? = "en", environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = koho
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["KOHO_LANG"] = language
        variables.merge(environment) { _, new in new }
        process.environment = variables
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func contentErrorsExitOneWithLocatedMessages() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(
            [
                "site.yml": "title: T\nbase_url: https://example.jp/\n",
                "content/staff/sato.md": "---\nname: 佐藤\ndepartment: somu\n---\n",
            ], under: root)
        let run = try Self.run(["build", "--source", root.path])
        #expect(run.status == 1)
        #expect(
            run.stderr.hasPrefix(
                "content/staff/sato.md:3:13: error: unknown department `somu`\n    department: somu\n                ^\n"
            ))
        #expect(run.stderr.contains("was left as it was"))
    }

    @Test func usageErrorsExitTwo() throws {
        let run = try Self.run(["build", "--no-such-flag"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--no-such-flag"))
    }

    @Test(arguments: [["build", "--base-url", "example.jp"], ["check", "--base-url", "ftp://example.jp/"]])
    func aBadBaseURLIsAUsageError(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--base-url must be an absolute http(s) URL like https://example.jp/"))
    }

    @Test func runInsideASiteFolderBuildsTheSiteAbove() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let staff = root.appendingPathComponent("content/staff")
        let run = try Self.run(["build"], in: staff)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: staff.appendingPathComponent("public").path))
        let check = try Self.run(["check"], in: staff)
        #expect(check.status == 0, "\(check.stderr)")
        // `koho new` too: the draft goes into the site, not under the folder it was run in.
        let new = try Self.run(["new", "staff", "ito-ken"], in: staff)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.hasPrefix("created content/staff/ito-ken.md"))
        #expect(FileManager.default.fileExists(atPath: staff.appendingPathComponent("ito-ken.md").path))
        #expect(!FileManager.default.fileExists(atPath: staff.appendingPathComponent("content").path))
    }

    @Test func withoutASiteAboveItSaysWhereItLooked() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run(["build"], in: root)
        #expect(run.status == 1)
        let here = root.resolvingSymlinksInPath().path
        #expect(
            run.stderr.hasPrefix("error: no site.yml in ") && run.stderr.contains(" or any folder above it\n"),
            "\(run.stderr)")
        #expect(run.stderr.contains(here) || run.stderr.contains(root.path))
        #expect(run.stderr.contains("hint: run koho in the site's folder (the one with site.yml), or give it with --source DIR"))
    }

    @Test func versionPrints() throws {
        let run = try Self.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("0."))
    }

    @Test func buildWithNoFlagsBuildsTheCurrentFolderIntoPublic() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let run = try Self.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/index.html").path))
        #expect(run.stdout.contains("built "))
    }

    @Test func timingsNameEachPhaseWithItsDuration() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let run = try Self.run(["build", "--timings"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "timings:")
        let phases = lines.dropFirst().map { $0.replacing(#/^ *[0-9]+\.[0-9]{3} s  /#, with: "") }
        #expect(
            phases == [
                "loading content and theme", "resolving 2 staff, 2 departments, 2 posts", "making template values",
                "planning pages", "rendering 15 pages", "drawing 6 share cards", "writing feeds and the sitemap",
                "indexing 6 entries for search", "listing static files", "writing 6 more files",
            ])
    }

    @Test func checkPrintsGitHubAnnotationsAndExitsOneOnErrors() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildTests.site
        site["content/pages/links.md"] = "---\ntitle: リンク\n---\n[広報課](/departments/kouho/)\n"
        try TestSupport.write(site, under: root)
        let run = try Self.run(["check", "--source", root.path, "--format", "github"])
        #expect(run.status == 1)
        #expect(
            run.stdout
                == "::error file=content/pages/links.md,line=4,col=1::broken link: `/departments/kouho/` is not part of the site%0Ahint: did you mean `/departments/koho/`?\n"
        )
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test func buildCountsWarningsAndCheckShowsThem() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildTests.site
        site["content/pages/about.md"] = "---\ntitle: 概要\nsubtitle: 市の概要\n---\n"
        try TestSupport.write(site, under: root)
        let build = try Self.run(["build", "--source", root.path])
        #expect(build.status == 0)
        #expect(build.stderr.hasPrefix("content/pages/about.md:3:1: warning: unknown field `subtitle`\n"))
        #expect(build.stderr.hasSuffix("\n1 warning\n"))
        // --strict (for CI) fails on it, and leaves the output as the last build wrote it.
        let index = root.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)
        site["content/pages/about.md"] = "---\ntitle: 新しい概要\nsubtitle: 市の概要\n---\n"
        try TestSupport.write(site, under: root)
        let strict = try Self.run(["build", "--strict", "--source", root.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("content/pages/about.md:3:1: warning: unknown field `subtitle`\n"))
        #expect(strict.stderr.hasSuffix("build failed with 1 warning (--strict); \(root.path)/public was left as it was\n"))
        #expect(try Data(contentsOf: index) == before)
        let check = try Self.run(["check", "--source", root.path])
        #expect(check.status == 0)
        #expect(check.stderr.hasPrefix("content/pages/about.md:3:1: warning: unknown field `subtitle`\n"))
        #expect(check.stderr.hasSuffix("koho check: 0 errors, 1 warning\n"))
    }

    /// `koho new` reads site.yml the way the build does (for the time zone of a post's date): a broken
    /// site.yml is reported where it is broken, and one that leads out of the site is not read.
    @Test(arguments: [
        ("title: T\nbase_url: https://example.jp/\ntimezone: Asia/Tokio\n", "site.yml:3:11: error: unknown time zone `Asia/Tokio`"),
        ("title: T\n", "site.yml:1:1: error: missing required field `base_url`"),
    ])
    func newReportsABrokenSiteSettingsFile(settings: String, message: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(["site.yml": settings], under: root)
        let run = try Self.run(["new", "post", "hello", "--source", root.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/posts/hello.md").path))
    }

    @Test func newMakesADraftThatBuildsAndRefusesToOverwrite() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        for (kind, path) in [
            ("staff", "content/staff/ito-ken.md"), ("department", "content/departments/zeimu.md"),
        ] {
            let run = try Self.run([
                "new", kind, String(path.split(separator: "/").last!.dropLast(3)), "--source", root.path,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("created \(path)"))
        }
        let post = try Self.run(["new", "post", "natsu-matsuri", "--source", root.path])
        #expect(post.status == 0)
        let posts = try FileManager.default.subpathsOfDirectory(
            atPath: root.appendingPathComponent("content/posts").path)
        let created = try #require(posts.first { $0.hasSuffix("natsu-matsuri.md") })
        let text = try String(contentsOf: root.appendingPathComponent("content/posts/" + created), encoding: .utf8)
        #expect(text.contains("+09:00\n"), "the date is in the site's time zone (Asia/Tokyo)")
        // Drafts: the site still builds and checks clean, and with --drafts they are pages.
        #expect(try Self.run(["check", "--source", root.path]).status == 0)
        let build = try Self.run(["build", "--drafts", "--future", "--source", root.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("public/staff/ito-ken/index.html").path))

        let again = try Self.run(["new", "staff", "ito-ken", "--source", root.path])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("error: content/staff/ito-ken.md already exists"))
        let bad = try Self.run(["new", "staff", "../evil", "--source", root.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("would write outside the output folder"))
        #expect(try Self.run(["new", "page", "x", "--source", root.path]).status == 2)
    }

    /// (a file already in the site, what `koho new` is asked for, the kind's name in the hint).
    @Test(arguments: [
        ("content/staff/ito-ken.yml", ["staff", "ito-ken"], "staff"),
        ("content/staff/Ito-Ken.yml", ["staff", "ito-ken"], "staff"),
        ("content/departments/ZEIMU.yaml", ["department", "zeimu"], "departments"),
        ("content/posts/2019/natsu-matsuri.md", ["post", "natsu-matsuri"], "posts"),
    ])
    func newRefusesASlugThatAnotherFileHas(existing: String, arguments: [String], kind: String) throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site.merging([existing: "name: x\n"]) { $1 }, under: root)
        let before = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        let run = try Self.run(["new"] + arguments + ["--source", root.path])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(existing):1:1: error: slug `\(arguments[1])` is already used by \(existing)
                  hint: slugs must be unique among \(kind), ignoring case; choose another name, or edit that file

                """)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() == before)
    }

    @Test func newIgnoresFilesTheBuildIgnores() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildTests.site
        site["content/staff/.ito-ken.md"] = "an editor's backup"
        site["content/staff/ito-ken.txt"] = "notes"
        try TestSupport.write(site, under: root)
        let run = try Self.run(["new", "staff", "ito-ken", "--source", root.path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func checkPrintsJSON() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildTests.site
        site["content/pages/about.md"] = "---\ntitle: 概要\nsubtitle: 市の概要\n---\n"
        try TestSupport.write(site, under: root)
        let run = try Self.run(["check", "--source", root.path, "--format", "json"])
        #expect(run.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect(parsed?.count == 1)
        #expect(first["severity"] as? String == "warning")
        #expect(first["path"] as? String == "content/pages/about.md")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 1)
        #expect(first["message"] as? String == "unknown field `subtitle`")
    }

    @Test func progressShowsOnATerminalAndStaysQuietInCI() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        // `script` (Debian's bsdutils) runs koho on a pseudo-terminal, as a person would.
        let script = try #require(
            ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) })
        func build(ci: Bool) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let command = "\(Self.koho.path) build --source \(root.path)"
            process.arguments = (ci ? ["CI=true"] : ["-u", "CI"]) + ["KOHO_LANG=en", script, "-qec", command, "/dev/null"]
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let terminal = try build(ci: false)
        #expect(terminal.contains("koho: rendering 15 pages…"))
        #expect(terminal.contains("built "))
        let quiet = try build(ci: true)
        #expect(!quiet.contains("koho: "))
        #expect(quiet.contains("built "))
    }
}
