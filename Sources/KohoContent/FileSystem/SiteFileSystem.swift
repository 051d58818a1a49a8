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
}

/// A file that a ``SiteFileSystem`` cannot read.
public struct SiteFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path relative to the site root.
    public var path: String
    /// Why it could not be read, for a person.
    public var reason: String

    /// Creates an error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot read \(path): \(reason)" }
}

extension SiteFileError {
    /// A diagnostic for a file that could not be read for any reason `error` gives.
    static func diagnostic(path: String, error: any Error) -> Diagnostic {
        let reason = (error as? SiteFileError)?.reason ?? "\(error)"
        return Diagnostic(at: nil, "cannot read \(path): \(reason)")
    }
}
