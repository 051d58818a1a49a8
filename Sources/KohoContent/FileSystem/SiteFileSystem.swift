import KohoDiagnostics

/// Where site files come from; injected so tests can run in memory.
///
/// Paths are relative to the site's root and use `/` (`content/staff/sato.md`).
public protocol SiteFileSystem: Sendable {
    /// The bytes of the file at `path`.
    func read(_ path: String) throws -> [UInt8]
    /// Every file under `folder`, recursively, as paths relative to the site root, sorted; `[]` when the
    /// folder does not exist.
    func listFiles(under folder: String) -> [String]
    /// True when a file (not a folder) exists at `path`.
    func exists(_ path: String) -> Bool
    /// Throws what ``read(_:)`` would throw for `path`, without reading it (static files are read later,
    /// when the output is written, but their problems are reported with the content's).
    func verify(_ path: String) throws
}

extension SiteFileSystem {
    public func verify(_ path: String) throws {
        _ = try read(path)
    }
}

/// A file that a ``SiteFileSystem`` cannot read, or will not: see ``LocalFileSystem`` for the rules.
public struct SiteFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why a file cannot be read.
    public enum Kind: Sendable, Hashable {
        /// Nothing is at the path.
        case notFound
        /// The file exists but this user may not read it.
        case permissionDenied
        /// A symbolic link (the path, or a folder on it) resolves outside the site's folder.
        case linkOutside(to: String)
        /// A symbolic link into a hidden file or folder of the site (`.git`, `.env`), which Koho never reads.
        case linkIntoHidden(to: String)
        /// A symbolic link whose target does not exist.
        case brokenLink(to: String)
        /// Symbolic links that point at each other.
        case linkLoop
        /// A named pipe, socket, device or folder where a file was expected.
        case notRegularFile(FileType)
        /// Bigger than Koho reads.
        case tooLarge(bytes: Int, limit: Int)
        /// The file's name is not UTF-8, so it has no name Koho can print or link to.
        case nameNotUTF8
        /// Any other system error, as the system words it.
        case other(String)
    }

    /// What is at a path instead of a regular file.
    public enum FileType: String, Sendable, Hashable {
        case folder, namedPipe = "named pipe", socket, device, other = "special file"
    }

    /// The path relative to the site root.
    public var path: String
    /// Why it could not be read.
    public var kind: Kind

    /// Creates an error for `path`.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// Creates an error for `path` with a system's own words (an in-memory file system in tests).
    public init(path: String, reason: String) {
        self.init(path: path, kind: reason == "no such file" ? .notFound : .other(reason))
    }

    /// Why it could not be read, for a person.
    public var reason: String {
        switch kind {
        case .notFound: return "no such file"
        case .permissionDenied: return "permission denied"
        case .linkOutside(let target):
            return "it is a symbolic link that leads outside the site (to \(target)); Koho reads only files inside the site's folder"
        case .linkIntoHidden(let target):
            return "it is a symbolic link into a hidden file or folder (to \(target)); Koho never reads those (.git holds CI's credentials)"
        case .brokenLink(let target): return "it is a symbolic link to \(target), which does not exist"
        case .linkLoop: return "its symbolic links form a loop"
        case .notRegularFile(let type): return "it is a \(type.rawValue), not a regular file"
        case .tooLarge(let bytes, let limit):
            return "it is \(bytes / (1 << 20)) MiB; Koho reads files of at most \(limit / (1 << 20)) MiB"
        case .nameNotUTF8: return "its name is not UTF-8"
        case .other(let text): return text
        }
    }

    /// What to do about it.
    public var hint: String? {
        switch kind {
        case .linkOutside, .linkIntoHidden:
            return "copy the file into the site instead of linking to it, or remove the link"
        case .brokenLink, .linkLoop: return "remove the link, or point it at a file inside the site"
        case .notRegularFile: return "remove it: the site's folders hold regular files only"
        case .tooLarge: return "publish large files somewhere else and link to them"
        case .nameNotUTF8: return "rename the file; names are read as UTF-8 (a file copied from an old Windows or zip archive may use Shift_JIS)"
        case .notFound, .permissionDenied, .other: return nil
        }
    }

    public var description: String { "cannot read \(path): \(reason)" }
}

extension SiteFileError {
    /// A diagnostic at the start of the file for an error reading it, whatever `error` is.
    public static func diagnostic(path: String, error: any Error) -> Diagnostic {
        let fileError = error as? SiteFileError
        return Diagnostic(
            at: SourceLocation(path: path, line: 1, column: 1),
            "cannot read \(path): \(fileError?.reason ?? "\(error)")", hint: fileError?.hint)
    }
}
