import Dispatch
import Foundation
import KohoContent
import KohoDiagnostics

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
    private let systemRename = Glibc.rename
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
    private let systemRename = Darwin.rename
    private let systemRead = Darwin.read
#endif

/// Writes a site into a temporary folder beside the output and swaps it in only when every file is written,
/// so a failed build never leaves a broken or half-written site behind.
///
/// The output folder is Koho's alone (`OutputFolder`): every output gets Koho's marker file, a folder without
/// it is replaced only with `force`, and builds into the same output take turns (`OutputLock`). Staging and
/// previous folders are named `.<name>-new-<pid>-<token>` / `.<name>-old-<pid>-<token>`; those a killed build
/// left are removed at the next build.
///
/// Files are written with plain POSIX calls, on every core: Foundation's `Data.write` syncs each file to
/// disk and `FileManager` stats every path, which made writing a 10,000-post site take three times as long
/// as building it. The output is a cache of the sources, so it needs no per-file sync.
///
/// A file whose bytes equal the previous output's is hard-linked from it instead of written again: a
/// rebuild then writes only what changed, and unchanged files keep their modification time, so a deploy
/// that compares times and sizes (rsync) sends only what changed too.
struct OutputWriter {
    /// The site's folder (static files are copied from it).
    let source: String
    let output: String
    /// Replace an output folder Koho did not write (never the site or what it is built from).
    var force = false
    /// Called when another build into the same output holds the lock and this one waits for it.
    var waiting: @Sendable () -> Void = {}
    /// Removes the previous output after the swap (replaced in tests to make it fail).
    var removePrevious: @Sendable (String) throws -> Void = { try FileTree.removeOnEveryCore($0) }

    /// Why the output could not be written: the path, and the reason.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        /// The system's words (`No space left on device`), or Koho's own (``MessageKey/wordOutputPathOutside``).
        var reason: Message.Argument
        var description: String { "\(path): \(reason)" }

        /// A failure the system explains in `reason` (`strerror`'s words, shown as they are).
        init(path: String, reason: String) {
            self.path = path
            self.reason = .text(reason)
        }

        /// A path Koho refuses to write, for the reason `refusal`.
        init(path: String, refusal: MessageKey) {
            self.path = path
            self.reason = .words(refusal)
        }

        /// `error` as a write error; the file operations below throw nothing else.
        init(_ error: any Error, at path: String) {
            self = error as? WriteError ?? WriteError(path: path, reason: "\(error)")
        }

