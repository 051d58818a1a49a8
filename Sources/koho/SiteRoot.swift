import ArgumentParser
import Foundation
import KohoDiagnostics

/// The site a command works on when no `--source` is given: the current folder when it has site.yml, else
/// the nearest folder above it that has one — staff editing their profile run koho in `content/staff/`.
enum SiteRoot {
    /// The nearest folder from `start` upwards that holds site.yml, as a path; nil when there is none.
    static func nearest(from start: String = FileManager.default.currentDirectoryPath) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yml").path) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// `--source` when given; else the site found from the current folder. With neither, a located message
    /// saying where it looked, and exit code 1.
    static func folder(given source: String?, console: Console) throws -> String {
        if let source { return source }
        let here = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: (here as NSString).appendingPathComponent("site.yml")) { return "." }
        if let found = nearest(from: here) { return found }
        console.printDiagnostics([
            Diagnostic(at: nil, Message(.cliNoSite, ["folder": .text(here)]), hint: Message(.cliNoSiteHint))
        ])
        throw ExitCode(1)
    }
}
