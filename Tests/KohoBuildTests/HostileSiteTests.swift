import Foundation
import KohoBuild
import KohoContent
import KohoDiagnostics
import Testing

/// Sites as an attacker or a careless person would commit them: the build reads nothing outside the site,
/// reports every problem at its place, and leaves the previous output as it was.
@Suite struct HostileSiteTests {
    /// The small valid site of ``BuildTests`` on disk, with `links` (path → target) added.
    static func site(links: [String: String] = [:], extra: [String: String] = [:]) throws -> URL {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write(BuildTests.site.merging(extra) { _, new in new }, under: root)
        for (path, target) in links {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return root
    }

    static func build(_ root: URL) -> [String] {
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        do {
            try SiteBuilder(options: options).build()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test(arguments: [
        ("static/env.txt", "/proc/self/environ"),
        ("static/passwd.txt", "/etc/passwd"),
        ("themes/mine/assets/secret.css", "/etc/passwd"),
        ("layouts/partials/secret.html", "/etc/passwd"),
        ("content/staff/secret.md", "/etc/passwd"),
        ("content/pages/zero.md", "/dev/zero"),
    ])
    func aLinkOutOfTheSiteFailsTheBuildAtTheLink(link: String, target: String) throws {
        var extra: [String: String] = [:]
        if link.hasPrefix("themes/mine/") {
            extra["site.yml"] = BuildTests.site["site.yml"]! + "\ntheme: mine\n"
            extra["themes/mine/layouts/base.html"] = "x"
        }
        let root = try Self.site(links: [link: target], extra: extra)
        defer { try? FileManager.default.removeItem(at: root) }
        let messages = Self.build(root)
        #expect(
            messages.contains(
                "\(link):1:1: error: cannot read \(link): it is a symbolic link that leads outside the site (to \(target)); Koho reads only files inside the site's folder"
            ), "\(messages)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test func secretsNeverReachTheOutputOrTheMessages() throws {
        let secret = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: secret) }
        try TestSupport.write(["token.txt": "TOKEN-4f9a\n", "entry.md": "TOKEN-4f9a: [\n"], under: secret)
        let root = try Self.site(links: [
            "static/token.txt": secret.path + "/token.txt",
            "content/posts/leak.md": secret.path + "/entry.md",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        let check = SiteBuilder(options: options).check()
        let printed = DiagnosticFormatter.format(check, as: .text)
        #expect(!printed.contains("TOKEN-4f9a"))
        // Content is checked first, so the post is reported; without it, the static file is.
        #expect(check.map(\.description).first?.hasPrefix("content/posts/leak.md:1:1: error: cannot read") == true)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/posts/leak.md"))
        let second = SiteBuilder(options: options).check()
        #expect(second.map(\.description).first?.hasPrefix("static/token.txt:1:1: error: cannot read") == true)
        #expect(!DiagnosticFormatter.format(second, as: .text).contains("TOKEN-4f9a"))
    }

    @Test(arguments: ["content/posts/pipe.md", "static/pipe", "layouts/pipe.html"])
    func aNamedPipeFailsTheBuildInsteadOfBlockingIt(path: String) throws {
        let root = try Self.site(extra: [path: ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent(path).path
        #expect(unlink(pipe) == 0 && mkfifo(pipe, 0o644) == 0)
        let started = Date()
        let messages = Self.build(root)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(messages == ["\(path):1:1: error: cannot read \(path): it is a named pipe, not a regular file"])
    }

    @Test func linksInsideTheSiteAreFollowed() throws {
        let root = try Self.site(links: ["static/images/map-copy.png": "map.png"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.build(root) == [])
        let copied = try Data(contentsOf: root.appendingPathComponent("public/images/map-copy.png"))
        #expect(String(decoding: copied, as: UTF8.self) == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
    }

    @Test func aFailedBuildLeavesThePreviousOutputAsItWas() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.build(root) == [])
        let index = root.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("static/env.txt").path, withDestinationPath: "/proc/self/environ")
        #expect(!Self.build(root).isEmpty)
        #expect(try Data(contentsOf: index) == before)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/env.txt").path))
    }

    @Test(arguments: [
        ("content/staff/index.html.md", "content/staff/index.html.md:1:1: error: slug `index.html` is the name of a file Koho writes beside the entries' folders (from the file name)"),
        ("content/departments/\(String(repeating: "課", count: 86)).md",
         "content/departments/\(String(repeating: "課", count: 86)).md:1:1: error: slug is 258 bytes long; a slug may be at most 255 bytes (85 kanji) (from the file name)"),
    ])
    func namesTheOutputCannotHoldAreLocated(path: String, message: String) throws {
        var files = BuildTests.site
        files[path] = "---\nname: 名前\n---\n"
        var options = BuildOptions(source: "/site", now: TestSupport.now)
        options.includeFuture = false
        do {
            _ = try SiteBuilder(options: options, fileSystem: MemoryFileSystem(files)).plan()
            Issue.record("built")
        } catch {
            #expect(error.diagnostics.map(\.description).contains(message), "\(error.diagnostics)")
        }
    }

    @Test func aLongHashtagInFrontMatterIsLocatedAndInABodyStaysText() throws {
        let long = String(repeating: "桜", count: 86)
        var files = BuildTests.site
        files["content/posts/tags.md"] = "---\ntitle: T\ndate: 2026-04-02\nhashtags: [\(long)]\n---\n"
        do {
            _ = try SiteBuilder(options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)).plan()
            Issue.record("built")
        } catch {
            #expect(
                error.diagnostics.map(\.description).contains(
                    "content/posts/tags.md:4:12: error: invalid hashtag `\(long)`: it is 258 bytes long; a hashtag may be at most 255 bytes (85 kanji)"
                ), "\(error.diagnostics)")
        }
        files["content/posts/tags.md"] = "---\ntitle: T\ndate: 2026-04-02\n---\n#\(long) と #桜\n"
        let report = try SiteBuilder(
            options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)
        ).plan()
        let paths = Set(report.files.map(\.path))
        #expect(paths.contains("tags/桜/index.html"))
        #expect(!paths.contains { $0.hasPrefix("tags/桜桜") })
    }
}

