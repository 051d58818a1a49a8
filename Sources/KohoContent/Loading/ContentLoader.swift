public import Foundation
public import KohoDiagnostics

/// Loads a site's files into typed, validated entries: `site.yml` and everything under `content/`.
///
/// Every file is read and checked even after an error elsewhere, so one run reports every problem of the
/// site. References between entries (a staff member's department, a post's author) are the site stage's job.
public struct ContentLoader: Sendable {
    /// Where the site's files are read from.
    public let fileSystem: any SiteFileSystem
    /// Drafts and base-URL choices.
    public let options: ContentOptions

    /// A loader for the site in `fileSystem`.
    public init(fileSystem: any SiteFileSystem, options: ContentOptions = .init()) {
        self.fileSystem = fileSystem
        self.options = options
    }

    /// Reads site.yml and content/. Returns what could be loaded plus every diagnostic (errors and warnings).
    ///
    /// `content` is `nil` only when site.yml is missing or lacks a usable `title` or base URL. Otherwise it
    /// holds every entry that has its required fields and a valid, unique slug, sorted by path; drafts are
    /// left out unless ``ContentOptions/includeDrafts``. Diagnostics are sorted by path, line and column.
    public func load() -> (content: LoadedContent?, diagnostics: [Diagnostic]) {
        var cache = ContentCache()
        return load(cache: &cache)
    }

    /// ``load()``, reading only what `cache` does not hold (what was forgotten since the last load), and
    /// leaving what it read in the cache.
    public func load(cache: inout ContentCache) -> (content: LoadedContent?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let settings = cache.settings ?? loadSite()
        cache.settings = settings
        bag.append(contentsOf: settings.diagnostics)
        let listing = listing(cache)
        cache.listing = listing
        cache.forgotten = []
        bag.append(contentsOf: listing.warnings)
        let files = TranslationFiles(listing.entries, languages: settings.config?.languages ?? [])
        bag.append(contentsOf: files.diagnostics)
        let parsed = parse(files.entries, dates: settings.dates, cache: &cache)
        var included: [(entry: AnyEntry, slugLine: String?)] = []
        for result in parsed {
            bag.append(contentsOf: result.diagnostics)
            if let entry = result.entry, options.includeDrafts || !entry.file.draft {
                included.append((entry, result.slugLine))
            }
        }
        let unique = SlugChecker.removingDuplicates(included, into: &bag)
        guard let site = settings.config else { return (nil, bag.sorted) }
        var content = LoadedContent(site: site)
        content.translations = translations(files.translations, dates: settings.dates, into: &bag)
        for entry in unique {
            switch entry {
            case .staff(let e): content.staff.append(e)
            case .department(let e): content.departments.append(e)
            case .post(let e): content.posts.append(e)
            case .page(let e): content.pages.append(e)
            }
        }
        return (content, bag.sorted)
    }

    /// Every translation, read over its entry's file and checked (in parallel), by language and then by the
    /// path of the entry's file. Translations are read at every load: each depends on two files.
    private func translations(
        _ files: [TranslationFiles.Translation], dates: DateResolver, into bag: inout DiagnosticBag
    ) -> [String: [String: AnyEntry]] {
        let parser = EntryParser(fileSystem: fileSystem, dates: dates)
        let read = files.parallelMap { file -> (AnyEntry?, [Diagnostic]) in
            switch file.kind {
            case .staff:
                let (e, d) = parser.parseTranslation(file.path, of: file.original, into: file.language, as: StaffEntry.self)
                return (e.map(AnyEntry.staff), d)
            case .department:
                let (e, d) = parser.parseTranslation(
                    file.path, of: file.original, into: file.language, as: DepartmentEntry.self)
                return (e.map(AnyEntry.department), d)
            case .post:
                let (e, d) = parser.parseTranslation(file.path, of: file.original, into: file.language, as: PostEntry.self)
                return (e.map(AnyEntry.post), d)
            case .page:
                let (e, d) = parser.parseTranslation(file.path, of: file.original, into: file.language, as: PageEntry.self)
                return (e.map(AnyEntry.page), d)
            }
        }
        var byLanguage: [String: [String: AnyEntry]] = [:]
        for (file, (entry, diagnostics)) in zip(files, read) {
            bag.append(contentsOf: diagnostics)
            // A draft translation is left out like a draft entry: the entry is then untranslated.
            guard let entry, options.includeDrafts || !entry.file.draft else { continue }
            byLanguage[file.language, default: [:]][file.original] = entry
        }
        return byLanguage
    }

