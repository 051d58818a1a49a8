import Foundation

/// Writes a site into a temporary folder beside the output and swaps it in only when every file is written,
/// so a failed build never leaves a broken or half-written site behind.
struct OutputWriter {
    /// The site's folder (static files are copied from it).
    let source: String
    let output: String

    struct UnsafePath: Error, CustomStringConvertible {
        var path: String
        var description: String { "`\(path)` would be written outside the output folder" }
    }

    func write(_ files: [OutputFile]) throws {
        let manager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name)-new-\(pid)")
        let previous = parent.appendingPathComponent(".\(name)-old-\(pid)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            var madeFolders = Set<String>()
            for file in files {
                // Slugs are validated earlier; this is the last line of defence.
                let parts = file.path.split(separator: "/")
                guard !file.path.hasPrefix("/"), !parts.contains(".."), !parts.contains(".") else {
                    throw UnsafePath(path: file.path)
                }
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if madeFolders.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                switch file.contents {
                case .bytes(let bytes):
                    try Data(bytes).write(to: target)
                case .copy(let path):
                    try manager.copyItem(atPath: (source as NSString).appendingPathComponent(path), toPath: target.path)
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        // Swap: the old output moves aside, the new one takes its name, the old one goes.
        let hadOutput = manager.fileExists(atPath: outputURL.path)
        if hadOutput { try manager.moveItem(at: outputURL, to: previous) }
        do {
            try manager.moveItem(at: staging, to: outputURL)
        } catch {
            if hadOutput { try? manager.moveItem(at: previous, to: outputURL) }
            throw error
        }
        if hadOutput { try? manager.removeItem(at: previous) }
    }
}
