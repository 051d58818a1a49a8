import KohoDiagnostics

/// Tells translations (`sato.en.md`: the entry in `sato.md` or `sato.yml`, in English) from entries among the
/// entry files, for a site of `languages`.
///
/// A file is a translation when the last dot-separated part of its name before the extension is one of the
/// site's further languages. A part that is some other language's code (`sato.fr.md` on a `[ja, en]` site)
/// is an error, so a translation is never published by mistake as an entry of its own; any other part
/// (`v1.2-release.md`) is part of an ordinary name.
struct TranslationFiles {
    /// A translation file and the entry file it translates.
    struct Translation: Sendable {
        var path: String
        /// The entry's own file, beside it (`content/staff/sato.md`).
        var original: String
        var language: String
        var kind: ContentKind
    }

    /// The entry files that are not translations, in the order given.
    private(set) var entries: [ContentLoader.EntryPath] = []
    /// The translations whose entry file exists, in the order given.
    private(set) var translations: [Translation] = []
    /// Translations of no entry, into a language the site does not have, or written twice.
    private(set) var diagnostics: [Diagnostic] = []

    init(_ files: [ContentLoader.EntryPath], languages: [String]) {
        let further = Set(languages.dropFirst())
        var candidates: [(file: ContentLoader.EntryPath, stem: String, language: String)] = []
        for file in files {
            guard let (stem, suffix) = Self.languageSuffix(of: file.path) else {
                entries.append(file)
                continue
            }
            if further.contains(suffix) {
                candidates.append((file, stem, suffix))
            } else if !languages.contains(suffix), LanguageTagRule.problem(with: suffix) == nil {
                diagnostics.append(
                    Self.error(
                        file.path,
                        Message(.languageTranslationUnlisted, ["path": .text(file.path), "language": .text(suffix)]),
                        hint: Message(
                            .languageTranslationUnlistedHint,
                            ["language": .text(suffix), "languages": .list(languages.map { .code($0) })])))
            } else {
                entries.append(file)
            }
        }
        // The entry files by folder and name without extension (`content/staff/sato`).
        var originals: [String: String] = [:]
        for file in entries {
            let key = Self.folderAndStem(file.path)
            if originals[key] == nil { originals[key] = file.path }
        }
        var seen: [String: String] = [:]
        for (file, stem, language) in candidates {
            let folder = String(file.path[..<(file.path.lastIndex(of: "/") ?? file.path.startIndex)])
            guard let original = originals[folder + "/" + stem] else {
                diagnostics.append(
                    Self.error(
                        file.path,
                        Message(
                            .languageTranslationOrphan,
                            ["path": .text(file.path), "stem": .text(stem), "folder": .text(folder)]),
                        hint: Message(.languageTranslationOrphanHint, ["stem": .text(stem), "language": .text(language)])))
                continue
            }
            let key = original + "\u{0}" + language
            if let other = seen[key] {
                diagnostics.append(
                    Self.error(
                        file.path,
                        Message(
                            .languageTranslationTwice,
                            [
                                "path": .text(file.path), "stem": .text(stem), "language": .text(language),
                                "other": .text(other),
                            ]),
                        hint: Message(.languageTranslationTwiceHint)))
                continue
            }
            seen[key] = file.path
            translations.append(Translation(path: file.path, original: original, language: language, kind: file.kind))
        }
    }

    /// The name without its language and extension and the language part, when the name has one that
    /// looks like a language tag (`content/staff/sato.en.md` → `sato`, `en`).
    static func languageSuffix(of path: String) -> (stem: String, language: String)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3 else { return nil }
        parts.removeLast()
        let suffix = parts.removeLast()
        let stem = parts.joined(separator: ".")
        guard !stem.isEmpty, LanguageTagRule.isWellFormed(suffix) else { return nil }
        return (stem, suffix)
    }

    /// `content/staff/sato.md` → `content/staff/sato`.
    private static func folderAndStem(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), let slash = path.lastIndex(of: "/"), dot > slash else { return path }
        return String(path[..<dot])
    }

    private static func error(_ path: String, _ message: Message, hint: Message) -> Diagnostic {
        Diagnostic(at: SourceLocation(path: path, line: 1, column: 1), message, hint: hint)
    }
}