    /// Every entry file, read and checked (in parallel) unless the cache holds it; the cache then holds all
    /// of them and nothing else.
    private func parse(
        _ files: [EntryPath], dates: DateResolver, cache: inout ContentCache
    ) -> [ParsedEntryFile] {
        let missing = files.filter { cache.parsed[$0.path] == nil }
        let parser = EntryParser(fileSystem: fileSystem, dates: dates)
        let read = missing.parallelMap { file in Self.parse(file, with: parser) }
        var parsed: [String: ParsedEntryFile] = [:]
        parsed.reserveCapacity(files.count)
        for (file, result) in zip(missing, read) { parsed[file.path] = result }
        let all = files.map { file in
            let result = parsed[file.path] ?? cache.parsed[file.path] ?? ParsedEntryFile(diagnostics: [])
            parsed[file.path] = result
            return result
        }
        // Files gone from the listing leave the cache too.
        cache.parsed = parsed
        return all
    }

    // MARK: - site.yml

    /// Reads site.yml alone (for `koho new`, which needs the site's time zone): the settings, the time zone
    /// dates are read in, and every problem found.
    public func loadSettings() -> (config: SiteConfig?, timeZone: TimeZone, diagnostics: [Diagnostic]) {
        let (config, dates, diagnostics) = loadSite()
        return (config, dates.timeZone, diagnostics)
    }

    private func loadSite() -> (config: SiteConfig?, dates: DateResolver, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let (config, dates) = loadSite(into: &bag)
        return (config, dates, bag.sorted)
    }

    private func loadSite(into bag: inout DiagnosticBag) -> (SiteConfig?, DateResolver) {
        let path = "site.yml"
        let utc = DateResolver(timeZone: .gmt)
        guard fileSystem.exists(path) else {
            let hint = Message(fileSystem.exists("site.yaml") ? .fileSiteYAMLMisnamedHint : .fileSiteYAMLMissingHint)
            bag.append(Diagnostic(at: nil, Message(.fileSiteYAMLMissing), hint: hint))
            return (nil, utc)
        }
        let document: SourceDocument
        do {
            document = try SourceDocument.read(
                path: path, bytes: try fileSystem.read(path), format: .yaml, describedAs: "site.yml",
                requiredField: "title")
        } catch let diagnostic as Diagnostic {
            bag.append(diagnostic)
            return (nil, utc)
        } catch {
            bag.append(SiteFileError.diagnostic(path: path, error: error))
            return (nil, utc)
        }
        var fields = document.fields(dates: utc)
        var (config, zone) = SiteConfig.read(&fields, baseURLOverride: options.baseURLOverride)
        bag.append(contentsOf: fields.diagnostics)
        for language in config?.languages.dropFirst() ?? [] {
            let path = SiteSettingsFiles.words(of: language)
            guard fileSystem.exists(path) else { continue }
            do {
                let words = try SourceDocument.read(
                    path: path, bytes: try fileSystem.read(path), format: .yaml, describedAs: .text(path),
                    requiredField: "title")
                var fields = words.fields(dates: DateResolver(timeZone: zone))
                config?.localized[language] = SiteConfig.readLocalized(&fields)
                bag.append(contentsOf: fields.diagnostics)
            } catch let diagnostic as Diagnostic {
                bag.append(diagnostic)
            } catch {
                bag.append(SiteFileError.diagnostic(path: path, error: error))
            }
        }
        return (config, DateResolver(timeZone: zone))
    }

    // MARK: - Finding files

    /// A file to read as an entry of a kind.
    struct EntryPath: Sendable {
        var path: String
        var kind: ContentKind
    }

    /// The cache's listing when no path forgotten since it was made added or removed a file: each is a file
    /// it lists that is still there (a file changed), or neither listed nor there now, nor a folder (an
    /// editor's temporary file that came and went). A new listing otherwise.
    private func listing(_ cache: ContentCache) -> ContentListing {
        let stillListed = { (listing: ContentListing, path: String) in
            listing.files.contains(path) ? fileSystem.exists(path) : cameAndWent(path, listing)
        }
        if let listing = cache.listing, cache.forgotten.allSatisfy({ stillListed(listing, $0) }) { return listing }
        var bag = DiagnosticBag()
        let (entries, files) = discoverFiles(into: &bag)
        return ContentListing(entries: entries, files: files, warnings: bag.sorted)
    }

