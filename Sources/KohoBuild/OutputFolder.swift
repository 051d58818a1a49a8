import Foundation
import KohoDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rule that the output folder is Koho's alone: a build replaces its output whole, so it refuses an output
/// that is or holds the site, lies inside what the site is built from, is a file, or is a folder Koho did not
/// write. Paths are compared as real paths (symbolic links resolved), also for an output that does not exist
/// yet.
enum OutputFolder {
    /// The file Koho writes into every output folder it builds, so a later build knows the folder is Koho's.
    /// A dotfile: most deploy tools and hosts leave hidden files out, and if it is published it says only
    /// what built the site (no path, user or time, so builds stay byte-identical).
    static let markerName = ".koho-output"
    static let markerText = "This folder was written by koho build, which replaces it whole at every build.\n"

    /// What the site is built from, and its repository: never an output, nor inside or around one, even with
    /// `--force`. (`folder/` for folders, as messages show them.)
    static let protectedNames = SiteBuilder.sourceNames.map { $0 == "site.yml" ? $0 : $0 + "/" } + [".git/"]

    /// Why a build of the site at `source` may not replace `output` (shown as `shownAs`), or `nil` when it may.
    static func refusal(source: String, output: String, shownAs shown: String, force: Bool) -> Diagnostic? {
        let site = realPath(source)
        let target = realPath(output)
        func refusal(_ key: MessageKey, _ name: String? = nil) -> Diagnostic {
            var arguments: [String: Message.Argument] = ["output": .text(shown)]
            arguments["name"] = name.map { .code($0) }
            return Diagnostic(at: nil, Message(key, arguments), hint: Message(.outputFolderChooseAnotherHint))
        }
        if target == site || isInside(site, target) {
            return refusal(.outputFolderHoldsSite)
        }
        for name in protectedNames {
            let protected = realPath(site + "/" + (name.hasSuffix("/") ? String(name.dropLast()) : name))
            if target == protected {
                return refusal(.outputFolderIsSource, name)
            } else if isInside(target, protected) {
                return refusal(.outputFolderInsideSource, name)
            } else if isInside(protected, target) {
                // Only when the site's folder is a link to somewhere else.
                return refusal(.outputFolderHoldsSource, name)
            }
        }
        var info = stat()
        guard stat(target, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return refusal(.outputFolderIsFile)
        }
        if force || isKohos(target) || isEmptyFolder(target) { return nil }
        return Diagnostic(
            at: nil, Message(.outputFolderNotKohos, ["output": .text(shown)]), hint: Message(.outputFolderNotKohosHint))
    }

    /// Whether `folder` is a folder (not a link to one) holding Koho's marker file.
    static func isKohos(_ folder: String) -> Bool {
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
            lstat(folder + "/" + markerName, &info) == 0
        else { return false }
        return info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `folder` has no entries.
    static func isEmptyFolder(_ folder: String) -> Bool {
        guard let stream = opendir(folder) else { return false }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = FileTree.name(of: entry)
            if name != "." && name != ".." { return false }
        }
        return true
    }

    /// Whether `path` lies strictly under `folder` (both absolute and normalised).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// The absolute path `path` names, with every symbolic link resolved — also when it does not exist yet:
    /// its existing part is resolved and the rest appended, so `public/../content/x` and a link to `content/`
    /// both count as inside `content/`.
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = "/"
        for part in absolute.split(separator: "/") {
            switch part {
            case ".":
                continue
            case "..":
                // `resolved` is already real, so its parent is the real parent.
                resolved = (resolved as NSString).deletingLastPathComponent
            default:
                let candidate = resolved == "/" ? "/" + part : resolved + "/" + part
                var info = stat()
                if lstat(candidate, &info) == 0, let real = realpath(candidate, nil) {
                    resolved = String(cString: real)
                    free(real)
                } else {
                    // Missing (or a link that leads nowhere): nothing below it can be a link.
                    resolved = candidate
                }
            }
        }
        return resolved
    }

    // MARK: - Leftovers

    /// Removes what killed builds left beside `output`: staging folders `.<name>-new-<pid>-<token>` and
    /// previous outputs `.<name>-old-<pid>-<token>` (and the older `.<name>-new-<pid>` form). Only folders
    /// holding Koho's marker, or empty ones, are removed, so a person's folder that happens to match stays.
    /// Best effort: a leftover that cannot be removed is left, and blocks nothing (names never repeat).
    static func removeLeftovers(beside output: String) {
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in names where isLeftover(entry, of: name) {
            let path = parent + "/" + entry
            if isKohos(path) {
                try? FileTree.remove(path)
            } else {
                // A staging folder killed before its marker was written is empty.
                rmdir(path)
            }
        }
    }

    /// Whether `entry` is named like a staging or previous folder of the output called `name`.
    static func isLeftover(_ entry: String, of name: String) -> Bool {
        for kind in ["new", "old"] {
            let prefix = ".\(name)-\(kind)-"
            guard entry.hasPrefix(prefix) else { continue }
            let parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let pid = parts.first, !pid.isEmpty,
                pid.allSatisfy({ $0.isASCII && $0.isNumber })
            else { return false }
            return parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isHexDigit })
        }
        return false
    }
}
