import KohoContent
import KohoDiagnostics

/// A minimal valid site.yml, for tests about entries.
let minimalSite = """
    title: 仙北市役所
    base_url: https://example.jp/
    timezone: Asia/Tokyo

    """

/// Loads `files` (with a minimal site.yml unless one is given) from memory.
func load(
    _ files: [String: String], options: ContentOptions = .init()
) -> (content: LoadedContent?, diagnostics: [Diagnostic]) {
    var files = files
    if files["site.yml"] == nil { files["site.yml"] = minimalSite }
    return ContentLoader(fileSystem: MemoryFileSystem(files), options: options).load()
}

/// Diagnostics as `path:line:column: severity: message` lines, the form people see.
func describe(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map(\.description)
}

/// The diagnostics of loading `files`, described.
func messages(_ files: [String: String], options: ContentOptions = .init()) -> [String] {
    describe(load(files, options: options).diagnostics)
}
