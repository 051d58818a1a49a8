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
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        let document: SourceDocument
        switch read(path, as: Entry.self) {
        case .success(let read): document = read
        case .failure(let diagnostic): return (nil, [diagnostic], nil)
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

    /// The file at `path`, cut at its front matter and its YAML read, or the diagnostic that stops it.
    private func read<Entry: ContentEntry>(_ path: String, as _: Entry.Type) -> Result<SourceDocument, Diagnostic> {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let format = EntryFormat(pathExtension: String(fileName.split(separator: ".").last ?? "")) ?? .markdown
        do {
            let bytes = try fileSystem.read(path)
            return .success(
                try SourceDocument.read(
                    path: path, bytes: bytes, format: format,
                    describedAs: .words(format == .markdown ? .wordSourceFrontMatter : .wordSourceWholeFile),
                    requiredField: Entry.kind.requiredField))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(SiteFileError.diagnostic(path: path, error: error))
        }
    }

    /// The translation at `path` (`sato.en.md`) of the entry in the file at `original` (`sato.md`) into
    /// `language`: the entry as the translation's fields override its own, field by field, and with the
    /// translation's body when it has one. Only the problems found in the translation's own file are
    /// returned: its entry's are reported by the entry's own reading. Nil when either cannot be read.
    func parseTranslation<Entry: ContentEntry>(
        _ path: String, of original: String, into language: String, as _: Entry.Type
    ) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        let translation: SourceDocument, base: SourceDocument
        switch (read(path, as: Entry.self), read(original, as: Entry.self)) {
        case (.failure(let diagnostic), _): return (nil, [diagnostic])
        case (_, .failure): return (nil, [])
        case (.success(let t), .success(let b)): (translation, base) = (t, b)
        }
        var fields = translation.fields(dates: dates)
        var diagnostics: [Diagnostic] = []
        // A translation is the same entry: its page is the entry's own under `/<language>/`.
        if let written = fields.keyPosition("slug") {
            diagnostics.append(
                Diagnostic(
                    .error, path: path, position: written, in: translation.text, Message(.languageTranslationSlug),
                    hint: Message(.languageTranslationSlugHint, ["language": .text(language)])))
        }
        fields = translation.fields(dates: dates, without: ["slug"])
        fields.inherit(base.pairs, path: original, text: base.text)
        let baseName = original.split(separator: "/").last.map(String.init) ?? original
        let stem = baseName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        let slug = fields.slug(fileSlug: stem)
        let draft = fields.bool("draft") ?? false
        let furigana = fields.locatedBool("furigana")
        let ownBody = !translation.frontMatter.body.allSatisfy(\.isWhitespace)
        let body = ownBody ? translation.frontMatter : base.frontMatter
        let file = EntryFile(
            path: ownBody ? path : original, slug: slug ?? Located(stem, at: SourceLocation(path: original, line: 1, column: 1)),
            body: body.body, bodyStartLine: body.bodyStartLine, draft: draft, furigana: furigana, params: [],
            language: language)
        var entry = Entry.read(&fields, file: file)
        entry?.file.params = fields.unknownFields(keep: true)
        diagnostics += fields.diagnostics.filter { $0.location?.path != original }
        let failed = diagnostics.contains { $0.severity == .error }
        return (slug == nil || failed ? nil : entry, diagnostics)
    }
}
