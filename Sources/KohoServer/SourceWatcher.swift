import Foundation
import KohoBuild

/// Notices changes to a site's sources by their names, sizes and modification times — no file-system
/// notification API, so it works the same on every platform and on network drives.
struct SourceWatcher: Sendable {
    let source: String
    /// What a build reads; the output folder and tool folders are never looked at.
    static let watched = SiteBuilder.sourceNames

    /// A value that changes when any watched file is added, removed or changed.
    func fingerprint() -> Int {
        var hasher = Hasher()
        let manager = FileManager.default
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for name in Self.watched {
            let url = URL(fileURLWithPath: source).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            let urls: [URL]
            if isFolder.boolValue {
                let walker = manager.enumerator(at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
                urls = (walker?.allObjects as? [URL] ?? []).sorted { $0.path < $1.path }
            } else {
                urls = [url]
            }
            for file in urls {
                let values = try? file.resourceValues(forKeys: Set(keys))
                hasher.combine(file.path)
                hasher.combine(values?.fileSize)
                hasher.combine(values?.contentModificationDate)
            }
        }
        return hasher.finalize()
    }
}