        /// "cannot write `output`: path: reason".
        func cannotWrite(_ output: String) -> Message {
            Message(.outputCannotWrite, ["output": .text(output), "path": .text(path), "reason": reason])
        }
    }

    /// Why a write failed, and what became of the previous output.
    enum Failure: Error {
        /// The output may not be replaced (see `OutputFolder.refusal`).
        case refused(Diagnostic)
        /// Nothing was replaced: the previous output, if there was one, is as it was.
        case notWritten(WriteError, hadOutput: Bool)
        /// The previous output was moved aside to `previous` and could not be moved back.
        case movedAside(WriteError, previous: String)

        /// The message for a person, saying what became of the previous output at `output`.
        func diagnostic(output: String) -> Diagnostic {
            switch self {
            case .refused(let refusal):
                return refusal
            case .notWritten(let failure, let hadOutput):
                return Diagnostic(
                    at: nil, failure.cannotWrite(output),
                    hint: hadOutput ? Message(.outputLeftAsItWasHint, ["output": .text(output)]) : nil)
            case .movedAside(let failure, let previous):
                return Diagnostic(
                    at: nil, failure.cannotWrite(output),
                    hint: Message(.outputMovedAsideHint, ["previous": .text(previous), "output": .text(output)]))
            }
        }
    }

    /// What a successful write left behind: the previous output, when it could not be removed after the swap.
    struct Outcome {
        var leftover: (path: String, error: WriteError)?

        /// A warning about the leftover for the build to show, if there is one.
        func warnings(output: String) -> [Diagnostic] {
            guard let leftover else { return [] }
            let words = Message(
                .outputPreviousNotRemoved,
                ["output": .text(output), "path": .text(leftover.error.path), "reason": leftover.error.reason])
            let hint = Message(.outputPreviousNotRemovedHint, ["path": .text(leftover.path)])
            return [Diagnostic(.warning, at: nil, words, hint: hint)]
        }
    }

    /// Writes `files` (on every core) and swaps them in.
    func write(_ files: [OutputFile]) throws(Failure) -> Outcome {
        for file in files { try Self.checkPath(file.path) }
        let staged = try begin()
        staged.add(files)
        return try staged.commit()
    }

    /// Locks the output and opens a staging folder beside it, with Koho's marker in it; files are then added
    /// as they are made (``StagedOutput/add(_:)``, from any thread) and swapped in by
    /// ``StagedOutput/commit()``, or thrown away by ``StagedOutput/abandon()``.
    func begin() throws(Failure) -> StagedOutput {
        // The real path, as the rule checks it: `link/../x` is the `x` beside where `link` leads, and an output
        // that is a link to a folder has that folder replaced.
        let target = OutputFolder.realPath(output)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent

        let lock: OutputLock
        do {
            try FileTree.makeFolders([parent], under: "")
            lock = try OutputLock(path: parent + "/.\(name).lock", waiting: waiting)
        } catch {
            throw .notWritten(WriteError(error, at: parent), hadOutput: access(target, F_OK) == 0)
        }

        // Checked again under the lock: another build may have written the folder meanwhile.
        if let refusal = OutputFolder.refusal(source: source, output: output, shownAs: output, force: force) {
            lock.release()
            throw .refused(refusal)
        }
        OutputFolder.removeLeftovers(beside: target)

        var info = stat()
        let hadOutput = lstat(target, &info) == 0
        let staged: StagedOutput
        do {
            let (staging, previous) = try Self.makeStaging(parent: parent, name: name)
            staged = StagedOutput(
                writer: self, lock: lock, target: target, staging: staging, previous: previous, hadOutput: hadOutput)
        } catch {
            lock.release()
            throw .notWritten(error, hadOutput: hadOutput)
        }
        do {
            try staged.writeMarker()
        } catch {
            staged.abandon()
            throw .notWritten(WriteError(error, at: staged.staging), hadOutput: hadOutput)
        }
        return staged
    }

    /// Refuses a path that would leave the output folder or replace the marker. Slugs are validated
    /// earlier; this is the last line of defence.
    static func checkPath(_ path: String) throws(Failure) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.contains("."), !parts.contains("") else {
            throw .notWritten(WriteError(path: path, refusal: .wordOutputPathOutside), hadOutput: false)
        }
        guard path != OutputFolder.markerName else {
            throw .notWritten(WriteError(path: path, refusal: .wordOutputPathReplacesMarker), hadOutput: false)
        }
    }

    /// Creates the staging folder `.<name>-new-<pid>-<token>` beside the output and names the folder the
    /// previous output moves to. The random token keeps names apart where pids repeat (pid 1 in every
    /// container); `mkdir` fails rather than reuse a folder that exists.
    private static func makeStaging(parent: String, name: String) throws(WriteError) -> (String, String) {
        let pid = ProcessInfo.processInfo.processIdentifier
        while true {
            let token = String(UInt32.random(in: .min ... .max), radix: 16)
            let staging = parent + "/.\(name)-new-\(pid)-\(token)"
            if mkdir(staging, 0o755) == 0 { return (staging, parent + "/.\(name)-old-\(pid)-\(token)") }
            if errno != EEXIST { throw FileTree.failure(staging) }
        }
    }
}

/// An output being written: the lock held, a staging folder beside the output filling up. Files come in
/// from any thread as they are rendered, so a page's bytes are on disk (or linked from the previous output)
/// soon after they are made and never all in memory at once.
final class StagedOutput: @unchecked Sendable {
    // @unchecked: the mutable state is `madeFolders`, `plainPreviousFolders` (behind `state`) and `failure`
    // (its own lock); the rest is set once.
    let writer: OutputWriter
    let lock: OutputLock
    let target: String
    let staging: String
    let previous: String
    let hadOutput: Bool
    /// The previous output as a prefix to hard-link unchanged files from, or nil when it is not Koho's.
    private let linkable: String?
    private let state = NSLock()
    private var madeFolders: Set<String> = [""]
    /// For each folder of the previous output asked about: whether it is a plain folder (not a link to one,
    /// which would make the new output share files with a place outside it).
    private var plainPreviousFolders: [String: Bool] = ["": true]
    private let failure = FirstError()

