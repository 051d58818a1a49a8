import Dispatch
import Foundation
import KohoContent

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
    private let systemRename = Glibc.rename
    private let systemLink = Glibc.link
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
    private let systemRename = Darwin.rename
    private let systemLink = Darwin.link
    private let systemRead = Darwin.read
#endif

/// Writes a site into a temporary folder beside the output and swaps it in only when every file is written,
/// so a failed build never leaves a broken or half-written site behind.
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

    /// Why the output could not be written.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    func write(_ files: [OutputFile]) throws {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent + "/.\(name)-new-\(pid)"
        let previous = parent + "/.\(name)-old-\(pid)"

        for file in files {
            // Slugs are validated earlier; this is the last line of defence.
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !parts.contains(".."), !parts.contains("."), !parts.contains("") else {
                throw WriteError(path: file.path, reason: "would be written outside the output folder")
            }
        }

        let hadOutput = access(output, F_OK) == 0
        try FileTree.remove(staging)
        try FileTree.makeFolders([parent], under: "")
        do {
            try FileTree.makeFolders([staging], under: "")
            try FileTree.makeFolders(Self.folders(of: files.map(\.path)), under: staging + "/")
            try writeFiles(files, into: staging + "/", previous: hadOutput ? outputURL.path + "/" : nil)
        } catch {
            try? FileTree.remove(staging)
            throw error
        }

        // Swap: the old output moves aside, the new one takes its name, the old one goes.
        if hadOutput { try FileTree.rename(outputURL.path, to: previous) }
        do {
            try FileTree.rename(staging, to: outputURL.path)
        } catch {
            if hadOutput { try? FileTree.rename(previous, to: outputURL.path) }
            throw error
        }
        if hadOutput { try FileTree.remove(previous) }
    }

    /// Every folder the files need, parents before children.
    static func folders(of paths: [String]) -> [String] {
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                parts = parts.dropLast()
            }
        }
        // A parent is a prefix of its children, so it sorts first.
        return folders.sorted()
    }

    /// Writes the files on every core; the first error wins.
    private func writeFiles(_ files: [OutputFile], into root: String, previous: String?) throws {
        let failure = FirstError()
        let chunks = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        files.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < buffer.count, !failure.isSet {
                    let file = buffer[index]
                    do {
                        let bytes: [UInt8]
                        switch file.contents {
                        case .bytes(let generated): bytes = generated
                        case .copy(let path): bytes = try LocalFileSystem(root: source).read(path)
                        }
                        if let previous, FileTree.link(previous + file.path, to: root + file.path, ifContentsAre: bytes)
                        {
                            // Unchanged since the last build.
                        } else {
                            try FileTree.write(bytes, to: root + file.path)
                        }
                    } catch {
                        failure.set(error)
                    }
                    index += chunks
                }
            }
        }
        if let error = failure.error { throw error }
    }
}

/// The first error of several concurrent workers.
private final class FirstError: @unchecked Sendable {
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

    /// Creates each folder of `folders` (relative to `base`), in order; existing ones are fine.
    static func makeFolders(_ folders: [String], under base: String) throws {
        for folder in folders where !folder.isEmpty {
            let path = base + folder
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                if errno == ENOENT {
                    // A missing parent outside the tree we plan (the output's own parent folder).
                    let parent = (path as NSString).deletingLastPathComponent
                    try makeFolders([parent], under: "")
                    if mkdir(path, 0o755) == 0 || errno == EEXIST { continue }
                }
                throw failure(path)
            }
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

    /// Hard-links `existing` as `path` when `existing` is a regular file holding exactly `bytes`.
    static func link(_ existing: String, to path: String, ifContentsAre bytes: [UInt8]) -> Bool {
        let fd = open(existing, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count,
            readAll(fd, expected: bytes.count) == bytes
        else { return false }
        return systemLink(existing, path) == 0
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

    /// Empties the folder open as `folder` (the descriptor is closed).
    private static func removeContents(of folder: Int32, path: String) throws {
        guard let stream = fdopendir(folder) else {
            close(folder)
            throw failure(path)
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
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
