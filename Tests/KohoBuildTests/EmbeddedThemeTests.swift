import Foundation
import KohoDefaultTheme
import Testing

/// The default theme inside the binary must be exactly `themes/default/`.
@Suite struct EmbeddedThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let themeFolder = repository.appendingPathComponent("themes/default")
    static let generatedFile = repository.appendingPathComponent(
        "Sources/KohoDefaultTheme/DefaultTheme+Files.generated.swift")

    @Test func embeddedThemeMatchesThemesDefault() throws {
        let expected = try Self.generatedSource()
        if ProcessInfo.processInfo.environment["KOHO_RECORD"] != nil {
            try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(Self.generatedFile.path); run the tests again without KOHO_RECORD")
            return
        }
        let committed = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(committed == expected, "the embedded theme differs from themes/default/: run `make goldens`")
        let onDisk = try Self.themeFiles()
        #expect(DefaultTheme.files.map(\.path) == onDisk.map(\.path))
        #expect(DefaultTheme.files.map(\.contents) == onDisk.map(\.contents))
    }

    /// The files of `themes/default/`, sorted by path.
    static func themeFiles() throws -> [DefaultTheme.File] {
        let base = themeFolder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [DefaultTheme.File] = []
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            files.append(DefaultTheme.File(path: relative, contents: try String(contentsOfFile: full, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The Swift source that carries the theme: one raw string literal per file.
    static func generatedSource() throws -> String {
        var out = """
            // Generated from themes/default/ by `make goldens`; do not edit.
            extension DefaultTheme {
                /// Every file of the theme, by path.
                public static let files: [File] = [

            """
        for file in try themeFiles() {
            // Enough `#`s that no `"#…` run inside the file can end the literal early.
            var hashes = "#"
            while file.contents.contains("\"" + hashes) || file.contents.contains("\\" + hashes) { hashes += "#" }
            out += "        File(path: \(quoted(file.path)), contents: \(hashes)\"\"\"\n"
            out += file.contents + "\n"
            out += "\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