    init(writer: OutputWriter, lock: OutputLock, target: String, staging: String, previous: String, hadOutput: Bool) {
        self.writer = writer
        self.lock = lock
        self.target = target
        self.staging = staging
        self.previous = previous
        self.hadOutput = hadOutput
        linkable = OutputFolder.isKohos(target) ? target + "/" : nil
    }

    /// Writes Koho's marker first, so a staging folder left by a killed build is recognisably Koho's.
    func writeMarker() throws {
        let bytes = Array(OutputFolder.markerText.utf8)
        let name = OutputFolder.markerName
        if let linkable, FileTree.link(linkable + name, to: staging + "/" + name, ifContentsAre: bytes) { return }
        try FileTree.write(bytes, to: staging + "/" + name)
    }

    /// Adds one file (from any thread). A failure is kept and reported by ``commit()``; later files are
    /// skipped.
    func add(_ file: OutputFile) {
        guard !failure.isSet else { return }
        do {
            try OutputWriter.checkPath(file.path)
            let bytes: [UInt8]
            switch file.contents {
            case .bytes(let generated): bytes = generated
            case .copy(let path): bytes = try LocalFileSystem(root: writer.source).read(path)
            case .image(let image): bytes = try image.bytes(of: file.path)
            case .written: return
            }
            let folder = (file.path as NSString).deletingLastPathComponent
            try makeFolder(folder)
            let path = staging + "/" + file.path
            if let linkable, isPlainPreviousFolder(folder),
                FileTree.link(linkable + file.path, to: path, ifContentsAre: bytes)
            {
                // Unchanged since the last build.
            } else {
                try FileTree.write(bytes, to: path)
            }
        } catch let error as OutputWriter.Failure {
            if case .notWritten(let cause, _) = error { failure.set(cause) } else { failure.set(error) }
        } catch {
            failure.set(error)
        }
    }

    /// The bytes of `path` in the previous output, when that output is Koho's and the file is a regular file
    /// in plain folders (never read through a link): what a share card is kept from when unchanged.
    func previousFile(_ path: String) -> [UInt8]? {
        guard let linkable, (try? OutputWriter.checkPath(path)) != nil else { return nil }
        guard isPlainPreviousFolder((path as NSString).deletingLastPathComponent) else { return nil }
        let fd = open(linkable + path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        close(fd)
        var info = stat()
        guard lstat(linkable + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 16 << 20 else {
            return nil
        }
        return try? FileTree.read(linkable + path)
    }

    /// Adds many files on every core.
    func add(_ files: [OutputFile]) {
        let chunks = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        files.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in stride(from: chunk, to: buffer.count, by: chunks) { add(buffer[index]) }
            }
        }
    }

    /// An image that could not be encoded (a damaged file), at the place it is used; nothing of it was written.
    var imageFailure: DiagnosticError? { imageErrors.error as? DiagnosticError }
    private let imageErrors = FirstError()

