import KohoContent
import KohoDiagnostics

/// The front-matter splitter, then the whole load of one entry file.
enum FuzzFrontMatter {
    /// A site.yml that loads, so every input reaches the entry parser. No `timezone:`: looking a zone up
    /// lists every zone Foundation knows (tens of milliseconds), which would slow every input down.
    static let siteYAML = "title: Fuzz\nbase_url: https://example.jp/city/\nlanguage: ja\n"

    static func run(_ bytes: [UInt8]) {
        let text = FuzzTarget.text(bytes)
        split(text)
        load(bytes)
    }

    /// Both formats; the parts must come from the text, in order, on the lines they claim.
    private static func split(_ text: String) {
        for format in [EntryFormat.markdown, .yaml] {
            do {
                let parts = try FrontMatterSplitter.split(text, format: format)
                FuzzCheck.expect(parts.yamlStartLine >= 1 && parts.bodyStartLine >= 1, "a start line below 1")
                FuzzCheck.expect(text.hasSuffix(parts.body), "the body is not the end of the file")
                if let yaml = parts.yaml {
                    FuzzCheck.expect(parts.bodyStartLine >= parts.yamlStartLine, "the body starts above the YAML")
                    FuzzCheck.expect(
                        text.unicodeScalars.count >= yaml.unicodeScalars.count + parts.body.unicodeScalars.count,
                        "the YAML and the body overlap")
                }
            } catch {
                let diagnostic = error.diagnostic(path: "content/posts/fuzz.md", text: text)
                _ = DiagnosticFormatter.format([diagnostic], as: .text)
            }
        }
    }

    /// The bytes as a post (`.md`) and as a staff file (`.yml`): decoding, splitting, YAML, every field
    /// reader, slugs and dates, as `koho build` would run them.
    private static func load(_ bytes: [UInt8]) {
        let files: [String: [UInt8]] = [
            "site.yml": Array(siteYAML.utf8),
            "content/posts/fuzz.md": bytes,
            "content/staff/fuzz.yml": bytes,
        ]
        let loader = ContentLoader(fileSystem: MemoryFileSystem(bytes: files), options: .init(includeDrafts: true))
        let (content, diagnostics) = loader.load()
        FuzzCheck.expect(content != nil, "the fixed site.yml did not load")
        for format in DiagnosticFormatter.Format.allCases {
            _ = DiagnosticFormatter.format(diagnostics, as: format)
        }
    }
}
