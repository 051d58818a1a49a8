#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// A site in a folder on disk, read so that nothing outside the folder can reach the output.
///
/// CI builds commits from many people and publishes the result, and git stores symbolic links: a link
/// `static/env.txt -> /proc/self/environ` would otherwise put the build's secrets on the public site. So
/// every file is resolved before it is opened: a path whose real location (links resolved) is outside the
/// site's folder, a broken link, and anything that is not a regular file (a named pipe that would block the
/// build, a device like `/dev/zero` that never ends) is a ``SiteFileError`` naming the path as written.
/// Links that stay inside the site are followed. Files are opened with `O_NOFOLLOW` and read up to
/// ``maximumFileSize``.
public struct LocalFileSystem: SiteFileSystem {
    /// The site's folder as given; paths are read relative to it.
    public let root: String
    /// The folder with every symbolic link resolved, to compare resolved paths against.
    private let realRoot: String

    /// The largest file Koho reads (512 MiB): a site is text and images, and a bigger file is a mistake.
    public static let maximumFileSize = 512 << 20

    /// A file system rooted at the folder `root`.
    public init(root: String) {
        let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.root = trimmed
        self.realRoot = Self.realPath(trimmed) ?? trimmed
    }

    public func read(_ path: String) throws -> [UInt8] {
        let fd = try openRegularFile(path)
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    public func verify(_ path: String) throws {
        close(try openRegularFile(path))
    }

    public func listFiles(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        var visited: Set<String> = []
        walk(prefix, into: &found, visited: &visited)
        return found.sorted()
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        // Anything that is not a folder counts: a link or a pipe named site.yml is reported when read.
        guard lstat(absolute(path), &info) == 0 else { return false }
        if info.st_mode & S_IFMT == S_IFLNK {
            return stat(absolute(path), &info) != 0 || info.st_mode & S_IFMT != S_IFDIR
        }
        return info.st_mode & S_IFMT != S_IFDIR
    }

    // MARK: - Opening

    /// Opens `path` for reading after checking that it resolves inside the site to a regular file.
    private func openRegularFile(_ path: String) throws(SiteFileError) -> Int32 {
        let full = absolute(path)
        guard let resolved = Self.realPath(full) else {
            let code = errno
            var info = stat()
            if code != ELOOP, lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                throw SiteFileError(path: path, kind: .brokenLink(to: Self.linkTarget(full) ?? ""))
            }
            throw SiteFileError(path: path, kind: Self.kind(forErrno: code, path: path))
        }
        guard isInside(resolved) else {
            throw SiteFileError(path: path, kind: .linkOutside(to: Self.linkTarget(full) ?? resolved))
        }
        guard !reachesHiddenPlace(resolved, writtenAs: path) else {
            throw SiteFileError(path: path, kind: .linkIntoHidden(to: Self.linkTarget(full) ?? resolved))
        }
        // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
        let fd = open(resolved, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw SiteFileError(path: path, kind: Self.kind(forErrno: errno, path: path)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let kind = Self.kind(forErrno: errno, path: path)
            close(fd)
            throw SiteFileError(path: path, kind: kind)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw SiteFileError(path: path, kind: .notRegularFile(Self.fileType(info.st_mode)))
        }
        guard Int(info.st_size) <= Self.maximumFileSize else {
            close(fd)
            throw SiteFileError(path: path, kind: .tooLarge(bytes: Int(info.st_size), limit: Self.maximumFileSize))
        }
        return fd
    }

    /// Reads to the end, never more than ``maximumFileSize`` (a file may grow while it is read).
    private func readAll(_ fd: Int32, path: String) throws(SiteFileError) -> [UInt8] {
        var contents = [UInt8](repeating: 0, count: 1 << 14)
        var count = 0
        while true {
            if count == contents.count {
                guard count <= Self.maximumFileSize else {
                    throw SiteFileError(path: path, kind: .tooLarge(bytes: count, limit: Self.maximumFileSize))
                }
                contents += [UInt8](repeating: 0, count: contents.count)
            }
            let got = contents.withUnsafeMutableBytes {
                systemRead(fd, $0.baseAddress.map { $0 + count }, $0.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw SiteFileError(path: path, kind: Self.kind(forErrno: errno, path: path))
            }
            if got == 0 { break }
            count += got
        }
        guard count <= Self.maximumFileSize else {
            throw SiteFileError(path: path, kind: .tooLarge(bytes: count, limit: Self.maximumFileSize))
        }
        contents.removeSubrange(count...)
        return contents
    }

    // MARK: - Listing

    /// Adds every file under `folder` (relative to the root) to `found`. Folders reached through a link are
    /// walked only when they are inside the site, once each; links that lead out and anything that is not a
    /// regular file or folder are listed, so that reading them reports the problem where it is.
    private func walk(_ folder: String, into found: inout [String], visited: inout Set<String>) {
        let full = absolute(folder)
        guard let real = Self.realPath(full), isInside(real), visited.insert(real).inserted,
            let stream = opendir(full)
        else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            // A name that is not UTF-8 is listed with U+FFFD in its place; reading it says why it fails.
            let name = String(decoding: bytes, as: UTF8.self)
            let path = folder + "/" + name
            var info = stat()
            guard lstat(absolute(path), &info) == 0 else {
                found.append(path)
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &found, visited: &visited)
            case S_IFLNK:
                var target = stat()
                if stat(absolute(path), &target) == 0, target.st_mode & S_IFMT == S_IFDIR,
                    let real = Self.realPath(absolute(path)), isInside(real), !reachesHiddenPlace(real, writtenAs: path)
                {
                    walk(path, into: &found, visited: &visited)
                } else {
                    found.append(path)
                }
            default:
                found.append(path)
            }
        }
    }

    /// True when `resolved` is in a hidden file or folder of the site (`.git`, `.env`) that the path as
    /// written does not name: a link into `.git/config` would publish the token CI checkouts keep there.
    private func reachesHiddenPlace(_ resolved: String, writtenAs path: String) -> Bool {
        let inside = resolved.dropFirst(realRoot.count).split(separator: "/")
        let written = Set(path.split(separator: "/"))
        return inside.contains { $0.hasPrefix(".") && !written.contains($0) }
    }

    private func isInside(_ real: String) -> Bool {
        real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    private func absolute(_ path: String) -> String {
        root + "/" + path
    }

    // MARK: - System helpers

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What the link at `path` says, as written in it.
    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let length = readlink(path, &buffer, 4096)
        guard length >= 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func kind(forErrno code: Int32, path: String) -> SiteFileError.Kind {
        switch code {
        case ENOENT, ENOTDIR:
            return path.unicodeScalars.contains("\u{FFFD}") ? .nameNotUTF8 : .notFound
        case EACCES, EPERM: return .permissionDenied
        case ELOOP: return .linkLoop
        default: return .other(String(cString: strerror(code)))
        }
    }

    private static func fileType(_ mode: mode_t) -> SiteFileError.FileType {
        switch mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFIFO: return .namedPipe
        case S_IFSOCK: return .socket
        case S_IFCHR, S_IFBLK: return .device
        default: return .other
        }
    }
}