    /// True when nothing is at `path` now and nothing was when `listing` was made (an editor's temporary
    /// file), or the path is outside content/.
    func cameAndWent(_ path: String, _ listing: ContentListing) -> Bool {
        guard path.hasPrefix("content/") else { return true }
        let inside = path + "/"
        return !listing.files.contains(path) && !fileSystem.exists(path) && fileSystem.listFiles(under: path).isEmpty
            && !listing.files.contains(where: { $0.hasPrefix(inside) })
    }

    /// The entry files of every kind, sorted by path, and every file under content/; files Koho will not
    /// read are warned about.
    private func discoverFiles(into bag: inout DiagnosticBag) -> (entries: [EntryPath], files: Set<String>) {
        var found: [EntryPath] = []
        for kind in ContentKind.allCases {
            for path in fileSystem.listFiles(under: kind.folder) {
                let inside = path.dropFirst(kind.folder.count + 1).split(separator: "/")
                // Hidden files and folders (.DS_Store, .git, editor backups) are not content.
                if inside.contains(where: { $0.hasPrefix(".") }) { continue }
                let named: [String: Message.Argument] = ["path": .text(path), "kind": .words(kind.entriesWords)]
                guard kind.allowsSubfolders || inside.count == 1 else {
                    let words = Message(.fileIgnoredInSubfolder, named.merging(["folder": .text(kind.folder)]) { $1 })
                    bag.append(ignored(path, words))
                    continue
                }
                let ext = inside.last?.split(separator: ".").dropFirst().last.map(String.init) ?? ""
                guard let format = EntryFormat(pathExtension: ext), kind.formats.contains(format) else {
                    let allowed: MessageKey =
                        kind.formats.contains(.yaml) ? .fileIgnoredNotMarkdownOrYAML : .fileIgnoredNotMarkdown
                    bag.append(ignored(path, Message(allowed, named)))
                    continue
                }
                found.append(EntryPath(path: path, kind: kind))
            }
        }
        let files = fileSystem.listFiles(under: "content")
        warnAboutUnknownFolders(files, into: &bag)
        return (found.sorted { $0.path < $1.path }, Set(files))
    }

    private func ignored(_ path: String, _ words: Message) -> Diagnostic {
        Diagnostic(
            .warning, at: SourceLocation(path: path, line: 1, column: 1), words, hint: Message(.fileIgnoredHint))
    }

    /// One warning per file or folder in content/ that is none of the four kinds (`content/post/`).
    private func warnAboutUnknownFolders(_ files: [String], into bag: inout DiagnosticBag) {
        let known = ContentKind.allCases.map { String($0.folder.dropFirst("content/".count)) }
        var seen: Set<String> = []
        for path in files {
            guard let top = path.dropFirst("content/".count).split(separator: "/").first.map(String.init),
                !top.hasPrefix("."), !known.contains(top), seen.insert(top).inserted
            else { continue }
            bag.append(
                Diagnostic(
                    .warning, at: nil, Message(.fileUnknownContentFolder, ["folder": .text("content/" + top)]),
                    hint: NameSuggester.didYouMean(top, in: known)))
        }
    }

    // MARK: - Parsing

    static func parse(_ file: EntryPath, with parser: EntryParser) -> ParsedEntryFile {
        switch file.kind {
        case .staff:
            let (e, d, l) = parser.parse(file.path, as: StaffEntry.self)
            return ParsedEntryFile(entry: e.map(AnyEntry.staff), diagnostics: d, slugLine: l)
        case .department:
            let (e, d, l) = parser.parse(file.path, as: DepartmentEntry.self)
            return ParsedEntryFile(entry: e.map(AnyEntry.department), diagnostics: d, slugLine: l)
        case .post:
            let (e, d, l) = parser.parse(file.path, as: PostEntry.self)
            return ParsedEntryFile(entry: e.map(AnyEntry.post), diagnostics: d, slugLine: l)
        case .page:
            let (e, d, l) = parser.parse(file.path, as: PageEntry.self)
            return ParsedEntryFile(entry: e.map(AnyEntry.page), diagnostics: d, slugLine: l)
        }
    }
}

/// An entry of any kind, so files of all kinds can be loaded in one parallel pass.
enum AnyEntry: Sendable {
    case staff(StaffEntry)
    case department(DepartmentEntry)
    case post(PostEntry)
    case page(PageEntry)

    var kind: ContentKind {
        switch self {
        case .staff: return .staff
        case .department: return .department
        case .post: return .post
        case .page: return .page
        }
    }

    var file: EntryFile {
        switch self {
        case .staff(let e): return e.file
        case .department(let e): return e.file
        case .post(let e): return e.file
        case .page(let e): return e.file
        }
    }
}
