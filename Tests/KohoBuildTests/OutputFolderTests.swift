import Foundation
import KohoDiagnostics
import Testing

@testable import KohoBuild

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output folder is Koho's alone: what a build refuses to replace, `--force`, the marker, leftovers of
/// killed builds, builds into one output at once, and what is hard-linked from the previous output.
@Suite struct OutputFolderTests {
    static let ownFolder = "a build replaces its output folder whole; choose a folder of its own, like public/"
    static let forceHint =
        "a build replaces its output folder whole; choose a new or empty folder, or pass --force to replace this one"
    static let marker = "This folder was written by koho build, which replaces it whole at every build.\n"

    /// The test site in a new temporary folder, with a README, a `.git` and a folder of a person's notes.
    static func makeSite() throws -> URL {
        let root = try TestSupport.temporaryFolder()
        var files = BuildTests.site
        files["README.md"] = "# site\n"
        files[".git/HEAD"] = "ref: refs/heads/main\n"
        files["layouts/partials/note.html"] = "<p>note</p>\n"
        files["notes/todo.txt"] = "mine\n"
        try TestSupport.write(files, under: root)
        return root
    }

    /// Every file under `root` (except the output) with its bytes, to show a refused build changed nothing.
    static func contents(of root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? [] {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) {
                files[path] = data
            }
        }
        return files
    }

    static func exists(_ url: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    static func inode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int) ?? -1
    }

    // MARK: - Refusals

    static let ownFolderJapanese = "出力フォルダは作成のたびに中身ごと置き換わります。public/ のような専用のフォルダを選んでください"
    static let forceHintJapanese =
        "出力フォルダは作成のたびに中身ごと置き換わります。新しいフォルダか空のフォルダを選ぶか、このフォルダを置き換えてよければ --force を付けてください"

    /// (output relative to the site, what is wrong with it in English and in Japanese, whether `--force` lets
    /// the build replace it).
    static let refusals: [(String, String, String, Bool)] = [
        ("content", "is the site's `content/`", "がサイトの `content/` そのものです", false),
        ("content/staff", "is inside the site's `content/`", "がサイトの `content/` の中にあります", false),
        ("static", "is the site's `static/`", "がサイトの `static/` そのものです", false),
        ("static/images/new", "is inside the site's `static/`", "がサイトの `static/` の中にあります", false),
        ("layouts", "is the site's `layouts/`", "がサイトの `layouts/` そのものです", false),
        ("i18n", "is the site's `i18n/`", "がサイトの `i18n/` そのものです", false),
        ("themes/default/out", "is inside the site's `themes/`", "がサイトの `themes/` の中にあります", false),
        (".git", "is the site's `.git/`", "がサイトの `.git/` そのものです", false),
        (".git/objects", "is inside the site's `.git/`", "がサイトの `.git/` の中にあります", false),
        ("site.yml", "is the site's `site.yml`", "がサイトの `site.yml` そのものです", false),
        ("public/../content/new", "is inside the site's `content/`", "がサイトの `content/` の中にあります", false),
        ("README.md", "is a file", "がフォルダではなくファイルです", false),
        (".", "holds the site's own files", "の中にサイト自身のファイルがあります", false),
        ("notes", "is not empty and was not written by koho", "は空ではなく、koho が書いたフォルダでもありません", true),
    ]

    @Test(arguments: refusals)
    func refusesAnOutputThatIsNotKohosToReplace(
        output: String, problem: String, japanese: String, forceable: Bool
    ) throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = Self.contents(of: root)
        let target = root.path + "/" + output
        for force in [false, true] {
            let options = BuildOptions(source: root.path, output: target, now: TestSupport.now, force: force)
            if force && forceable {
                try SiteBuilder(options: options).build()
                #expect(Self.exists(root, output + "/.koho-output"))
                #expect(!Self.exists(root, output + "/todo.txt"))
                continue
            }
            #expect {
                try SiteBuilder(options: options).build()
            } throws: { error in
                let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
                return diagnostics.map(\.message) == ["the output folder \(target) \(problem)"]
                    && diagnostics.map(\.hint) == [forceable ? Self.forceHint : Self.ownFolder]
                    && diagnostics.map { $0.message(in: .japanese) } == ["出力フォルダ \(target) \(japanese)"]
                    && diagnostics.map { $0.hint(in: .japanese) }
                        == [forceable ? Self.forceHintJapanese : Self.ownFolderJapanese]
            }
            #expect(Self.contents(of: root) == before, "a refused build changes nothing")
        }
    }

    /// Links: a link in the site to one of its folders, and a site folder that is a link to somewhere else.
    @Test func comparesRealPathsThroughSymbolicLinks() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try TestSupport.write(BuildTests.site, under: site)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: site.path + "/out", withDestinationPath: "content")
        try manager.moveItem(atPath: site.path + "/static", toPath: root.path + "/shared-static")
        try manager.createSymbolicLink(atPath: site.path + "/static", withDestinationPath: root.path + "/shared-static")
        for (output, problem) in [
            (site.path + "/out", "is the site's `content/`"),
            (site.path + "/out/staff/new", "is inside the site's `content/`"),
            (root.path + "/shared-static", "is the site's `static/`"),
            (root.path, "holds the site's own files"),
        ] {
            let options = BuildOptions(source: site.path, output: output, now: TestSupport.now, force: true)
            #expect {
                try SiteBuilder(options: options).checkOutput()
            } throws: { error in
                (error as? DiagnosticError)?.diagnostics.map(\.message) == ["the output folder \(output) \(problem)"]
            }
        }
        // `link/..` is the folder above where the link leads, for the rule and for the write alike.
        try manager.createDirectory(atPath: root.path + "/a/b", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: site.path + "/deep", withDestinationPath: root.path + "/a/b")
        let contentBefore = Self.contents(of: site.appendingPathComponent("content"))
        try SiteBuilder(
            options: BuildOptions(source: site.path, output: site.path + "/deep/../content", now: TestSupport.now)
        ).build()
        #expect(Self.exists(root, "a/content/index.html"))
        #expect(Self.contents(of: site.appendingPathComponent("content")) == contentBefore)

        // A site folder that is a link elsewhere: an output holding where it leads holds the site's folder.
        let options = BuildOptions(
            source: site.path, output: root.path + "/elsewhere", now: TestSupport.now, force: true)
        try manager.createDirectory(atPath: root.path + "/elsewhere/images", withIntermediateDirectories: true)
        try manager.removeItem(atPath: site.path + "/static")
        try manager.createSymbolicLink(
            atPath: site.path + "/static", withDestinationPath: root.path + "/elsewhere/images")
        #expect {
            try SiteBuilder(options: options).checkOutput()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.message) == [
                "the output folder \(root.path)/elsewhere holds the site's `static/`"
            ]
        }
    }

    /// (arguments after `build`, exit code, standard error).
    static let commandLines: [([String], Int32, String)] = [
        (
            ["--output", "content"], 2,
            "error: the output folder content is the site's `content/`\n  hint: \(ownFolder)\n"
        ),
        (["--output", "static"], 2, "error: the output folder static is the site's `static/`\n  hint: \(ownFolder)\n"),
        (
            ["--output", "layouts", "--force"], 2,
            "error: the output folder layouts is the site's `layouts/`\n  hint: \(ownFolder)\n"
        ),
        (["--output", ".git"], 2, "error: the output folder .git is the site's `.git/`\n  hint: \(ownFolder)\n"),
        (
            ["--output", "site.yml", "--force"], 2,
            "error: the output folder site.yml is the site's `site.yml`\n  hint: \(ownFolder)\n"
        ),
        (["--output", "README.md"], 2, "error: the output folder README.md is a file\n  hint: \(ownFolder)\n"),
        (
            ["--output", "notes"], 2,
            "error: the output folder notes is not empty and was not written by koho\n  hint: \(forceHint)\n"
        ),
        (["--output", "notes", "--force"], 0, ""),
        (["--output", "empty"], 0, ""),
    ]

    @Test(arguments: commandLines)
    func theCommandRefusesWithExitCodeTwo(arguments: [String], status: Int32, stderr: String) throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let before = Self.contents(of: root)
        let run = try CommandLineTests.run(["build"] + arguments, in: root)
        #expect(run.status == status)
        #expect(run.stderr == stderr)
        if status == 0 {
            #expect(Self.exists(root, arguments[1] + "/index.html"))
        } else {
            #expect(run.stdout == "")
            #expect(Self.contents(of: root) == before)
        }
    }

    // MARK: - The marker

    @Test func everyOutputHoldsKohosMarkerAndAFolderWithoutItIsRefused() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        // An empty folder is fine.
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        let report = try SiteBuilder(options: options).build()
        let marker = try String(contentsOf: output.appendingPathComponent(".koho-output"), encoding: .utf8)
        #expect(marker == Self.marker)
        #expect(!report.files.map(\.path).contains(".koho-output"), "the marker is not a page of the site")
        // Koho's own folder is replaced without a question…
        try SiteBuilder(options: options).build()
        // …and the same folder without the marker is not.
        try FileManager.default.removeItem(at: output.appendingPathComponent(".koho-output"))
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.message) == [
                "the output folder \(root.path)/public is not empty and was not written by koho"
            ]
        }
    }

    @Test func aStaticFileCannotTakeTheMarkersName() {
        var files = BuildTests.site
        files["static/.koho-output"] = "mine"
        #expect {
            try BuildTests.plan(files)
        } throws: { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            return diagnostics.map(\.description) == [
                "static/.koho-output:1:1: error: `static/.koho-output` would overwrite the generated `.koho-output`"
            ]
                && diagnostics.map { $0.headline(in: .japanese) } == [
                    "static/.koho-output:1:1: error: `static/.koho-output` は、Koho が作る `.koho-output` と同じ場所に置かれてしまいます"
                ]
                && diagnostics.map { $0.hint(in: .japanese) } == ["`static/` のこのファイルの名前を変えるか、別の場所に移してください"]
        }
    }

    // MARK: - Leftovers of killed builds

    @Test func leftoversOfKilledBuildsAreRemovedAndAPersonsFoldersKept() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        let pid = ProcessInfo.processInfo.processIdentifier
        // Koho's (marker inside), under this process's own pid too, and an empty staging folder…
        let koho = [
            ".public-new-\(pid)", ".public-new-\(pid)-1a2b3c", ".public-old-\(pid)-ff", ".public-old-1-0",
            ".public-new-1",
        ]
        for name in koho {
            try TestSupport.write([name + "/.koho-output": Self.marker, name + "/index.html": "old"], under: root)
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".public-new-1-abc"), withIntermediateDirectories: true)
        // …and folders that only look like them: no marker (a person's, or an older koho's), or another name.
        let kept = [".public-old-\(pid)", ".public-new-7-beef", ".public-new-x", ".public-new-1-xyz", ".public-backup"]
        for name in kept {
            try TestSupport.write([name + "/index.html": "mine", name + "/.koho-output-not": ""], under: root)
        }
        try TestSupport.write([".public-new-x/.koho-output": Self.marker], under: root)

        try SiteBuilder(options: options).build()
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public") }
        #expect(left.sorted() == kept.sorted())
        #expect(Self.exists(root, "public/index.html"))
    }

    @Test func aPreviousOutputThatCannotBeRemovedIsReportedWhereItIs() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        try Data("old".utf8).write(to: output.appendingPathComponent("old.html"))

        var writer = OutputWriter(source: root.path, output: output.path)
        writer.removePrevious = { _ in
            throw OutputWriter.WriteError(path: "old.html", reason: "Device or resource busy")
        }
        let outcome = try writer.write(SiteBuilder(options: options).plan().files)
        let leftover = try #require(outcome.leftover?.path)
        #expect(leftover.hasPrefix(root.path + "/.public-old-"))
        #expect(Self.exists(URL(fileURLWithPath: leftover), "old.html"), "the previous output is where it says")
        #expect(!Self.exists(output, "old.html"), "the new site is in place")
        #expect(
            outcome.warnings(output: "public").map(\.description) == [
                "warning: the new site is in public, but the previous one could not be removed: old.html: Device or resource busy"
            ])
        #expect(outcome.warnings(output: "public").map(\.hint) == ["remove \(leftover) by hand"])
        #expect(
            outcome.warnings(output: "public").map { $0.headline(in: .japanese) } == [
                "warning: 新しいサイトは public にできましたが、前回の出力を消せませんでした: old.html: Device or resource busy"
            ])
        #expect(outcome.warnings(output: "public").map { $0.hint(in: .japanese) } == ["\(leftover) を手で消してください"])
        // The next build removes it.
        try SiteBuilder(options: options).build()
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func aWriteFailureSaysWhatBecameOfThePreviousOutput() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // The output's parent is a file, so nothing can be written there.
        let run = try CommandLineTests.run(["build", "--output", "README.md/public"], in: root)
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "error: cannot write README.md/public: \(root.path)/README.md: Not a directory\n"
                + "build failed: README.md/public could not be written\n")
        // The messages of the failures no test can cause (a full disk, a rename that fails halfway).
        let failure = OutputWriter.Failure.notWritten(
            OutputWriter.WriteError(path: "public/a", reason: "No space left on device"), hadOutput: true)
        #expect(failure.diagnostic(output: "public").hint == "public was left as it was")
        #expect(
            failure.diagnostic(output: "public").message(in: .japanese)
                == "public に書き込めません: public/a: No space left on device")
        #expect(failure.diagnostic(output: "public").hint(in: .japanese) == "public は元のまま残っています")
        let moved = OutputWriter.Failure.movedAside(
            OutputWriter.WriteError(path: "public", reason: "Directory not empty"), previous: "/s/.public-old-1-a")
        #expect(
            moved.diagnostic(output: "public").hint
                == "the previous output is now /s/.public-old-1-a; rename it back to public")
        #expect(
            moved.diagnostic(output: "public").hint(in: .japanese)
                == "前回の出力は /s/.public-old-1-a に移してあります。名前を public に戻してください")
    }

    /// (a path the writer is given, the message in English and in Japanese).
    @Test(arguments: [
        (
            "../x", "cannot write public: ../x: would be written outside the output folder",
            "public に書き込めません: ../x: 出力フォルダの外に書き込むことになる"
        ),
        (
            ".koho-output", "cannot write public: .koho-output: would replace koho's marker file",
            "public に書き込めません: .koho-output: koho の目印のファイルを置き換えることになる"
        ),
    ])
    func aPathOutsideTheOutputOrOnTheMarkerIsRefused(path: String, english: String, japanese: String) {
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.checkPath(path) }
        do {
            try OutputWriter.checkPath(path)
        } catch {
            let diagnostic = error.diagnostic(output: "public")
            #expect(diagnostic.message == english)
            #expect(diagnostic.message(in: .japanese) == japanese)
            #expect(diagnostic.hint == nil)
        }
    }

    // MARK: - Builds into one output at once

    /// Failures of concurrent builds, collected under a lock.
    final class Failures: @unchecked Sendable {
        // @unchecked: every access holds `lock`.
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ failure: String) { lock.withLock { stored.append(failure) } }
        var all: [String] { lock.withLock { stored } }
    }

    @Test func buildsIntoOneOutputAtOnceTakeTurns() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        let planned = try SiteBuilder(options: options).plan().files.map(\.path)
        let failures = Failures()
        for _ in 0..<3 {
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    try SiteBuilder(options: options).build()
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        #expect(failures.all == [])
        let output = root.appendingPathComponent("public")
        let written = Set(try FileManager.default.subpathsOfDirectory(atPath: output.path))
        #expect(planned.allSatisfy(written.contains), "the output is complete")
        #expect(written.contains(".koho-output"))
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public") }
        #expect(beside == [], "no staging folder or lock file is left")
    }

    @Test func commandsIntoOneOutputAtOnceAllSucceed() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let processes = try (0..<3).map { _ in
            let process = Process()
            process.executableURL = CommandLineTests.koho
            process.arguments = ["build", "--source", root.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        #expect(Self.exists(root, "public/index.html"))
        #expect(Self.exists(root, "public/.koho-output"))
    }

    @Test func aBuildWaitsWhileAnotherHoldsTheLock() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let lockPath = root.path + "/.public.lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
        let messages = Failures()
        let japanese = Failures()
        let done = DispatchSemaphore(value: 0)
        let builder = SiteBuilder(
            options: BuildOptions(source: root.path, now: TestSupport.now),
            progress: {
                messages.append($0.text(in: .english))
                japanese.append($0.text(in: .japanese))
            })
        DispatchQueue.global().async {
            do { try builder.build() } catch { messages.append("failed: \(error)") }
            done.signal()
        }
        let waiting = "waiting for another build into \(root.path)/public to finish"
        let deadline = Date().addingTimeInterval(60)
        while !messages.all.contains(waiting) && Date() < deadline { usleep(20_000) }
        #expect(messages.all.contains(waiting))
        #expect(japanese.all.contains("\(root.path)/public への別の作成が終わるのを待機中"))
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut, "the build waits for the lock")
        #expect(!Self.exists(root, "public"))
        flock(fd, LOCK_UN)
        close(fd)
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(!messages.all.contains { $0.hasPrefix("failed") }, "\(messages.all)")
        #expect(Self.exists(root, "public/index.html"))
        #expect(!FileManager.default.fileExists(atPath: lockPath), "the lock file is removed")
    }

    // MARK: - Hard links from the previous output

    /// The previous output's unchanged files are linked only from Koho's own output, through real folders.
    @Test(arguments: [true, false])
    func unchangedFilesAreLinkedOnlyFromKohosOwnOutput(marked: Bool) throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(
            source: root.path, output: root.path + "/out", now: TestSupport.now, force: true)
        let robots = try #require(
            try SiteBuilder(options: options).plan().files.first { $0.path == "robots.txt" })
        guard case .bytes(let bytes) = robots.contents else {
            Issue.record("robots.txt is generated")
            return
        }
        // A file elsewhere with the very bytes the build writes, linked into the folder about to be replaced.
        let original = root.appendingPathComponent("notes/robots.txt")
        try Data(bytes).write(to: original)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(at: original, to: root.appendingPathComponent("out/robots.txt"))
        if marked { try TestSupport.write(["out/.koho-output": Self.marker], under: root) }
        try SiteBuilder(options: options).build()
        let linked = try Self.inode(root.appendingPathComponent("out/robots.txt")) == Self.inode(original)
        #expect(linked == marked)
    }

    @Test func aLinkedFolderInThePreviousOutputIsNotLinkedThrough() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        let manager = FileManager.default
        let outside = root.appendingPathComponent("notes/staff")
        try manager.moveItem(at: root.appendingPathComponent("public/staff"), to: outside)
        try manager.createSymbolicLink(
            at: root.appendingPathComponent("public/staff"), withDestinationURL: outside)
        try SiteBuilder(options: options).build()
        let page = "sato/index.html"
        #expect(
            try Self.inode(root.appendingPathComponent("public/staff/" + page))
                != Self.inode(outside.appendingPathComponent(page)))
        #expect(Self.exists(outside, page), "what the link led to is left alone")
    }
}
