import KohoDiagnostics

/// Reads one entry file into a typed entry: decode, split, read YAML, read fields.
struct EntryParser: Sendable {
    let fileSystem: any SiteFileSystem
    let dates: DateResolver

    /// The entry in the file at `path` (`nil` when it cannot be used), every problem found in it, and the text
    /// of the line its slug comes from (for a later duplicate-slug error).
    func parse<Entry: ContentEntry>(
        _ path: String, as _: Entry.Type
    ) -> (entry: Entry?, diagnostics: [Diagnostic], slugLine: String?) {
        let kind = Entry.kind
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        let format = EntryFormat(pathExtension: String(fileName.split(separator: ".").last ?? "")) ?? .markdown
        let document: SourceDocument
        do {
            let bytes = try fileSystem.read(path)
            document = try SourceDocument.read(
                path: path, bytes: bytes, format: format,
                describedAs: .words(format == .markdown ? .wordSourceFrontMatter : .wordSourceWholeFile),
                requiredField: kind.requiredField)
        } catch let diagnostic as Diagnostic {
            return (nil, [diagnostic], nil)
        } catch {
            return (nil, [SiteFileError.diagnostic(path: path, error: error)], nil)
        }
        var fields = document.fields(dates: dates)
        let slug = fields.slug(fileSlug: stem)
        let draft = fields.bool("draft") ?? false
        let furigana = fields.locatedBool("furigana")
        let file = EntryFile(
            path: path, slug: slug ?? Located(stem, at: SourceLocation(path: path, line: 1, column: 1)),
            body: document.frontMatter.body, bodyStartLine: document.frontMatter.bodyStartLine, draft: draft,
            furigana: furigana, params: [])
        var entry = Entry.read(&fields, file: file)
        entry?.file.params = fields.unknownFields(keep: true)
        let slugLine = slug.flatMap { SourceText.line($0.location.line, of: document.text) }
        return (slug == nil ? nil : entry, fields.diagnostics, slugLine)
    }
}