/// The sources are checked together: a mistake in a layout is reported in the same run as one in a profile.
@Suite struct LoadPhaseTests {
    @Test func contentAndTemplateMistakesAreReportedTogether() {
        var files = BuildTests.site
        files["content/staff/sato.md"] = "---\nname: 佐藤\nemail: sato＠example.jp\n---\n"
        files["layouts/home.html"] = "{{ site.title | upcase }}\n"
        do {
            _ = try SiteBuilder(
                options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)
            ).plan()
            Issue.record("built")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains { $0.hasPrefix("content/staff/sato.md:3:12: error: `email` must be") }, "\(messages)")
            #expect(messages.contains { $0.hasPrefix("layouts/home.html:1:") }, "\(messages)")
        }
    }
}

/// One entry cannot make the output grow without bound: every hashtag gets a page and a feed carrying it.
@Suite struct HashtagCountTests {
    static func messages(_ post: String) -> (messages: [String], seconds: Double) {
        var files = BuildTests.site
        files["content/posts/many.md"] = post
        let start = Date()
        do {
            _ = try SiteBuilder(
                options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)
            ).plan()
            return ([], Date().timeIntervalSince(start))
        } catch {
            return (error.diagnostics.map(\.description), Date().timeIntervalSince(start))
        }
    }

    @Test func aBodyWithThousandsOfHashtagsIsRefusedQuickly() {
        let body = (0..<3000).map { "#tag\($0)" }.joined(separator: " ")
        let (messages, seconds) = Self.messages("---\ntitle: T\ndate: 2026-04-02\n---\n\(body)\n")
        #expect(messages == ["content/posts/many.md:5:1: error: content/posts/many.md has 3000 hashtags; an entry may have at most 100"])
        #expect(seconds < 2)
    }

    @Test func theHashtagPastTheLimitInFrontMatterIsNamed() {
        let tags = (0..<101).map { "t\($0)" }.joined(separator: ", ")
        let (messages, _) = Self.messages("---\ntitle: T\ndate: 2026-04-02\nhashtags: [\(tags)]\n---\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/posts/many.md:4:") == true, "\(messages)")
    }

    @Test func aHundredHashtagsAreFine() {
        let body = (0..<100).map { "#tag\($0)" }.joined(separator: " ")
        #expect(Self.messages("---\ntitle: T\ndate: 2026-04-02\n---\n\(body)\n").messages == [])
    }
}
