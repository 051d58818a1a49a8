import Foundation
import KohoDefaultTheme
import Testing

/// The one way a folder of the repository becomes Swift source carried in the binary (`KohoDefaultTheme`):
/// the default theme, the example site and the starter sites. Each generated file is checked against its
/// folder, and `KOHO_RECORD=1` (`make goldens`) writes it again.
enum EmbeddedFolderSource {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One list of files in a generated extension: `public static let <property>: [File]`.
    struct Collection {
        var property: String
        var documentation: String
        var files: [EmbeddedFile]
    }

    /// The files under `folder` (relative to the repository), with paths relative to it, sorted; hidden files
    /// and folders are left out. With `only`, just those top-level names (`site.yml`, `content`).
    static func files(in folder: String, only: [String]? = nil) throws -> [EmbeddedFile] {
        let base = repository.appendingPathComponent(folder).standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [EmbeddedFile] = []
        for case let relative as String in walker {
            let parts = relative.split(separator: "/")
            if let only, let first = parts.first, !only.contains(String(first)) { continue }
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                !parts.contains(where: { $0.hasPrefix(".") })
            else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: full))
            // Text that a multi-line string literal keeps byte for byte: UTF-8, no NUL, no carriage return.
            if let text = String(data: data, encoding: .utf8), !text.contains("\0"), !text.contains("\r") {
                files.append(EmbeddedFile(path: relative, contents: text))
            } else {
                files.append(EmbeddedFile(path: relative, base64: data.base64EncodedString()))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The Swift source of `extension <type>` holding `collections`, generated from `origin`.
    static func source(extending type: String, from origin: String, _ collections: [Collection]) -> String {
        var out = "// Generated from \(origin) by `make goldens`; do not edit.\nextension \(type) {\n"
        for (index, collection) in collections.enumerated() {
            if index > 0 { out += "\n" }
            out += "    /// \(collection.documentation)\n"
            out += "    public static let \(collection.property): [File] = [\n"
            for file in collection.files {
                if file.isBase64 {
                    out += "        File(path: \(quoted(file.path)), base64: \"\(file.contents)\"),\n"
                    continue
                }
                // Enough `#`s that no `"#…` run inside the file can end the literal early.
                var hashes = "#"
                while file.contents.contains("\"" + hashes) || file.contents.contains("\\" + hashes) { hashes += "#" }
                out += "        File(path: \(quoted(file.path)), contents: \(hashes)\"\"\"\n"
                out += file.contents + "\n"
                out += "\"\"\"\(hashes)),\n"
            }
            out += "    ]\n"
        }
        out += "}\n"
        return out
    }

    /// Compares the committed `generated` file (relative to the repository) with `expected`, or writes it when
    /// recording (and fails, so the tests are run again without `KOHO_RECORD`).
    static func check(_ generated: String, expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = repository.appendingPathComponent(generated)
        if ProcessInfo.processInfo.environment["KOHO_RECORD"] != nil {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(generated); run the tests again without KOHO_RECORD", sourceLocation: sourceLocation)
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == expected, "\(generated) differs from its folder: run `make goldens`", sourceLocation: sourceLocation)
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
