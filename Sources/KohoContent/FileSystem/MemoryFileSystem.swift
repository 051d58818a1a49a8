/// A site held in memory, for tests and for tools that generate content.
public struct MemoryFileSystem: SiteFileSystem {
    /// File contents by path relative to the site root.
    public var files: [String: [UInt8]]

    /// A site from text files (stored as UTF-8).
    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    /// A site from raw bytes, for encodings other than UTF-8 and byte-order marks.
    public init(bytes files: [String: [UInt8]]) {
        self.files = files
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw SiteFileError(path: path, reason: "no such file") }
        return bytes
    }

    public func listFiles(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    public func exists(_ path: String) -> Bool {
        files[path] != nil
    }
}
