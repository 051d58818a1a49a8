import Foundation
public import KohoDiagnostics
import KohoDefaultTheme

/// `koho init [DIR] [--example]`: a new site in an empty (or new) folder — the starter site in the reader's
/// language (site.yml with every setting as a comment, one department, one staff member, one post, one page),
/// or the example city hall — and a `.gitignore` that keeps the built `public/` out of the repository.
public enum SiteScaffold {
    /// What `koho init` writes.
    public enum Kind: Sendable {
        /// The small starter site, its notes and text in `language`.
        case starter(Language)
        /// The example city hall (`koho init --example`).
        case example
    }

    /// The `.gitignore` of a new site: the output folder and koho's working files are never committed.
    static let gitignore = "public/\n"

    /// Names a folder may already hold and still count as empty: a fresh `git init` or `git clone` of an
    /// empty repository.
    static let ignoredNames: Set<String> = [".git"]

    /// The files of `kind`, by path relative to the site.
    static func files(_ kind: Kind) -> [EmbeddedFile] {
        let site: [EmbeddedFile]
        switch kind {
        case .starter(.japanese): site = StarterSite.japanese
        case .starter(.english): site = StarterSite.english
        case .example: site = ExampleSite.files
        }
        return site + [EmbeddedFile(path: ".gitignore", contents: gitignore)]
    }

    /// Writes a new site of `kind` into `folder` (created when missing) and returns the paths written,
    /// relative to it. Throws, before writing anything, when `folder` is a file or holds anything but `.git`.
    @discardableResult
    public static func create(_ kind: Kind, in folder: String) throws(DiagnosticError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw DiagnosticError([
                    Diagnostic(
                        at: SourceLocation(path: folder, line: 1, column: 1),
                        Message(.initNotAFolder, ["folder": .text(folder)]), hint: Message(.initFolderNotEmptyHint))
                ])
            }
            let entries = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            if let first = entries.first(where: { !ignoredNames.contains($0) }) {
                throw DiagnosticError([
                    Diagnostic(
                        at: SourceLocation(path: shown + first, line: 1, column: 1),
                        Message(.initFolderNotEmpty, ["folder": .text(shown)]), hint: Message(.initFolderNotEmptyHint))
                ])
            }
        }
        let files = files(kind)
        try Self.write(files, into: URL(fileURLWithPath: folder), shownAs: shown)
        return files.map(\.path)
    }

    /// Writes `files` under `folder` (shown to the reader as `shown`), never over an existing file: the one
    /// way `koho init` and `koho theme export` put files carried in the binary on disk.
    static func write(_ files: [EmbeddedFile], into folder: URL, shownAs shown: String) throws(DiagnosticError) {
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url, options: .withoutOverwriting)
            } catch {
                throw DiagnosticError([
                    Diagnostic(
                        at: nil,
                        Message(.scaffoldCannotWrite, [
                            "path": .text(shown + file.path), "reason": .text(error.localizedDescription),
                        ]))
                ])
            }
        }
    }
}
