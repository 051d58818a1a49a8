import Foundation

/// A site in a folder on disk.
public struct LocalFileSystem: SiteFileSystem {
    /// The site's folder; paths are read relative to it.
    public let root: String

    /// A file system rooted at the folder `root`.
    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    public func read(_ path: String) throws -> [UInt8] {
        let full = absolute(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw SiteFileError(path: path, reason: exists(path) ? "permission denied" : "no such file")
        }
        return [UInt8](data)
    }

    public func listFiles(under folder: String) -> [String] {
        let base = absolute(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
            return []
        }
        // `subpathsOfDirectory` lists folders too; only files are entries.
        guard let subpaths = try? FileManager.default.subpathsOfDirectory(atPath: base) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return subpaths.filter { sub in
            var isSubFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + sub, isDirectory: &isSubFolder)
                && !isSubFolder.boolValue
        }
        .map { prefix + $0 }
        .sorted()
    }

    public func exists(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(path), isDirectory: &isFolder) && !isFolder.boolValue
    }

    private func absolute(_ path: String) -> String {
        root + "/" + path
    }
}