    /// Adds the resized files of `images`, one image per task on every core. An image whose files are all in
    /// the previous output is linked from there without being decoded: its files' names carry the hash of
    /// the original's bytes and of the encoding settings, so the same name holds the same bytes. The others
    /// are encoded, each once.
    func add(images: [SiteImage]) {
        guard !images.isEmpty else { return }
        images.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                add(image: buffer[index])
            }
        }
    }

    private func add(image: SiteImage) {
        guard !failure.isSet, imageFailure == nil else { return }
        let folders = Set(image.files.map { ($0.path as NSString).deletingLastPathComponent })
        do {
            for folder in folders.sorted() { try makeFolder(folder) }
            if let linkable, folders.allSatisfy({ isPlainPreviousFolder($0) }),
                image.files.allSatisfy({ FileTree.isRegularFile(linkable + $0.path) })
            {
                var linked = true
                for file in image.files where linked {
                    linked = linkat(AT_FDCWD, linkable + file.path, AT_FDCWD, staging + "/" + file.path, 0) == 0
                }
                if linked { return }
                for file in image.files { try? FileTree.remove(staging + "/" + file.path) }
            }
            let encoded = try image.encodeAll()
            for file in image.files { try FileTree.write(encoded[file.path] ?? [], to: staging + "/" + file.path) }
        } catch let error as DiagnosticError {
            imageErrors.set(error)
        } catch {
            failure.set(error)
        }
    }

    /// Creates `folder` (relative) and its parents in staging, once each.
    private func makeFolder(_ folder: String) throws {
        if state.withLock({ madeFolders.contains(folder) }) { return }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder { try makeFolder(parent) }
        try FileTree.makeFolders([folder], under: staging + "/")
        _ = state.withLock { madeFolders.insert(folder) }
    }

    /// Whether `folder` and each folder above it is a plain folder in the previous output (or absent there).
    private func isPlainPreviousFolder(_ folder: String) -> Bool {
        guard let linkable else { return false }
        if let known = state.withLock({ plainPreviousFolders[folder] }) { return known }
        let parent = (folder as NSString).deletingLastPathComponent
        var plain = parent == folder || isPlainPreviousFolder(parent)
        var info = stat()
        if plain, lstat(linkable + folder, &info) == 0 { plain = info.st_mode & S_IFMT == S_IFDIR }
        state.withLock { plainPreviousFolders[folder] = plain }
        return plain
    }

    /// Swaps the staging folder in when every file was written; otherwise removes it. Releases the lock.
    func commit() throws(OutputWriter.Failure) -> OutputWriter.Outcome {
        defer { lock.release() }
        if let error = failure.error {
            try? FileTree.remove(staging)
            if let failure = error as? OutputWriter.Failure { throw failure }
            throw .notWritten(OutputWriter.WriteError(error, at: staging), hadOutput: hadOutput)
        }
        return try swap()
    }

    /// Throws the staging folder away and releases the lock; the previous output stays as it was.
    func abandon() {
        try? FileTree.remove(staging)
        lock.release()
    }

    /// The swap: the old output moves aside to `previous`, `staging` takes its name, the old one goes.
    private func swap() throws(OutputWriter.Failure) -> OutputWriter.Outcome {
        if hadOutput {
            do {
                try FileTree.rename(target, to: previous)
            } catch {
                try? FileTree.remove(staging)
                throw .notWritten(OutputWriter.WriteError(error, at: target), hadOutput: hadOutput)
            }
        }
        do {
            try FileTree.rename(staging, to: target)
        } catch {
            if hadOutput, (try? FileTree.rename(previous, to: target)) == nil {
                try? FileTree.remove(staging)
                throw .movedAside(OutputWriter.WriteError(error, at: staging), previous: previous)
            }
            try? FileTree.remove(staging)
            throw .notWritten(OutputWriter.WriteError(error, at: staging), hadOutput: hadOutput)
        }
        guard hadOutput else { return OutputWriter.Outcome() }
        do {
            try writer.removePrevious(previous)
        } catch {
            return OutputWriter.Outcome(leftover: (previous, OutputWriter.WriteError(error, at: previous)))
        }
        return OutputWriter.Outcome()
    }
}

/// The first error of several concurrent workers.
final class FirstError: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var stored: (any Error)?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: (any Error)? { lock.withLock { stored } }

    func set(_ error: any Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}

/// Plain POSIX file operations for the output tree.
enum FileTree {
    static func failure(_ path: String) -> OutputWriter.WriteError {
        OutputWriter.WriteError(path: path, reason: String(cString: strerror(errno)))
    }

