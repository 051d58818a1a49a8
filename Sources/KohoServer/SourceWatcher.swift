import Foundation
import KohoBuild
import KohoContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices changes to a site's sources (site.yml, content/, static/, themes/, layouts/) and says which paths
/// changed, a batch per save (``ChangeDebouncer``). On Linux the kernel tells it (inotify), with a watch on
/// every folder; elsewhere, or when the system has no watches left, it looks at every file's size and
/// modification time a few times a second.
final class SourceWatcher: @unchecked Sendable {
    let source: String
    /// What a build reads; the output folder and tool folders are never looked at.
    static let watched = SiteBuilder.sourceNames
    private let lock = NSLock()
    private var stopped = false
    private var debouncer: ChangeDebouncer

    init(source: String, debouncer: ChangeDebouncer = ChangeDebouncer()) {
        self.source = source
        self.debouncer = debouncer
    }

    /// Starts watching on a thread of its own; `deliver` is called with each batch of changes, from that
    /// thread. Says how it watches: `"inotify"` or `"polling"`.
    @discardableResult
    func start(pollInterval: Duration, deliver: @escaping @Sendable (SourceChange) -> Void) -> String {
        #if os(Linux)
            if let inotify = InotifyWatch(root: source) {
                Thread.detachNewThread { [self] in run(inotify, deliver: deliver) }
                return "inotify"
            }
        #endif
        let polling = PollingWatch(root: source)
        Thread.detachNewThread { [self] in run(polling, interval: pollInterval, deliver: deliver) }
        return "polling"
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    #if os(Linux)
        private func run(_ inotify: InotifyWatch, deliver: (SourceChange) -> Void) {
            defer { inotify.close() }
            while !isStopped {
                let now = ContinuousClock.now
                // Wake when the pending batch is due, and now and then to notice `stop()`.
                let wait = debouncer.due.map { max(.zero, $0 - now) } ?? .milliseconds(250)
                if let change = inotify.next(waiting: min(wait, .milliseconds(250))) {
                    debouncer.note(change, at: .now)
                }
                if let batch = debouncer.take(at: .now) { deliver(batch) }
            }
        }
    #endif

    private func run(_ polling: PollingWatch, interval: Duration, deliver: (SourceChange) -> Void) {
        var polling = polling
        while !isStopped {
            let (seconds, attoseconds) = interval.components
            Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
            if let change = polling.look() { deliver(change) }
        }
    }
}

/// The fallback: every source file's size and modification time, compared with the last look.
struct PollingWatch {
    let root: String
    private var stamps: [String: Stamp]

    private struct Stamp: Equatable {
        var size: Int?
        var modified: Date?
    }

    init(root: String) {
        self.root = root
        stamps = [:]
        stamps = Self.stamps(root)
    }

    /// The paths added, removed or changed since the last look; nil when none were.
    mutating func look() -> SourceChange? {
        let now = Self.stamps(root)
        guard now != stamps else { return nil }
        var changed = Set<String>()
        for (path, stamp) in now where stamps[path] != stamp { changed.insert(path) }
        for path in stamps.keys where now[path] == nil { changed.insert(path) }
        stamps = now
        return .paths(changed)
    }

    private static func stamps(_ root: String) -> [String: Stamp] {
        let manager = FileManager.default
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        var stamps: [String: Stamp] = [:]
        // A further language's words (`site.en.yml`) beside site.yml.
        let settings = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).filter {
            SiteSettingsFiles.contains($0) && $0 != SiteSettingsFiles.main
        }
        for name in SourceWatcher.watched + settings.sorted() {
            let url = URL(fileURLWithPath: root).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            let found: [String]
            if isFolder.boolValue {
                found = (manager.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).map { name + "/" + $0 }
            } else {
                found = [name]
            }
            for path in found {
                let values = try? URL(fileURLWithPath: root).appendingPathComponent(path).resourceValues(
                    forKeys: Set(keys))
                stamps[path] = Stamp(size: values?.fileSize, modified: values?.contentModificationDate)
            }
        }
        return stamps
    }
}

