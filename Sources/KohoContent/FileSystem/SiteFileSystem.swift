public import KohoDiagnostics

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

        /// The type's name in words ("a named pipe").
        var words: MessageKey {
            switch self {
            case .folder: return .wordFileTypeFolder
            case .namedPipe: return .wordFileTypeNamedPipe
            case .socket: return .wordFileTypeSocket
            case .device: return .wordFileTypeDevice
            case .other: return .wordFileTypeOther
            }
        }
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
        switch reason {
        case "no such file": self.init(path: path, kind: .notFound)
        case "permission denied": self.init(path: path, kind: .permissionDenied)
        default: self.init(path: path, kind: .other(reason))
        }
    }

    /// Why it could not be read, for a person: "cannot read `path`: …".
    public var words: Message {
        let path = Message.Argument.text(path)
        switch kind {
        case .notFound: return Message(.fileNotFound, ["path": path])
        case .permissionDenied: return Message(.filePermissionDenied, ["path": path])
        case .linkOutside(let target): return Message(.fileLinkOutside, ["path": path, "target": .text(target)])
        case .linkIntoHidden(let target): return Message(.fileLinkIntoHidden, ["path": path, "target": .text(target)])
        case .brokenLink(let target): return Message(.fileBrokenLink, ["path": path, "target": .text(target)])
        case .linkLoop: return Message(.fileLinkLoop, ["path": path])
        case .notRegularFile(let type): return Message(.fileNotRegular, ["path": path, "type": .words(type.words)])
        case .tooLarge(let bytes, let limit):
            return Message(
                .fileTooLarge, ["path": path, "size": .number(bytes / (1 << 20)), "limit": .number(limit / (1 << 20))])
        case .nameNotUTF8: return Message(.fileNameNotUTF8, ["path": path])
        case .other(let text): return Message(.fileUnreadable, ["path": path, "reason": .text(text)])
        }
    }

    /// What to do about it.
    public var advice: Message? {
        switch kind {
        case .linkOutside, .linkIntoHidden: return Message(.fileLinkOutsideHint)
        case .brokenLink, .linkLoop: return Message(.fileBrokenLinkHint)
        case .notRegularFile: return Message(.fileNotRegularHint)
        case .tooLarge: return Message(.fileTooLargeHint)
        case .nameNotUTF8: return Message(.fileNameNotUTF8Hint)
        case .notFound, .permissionDenied, .other: return nil
        }
    }

    /// Why it could not be read, in English.
    public var description: String { words.text(in: .english) }
}

extension SiteFileError {
    /// A diagnostic at the start of the file for an error reading it, whatever `error` is.
    public static func diagnostic(path: String, error: any Error) -> Diagnostic {
        let fileError = error as? SiteFileError
        let words =
            fileError?.words ?? Message(.fileUnreadable, ["path": .text(path), "reason": .text("\(error)")])
        return Diagnostic(at: SourceLocation(path: path, line: 1, column: 1), words, hint: fileError?.advice)
    }
}