    /// Creates each folder of `folders` (relative to `base`), in order; existing folders are fine.
    static func makeFolders(_ folders: [String], under base: String) throws {
        for folder in folders where !folder.isEmpty {
            let path = base + folder
            if mkdir(path, 0o755) == 0 { continue }
            if errno == EEXIST {
                var info = stat()
                if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                    throw OutputWriter.WriteError(path: path, reason: String(cString: strerror(ENOTDIR)))
                }
                continue
            }
            if errno == ENOENT {
                // A missing parent outside the tree we plan (the output's own parent folder).
                let parent = (path as NSString).deletingLastPathComponent
                try makeFolders([parent], under: "")
                if mkdir(path, 0o755) == 0 || errno == EEXIST { continue }
            }
            throw failure(path)
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += written
            }
        }
    }

    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path) }
        guard let contents = readAll(fd, expected: Int(info.st_size)) else { throw failure(path) }
        return contents
    }

    /// Whether `path` is a regular file (not a link to one).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Hard-links `existing` as `path` when `existing` is a regular file holding exactly `bytes`.
    static func link(_ existing: String, to path: String, ifContentsAre bytes: [UInt8]) -> Bool {
        let fd = open(existing, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count,
            readAll(fd, expected: bytes.count) == bytes
        else { return false }
        // linkat with no flags links `existing` itself, never what a link there points to.
        return linkat(AT_FDCWD, existing, AT_FDCWD, path, 0) == 0
    }

    /// The whole file behind `fd`, expected to be `expected` bytes long (it may have grown or shrunk).
    private static func readAll(_ fd: Int32, expected: Int) -> [UInt8]? {
        var contents = [UInt8](repeating: 0, count: max(expected, 1 << 12))
        var count = 0
        while true {
            if count == contents.count { contents += [UInt8](repeating: 0, count: contents.count) }
            let got = contents.withUnsafeMutableBytes {
                systemRead(fd, $0.baseAddress.map { $0 + count }, $0.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            count += got
        }
        contents.removeSubrange(count...)
        return contents
    }

    /// The name of a directory entry read with `readdir`.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) {
            String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
    }

    static func rename(_ from: String, to path: String) throws {
        if systemRename(from, path) != 0 { throw failure(from) }
    }

    /// Removes `path` and everything under it; nothing to do when it does not exist. Walks with the
    /// directory entries' own types, so no file is stat'ed.
    static func remove(_ path: String) throws {
        if unlink(path) == 0 || errno == ENOENT { return }
        guard errno == EISDIR || errno == EPERM else { throw failure(path) }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw failure(path) }
        try removeContents(of: fd, path: path)
        if rmdir(path) != 0 { throw failure(path) }
    }

    /// ``remove(_:)`` with the entries two levels down (each staff member's folder under `staff/`, …) shared
    /// out to every core: removing a big site is many small unlinks, most of the time waiting on the disk.
    static func removeOnEveryCore(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return try remove(path) }
        var entries: [String] = []
        for child in try entryPaths(in: path) {
            guard lstat(child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                entries.append(child)
                continue
            }
            entries += try entryPaths(in: child)
        }
        let failure = FirstError()
        entries.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            let workers = max(1, ProcessInfo.processInfo.activeProcessorCount * 2)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: buffer.count, by: workers) {
                    do { try remove(buffer[index]) } catch { failure.set(error) }
                }
            }
        }
        if let error = failure.error { throw error }
        try remove(path)
    }

    /// The paths of the entries of the folder at `path`, not following links.
    private static func entryPaths(in path: String) throws -> [String] {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw failure(path) }
        guard let stream = fdopendir(fd) else {
            close(fd)
            throw failure(path)
        }
        defer { closedir(stream) }
        var paths: [String] = []
        while let entry = readdir(stream) {
            let name = Self.name(of: entry)
            if name != "." && name != ".." { paths.append(path + "/" + name) }
        }
        return paths
    }

    /// Empties the folder open as `folder` (the descriptor is closed).
    private static func removeContents(of folder: Int32, path: String) throws {
        guard let stream = fdopendir(folder) else {
            close(folder)
            throw failure(path)
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = Self.name(of: entry)
            if name == "." || name == ".." { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                guard child >= 0 else { throw failure(path + "/" + name) }
                try removeContents(of: child, path: path + "/" + name)
                if unlinkat(folder, name, AT_REMOVEDIR) != 0 { throw failure(path + "/" + name) }
            } else if unlinkat(folder, name, 0) != 0 {
                throw failure(path + "/" + name)
            }
        }
    }
}

