import Foundation
import KohoBuild
import Testing

@testable import KohoServer

/// Changes come to a rebuild in batches: one per save, however many events the save made.
@Suite struct ChangeDebouncerTests {
    static let start = ContinuousClock.now

    /// Events at these milliseconds after the start; the batches taken when looked at each millisecond.
    static func batches(_ events: [(Int, String)], until end: Int = 1_000) -> [(at: Int, paths: [String])] {
        var debouncer = ChangeDebouncer(quiet: .milliseconds(30), longest: .milliseconds(300))
        var batches: [(Int, [String])] = []
        var pending = events[...]
        for now in 0...end {
            while let (at, path) = pending.first, at == now {
                debouncer.note(.paths([path]), at: start + .milliseconds(at))
                pending = pending.dropFirst()
            }
            if case .paths(let paths)? = debouncer.take(at: start + .milliseconds(now)) {
                batches.append((now, paths.sorted()))
            }
        }
        return batches
    }

    @Test func anEditorsWriteAndRenameAreOneBatch() {
        let found = Self.batches([
            (0, "content/staff/.sato.md.swx"), (2, "content/staff/sato.md"), (5, "content/staff/sato.md"),
        ])
        #expect(found.map(\.at) == [35])
        #expect(found.map(\.paths) == [["content/staff/.sato.md.swx", "content/staff/sato.md"]])
    }

    @Test func savesFarApartAreTwoBatches() {
        let found = Self.batches([(0, "content/staff/sato.md"), (100, "content/staff/abe.md")])
        #expect(found.map(\.at) == [30, 130])
        #expect(found.map(\.paths) == [["content/staff/sato.md"], ["content/staff/abe.md"]])
    }

    @Test func eventsThatKeepComingAreCutAfterTheLongestWait() {
        // A checkout writing a file every 10 ms until 490 ms: never 30 ms of quiet. The first batch holds
        // the events of its 300 ms, the second the rest, 30 ms after the last.
        let found = Self.batches((0..<50).map { ($0 * 10, "content/posts/p\($0).md") })
        #expect(found.map(\.at) == [300, 520])
        #expect(found.map(\.paths.count) == [31, 19])
    }

    @Test func nothingPendingIsNothingDue() {
        var debouncer = ChangeDebouncer()
        #expect(debouncer.due == nil)
        #expect(debouncer.take(at: .now) == nil)
    }

    @Test func everythingAbsorbsPaths() {
        #expect(SourceChange.paths(["site.yml"]).merged(with: .everything) == .everything)
        #expect(SourceChange.paths(["a"]).merged(with: .paths(["b"])) == .paths(["a", "b"]))
    }
}

/// The watcher on a real folder: what a save reports, and only after the save's events have settled.
@Suite(.serialized) struct SourceWatcherTests {
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [SourceChange] = []
        func add(_ change: SourceChange) { lock.withLock { batches.append(change) } }
        var all: [SourceChange] { lock.withLock { batches } }
    }

    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("koho-watch-\(UUID().uuidString)")
        for folder in ["content/staff", "static"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("title: t\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        try Data("---\nname: a\n---\n".utf8).write(to: root.appendingPathComponent("content/staff/sato.md"))
        return root
    }

    /// Waits until `batches` holds `count` batches, then a little longer for any that should not come.
    static func settle(_ batches: Batches, count: Int) async {
        for _ in 0..<200 where batches.all.count < count { try? await Task.sleep(for: .milliseconds(10)) }
        try? await Task.sleep(for: .milliseconds(150))
    }

    @Test func anAtomicSaveIsOneChangeOfTheSavedFile() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = SourceWatcher(source: root.path)
        let batches = Batches()
        let how = watcher.start(pollInterval: .milliseconds(50)) { batches.add($0) }
        defer { watcher.stop() }
        #if os(Linux)
            #expect(how == "inotify")
        #endif
        try await Task.sleep(for: .milliseconds(100))
        // What editors do: write a temporary file beside the old one, then rename it over.
        let temporary = root.appendingPathComponent("content/staff/sato.md.tmp")
        try Data("---\nname: b\n---\n".utf8).write(to: temporary)
        _ = rename(temporary.path, root.appendingPathComponent("content/staff/sato.md").path)
        await Self.settle(batches, count: 1)
        #expect(batches.all.count == 1)
        guard case .paths(let paths)? = batches.all.first else {
            Issue.record("no change reported")
            return
        }
        #expect(paths.contains("content/staff/sato.md"))
    }

    @Test func aNewFolderIsWatchedAndHiddenContentIsNot() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = SourceWatcher(source: root.path)
        let batches = Batches()
        watcher.start(pollInterval: .milliseconds(50)) { batches.add($0) }
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))
        try Data("swap".utf8).write(to: root.appendingPathComponent("content/staff/.sato.md.swp"))
        try Data("x".utf8).write(to: root.appendingPathComponent("unrelated.txt"))
        try await Task.sleep(for: .milliseconds(150))
        #if os(Linux)
            #expect(batches.all.isEmpty, "an editor's swap file and files beside the sources rebuild nothing")
        #endif
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/posts/2026"), withIntermediateDirectories: true)
        await Self.settle(batches, count: 1)
        try Data("---\ntitle: t\n---\n".utf8).write(to: root.appendingPathComponent("content/posts/2026/new.md"))
        await Self.settle(batches, count: 2)
        let paths = batches.all.flatMap { change -> [String] in
            if case .paths(let paths) = change { return Array(paths) }
            return []
        }
        #expect(paths.contains("content/posts/2026/new.md"))
    }

    /// Where the system cannot say (not Linux, or no watches left): sizes and modification times, compared.
    @Test func pollingFindsAChangedAnAddedAndARemovedFile() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        var polling = PollingWatch(root: root.path)
        #expect(polling.look() == nil)
        try Data("---\nname: changed, and longer\n---\n".utf8).write(
            to: root.appendingPathComponent("content/staff/sato.md"))
        try Data("x".utf8).write(to: root.appendingPathComponent("static/new.txt"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("site.yml"))
        guard case .paths(let paths)? = polling.look() else {
            Issue.record("no change found")
            return
        }
        #expect(paths.isSuperset(of: ["content/staff/sato.md", "static/new.txt", "site.yml"]))
        #expect(polling.look() == nil)
    }

    /// A further language's words (`site.en.yml`) are settings: saving them rebuilds, by either watch.
    @Test func aLanguagesSiteFileIsWatched() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let words = root.appendingPathComponent("site.en.yml")
        try Data("title: City Hall\n".utf8).write(to: words)
        var polling = PollingWatch(root: root.path)
        let watcher = SourceWatcher(source: root.path)
        let batches = Batches()
        watcher.start(pollInterval: .milliseconds(50)) { batches.add($0) }
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))
        try Data("title: Kaku City Hall\n".utf8).write(to: words)
        await Self.settle(batches, count: 1)
        let paths = batches.all.flatMap { change -> [String] in
            if case .paths(let paths) = change { return Array(paths) }
            return []
        }
        #expect(paths.contains("site.en.yml"))
        guard case .paths(let polled)? = polling.look() else {
            Issue.record("polling found no change")
            return
        }
        #expect(polled == ["site.en.yml"])
    }
}