#if os(Linux)
    /// The kernel's word on changes (inotify): one watch per folder of the sources and one on the site's
    /// folder for site.yml and the source folders themselves; folders created later are watched as they
    /// appear. Made on one thread and then used only on the watching thread.
    final class InotifyWatch: @unchecked Sendable {
        private let root: String
        private let descriptor: Int32
        /// The folder of each watch, relative to the site ("" for the site's folder).
        private var folders: [Int32: String] = [:]
        private let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64 * 1024, alignment: 8)

        private static let folderEvents =
            UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
            | UInt32(IN_ONLYDIR) | UInt32(IN_DELETE_SELF)

        /// Nil when inotify is not available or a folder cannot be watched (the system's watch limit).
        init?(root: String) {
            self.root = root
            descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            guard watch("") else {
                close()
                return nil
            }
            for name in SourceWatcher.watched where !watchTree(name) {
                close()
                return nil
            }
        }

        func close() {
            if descriptor >= 0 { _ = Glibc.close(descriptor) }
            buffer.deallocate()
        }

        /// What changed, waiting up to `wait` for the kernel to say; nil when nothing did.
        func next(waiting wait: Duration) -> SourceChange? {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let (seconds, attoseconds) = wait.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
            guard poll(&request, 1, milliseconds) > 0 else { return nil }
            var change: SourceChange?
            while true {
                let count = read(descriptor, buffer, 64 * 1024)
                guard count > 0 else { break }
                for event in events(in: count) {
                    if let found = handle(event) { change = change.map { $0.merged(with: found) } ?? found }
                }
            }
            return change
        }

        private struct Event {
            var watch: Int32
            var mask: UInt32
            var name: String
        }

        private func events(in count: Int) -> [Event] {
            var events: [Event] = []
            var offset = 0
            // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len] (NUL-padded).
            while offset + 16 <= count {
                let watch = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                let name = UnsafeRawBufferPointer(start: buffer + offset + 16, count: length).prefix { $0 != 0 }
                events.append(Event(watch: watch, mask: mask, name: String(decoding: name, as: UTF8.self)))
                offset += 16 + length
            }
            return events
        }

        /// The path an event names, after watching a folder that appeared or forgetting one that left.
        private func handle(_ event: Event) -> SourceChange? {
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { return .everything }
            guard let folder = folders[event.watch] else { return nil }
            if event.mask & UInt32(IN_IGNORED) != 0 {
                folders[event.watch] = nil
                return nil
            }
            let path = folder.isEmpty ? event.name : event.name.isEmpty ? folder : folder + "/" + event.name
            // The site's folder is watched for its settings files and the source folders only.
            if folder.isEmpty, !SourceWatcher.watched.contains(path), !SiteSettingsFiles.contains(path) { return nil }
            // Hidden files under content/ are never read (an editor's swap file must not rebuild the site).
            if path.hasPrefix("content/"), path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                return nil
            }
            if event.mask & UInt32(IN_ISDIR) != 0 {
                if event.mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { unwatchTree(path) }
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !watchTree(path) { return .everything }
            }
            return .paths([path])
        }

        /// Watches `path` (relative to the site) and every folder under it; false when the system refused one.
        /// Folders reached through a symbolic link are not watched (a link may lead to a folder above).
        private func watchTree(_ path: String) -> Bool {
            let full = path.isEmpty ? root : root + "/" + path
            let type = (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
            guard type == .typeDirectory else { return true }
            guard watch(path) else { return false }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            return names.sorted().allSatisfy { watchTree(path + "/" + $0) }
        }

        private func watch(_ path: String) -> Bool {
            let full = path.isEmpty ? root : root + "/" + path
            let watch = inotify_add_watch(descriptor, full, Self.folderEvents)
            guard watch >= 0 else { return false }
            folders[watch] = path
            return true
        }

        private func unwatchTree(_ path: String) {
            for (watch, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
                inotify_rm_watch(descriptor, watch)
                folders[watch] = nil
            }
        }
    }
#endif
