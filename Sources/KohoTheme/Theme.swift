public import KohoContent
public import KohoDiagnostics
import KohoCards
import KohoDefaultTheme
import KohoSite
public import KohoTemplates

/// A theme ready to render with: its templates (the site's own `layouts/` merged over the theme's, file by
/// file), its interface strings in the site's language, and its assets.
public struct Theme: Sendable {
    /// Every template, by name (`staff.html`, `partials/share.html`).
    public var templates: [TemplateSource]
    /// The interface strings of the site's language, flattened (`nav.home`): the site's own `i18n/` over the
    /// theme's, over the built-in theme's.
    public var translations: [String: String]
    /// The theme's file of interface strings, for error messages.
    public var translationsPath: String
    /// What Koho itself writes (list titles, feed descriptions, service names): the theme's `labels.*`
    /// strings over the built-in theme's for the same language, over English.
    public var labels: Labels
    /// Files to copy into the output's `assets/` folder: output path → bytes.
    public var assets: [(path: String, bytes: [UInt8])]
    /// The lists the theme's layouts split into pages, and their page sizes (`theme.yml`'s `paginate`), for
    /// the layouts the site did not replace with its own.
    public var pageSizes = PageSizes()
    /// Whether pages get a share card (`theme.yml`'s `cards`, true unless a theme says `false`): its
    /// templates are `cards/<kind>.svg` among ``templates``.
    public var drawsCards = true

    /// The filters a theme's templates may use besides the built-in ones: `fit`, which sets a card's text.
    public static var filters: [String: TemplateFilter] { [FitFilter.name: FitFilter.filter] }
}

/// Finds and reads a site's theme: `themes/<name>/` in the site when present, else the built-in `default`.
public struct ThemeLoader: Sendable {
    public let fileSystem: any SiteFileSystem

    public init(fileSystem: any SiteFileSystem) {
        self.fileSystem = fileSystem
    }

    /// The layouts every theme must have: one per page kind.
    public static var requiredLayouts: [String] { PageKind.requiredLayouts }

    /// Loads theme `name` for a site in `language`; all problems are reported together.
    public func load(name: String, language: String) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let files = themeFiles(name: name, diagnostics: &bag)
        guard let files else {
            bag.append(
                Diagnostic(
                    at: SourceLocation(path: "site.yml", line: 1, column: 1),
                    Message(.themeNotFound, ["name": .code(name)]),
                    hint: Message(.themeNotFoundHint, ["folder": .text(name)])))
            return (nil, bag.sorted)
        }

        // Layouts: the theme's, then the site's own `layouts/` file by file.
        var sources: [String: TemplateSource] = [:]
        for (path, text) in files.text where path.hasPrefix("layouts/") {
            let name = String(path.dropFirst("layouts/".count))
            sources[name] = TemplateSource(name: name, path: files.displayPrefix + path, text: text)
        }
        // Share cards: the theme's `cards/` over the built-in theme's, file by file, so a theme draws its own
        // cards or keeps the default ones.
        for file in DefaultTheme.files where file.path.hasPrefix("cards/") {
            sources[file.path] = TemplateSource(name: file.path, path: "themes/default/" + file.path, text: file.contents)
        }
        for (path, text) in files.text where path.hasPrefix("cards/") {
            sources[path] = TemplateSource(name: path, path: files.displayPrefix + path, text: text)
        }
        var replaced = Set<String>()
        for path in fileSystem.listFiles(under: "layouts") {
            guard let text = readText(path, diagnostics: &bag) else { continue }
            let name = String(path.dropFirst("layouts/".count))
            sources[name] = TemplateSource(name: name, path: path, text: text)
            replaced.insert(name)
        }
        for layout in Self.requiredLayouts where sources[layout] == nil {
            bag.append(
                Diagnostic(
                    at: nil, Message(.themeLayoutMissing, ["name": .code(name), "layout": .code(layout)]),
                    hint: Message(
                        .themeLayoutMissingHint,
                        [
                            "themePath": .text("\(files.displayPrefix)layouts/\(layout)"),
                            "sitePath": .text("layouts/\(layout)"),
                        ])))
        }

        // Interface strings: the theme's for the exact language (`ja-JP`), else its primary subtag (`ja`), else
        // English; under them the built-in theme's, so a theme with some keys is not broken by the others;
        // over them the site's own `i18n/`, key by key, so a site changes a word without a theme of its own.
        let primary = String(language.split(separator: "-").first ?? Substring(language))
        let candidates = [language, primary, "en"]
        var themeStrings: InterfaceStrings?
        var translationsPath = files.displayPrefix + "i18n/\(language).yml"
        if let found = candidates.lazy.map({ "i18n/\($0).yml" }).first(where: { files.text[$0] != nil }),
            let text = files.text[found]
        {
            translationsPath = files.displayPrefix + found
            themeStrings = InterfaceStrings.read(text, path: translationsPath, diagnostics: &bag)
        }
        // A theme with interface strings, but none for the site's language: its pages would speak another
        // language than their `<html lang>` says. (A theme without i18n/ writes its words in its layouts.)
        let has = files.text.keys.filter { $0.hasPrefix("i18n/") && $0.hasSuffix(".yml") }
            .map { String($0.dropFirst("i18n/".count).dropLast(".yml".count)) }.sorted()
        let inAnotherLanguage =
            !has.isEmpty && !candidates.prefix(2).contains(where: { files.text["i18n/\($0).yml"] != nil })
        if inAnotherLanguage {
            let words: [String: Message.Argument] = ["name": .code(name), "language": .code(language)]
            let ownWords = themeStrings?.strings.isEmpty ?? true
            bag.append(
                Diagnostic(
                    .warning, at: SourceLocation(path: "site.yml", line: 1, column: 1),
                    Message(ownWords ? .themeStringsMissingOwnWords : .themeStringsMissing, words),
                    hint: Message(
                        .themeStringsMissingHint,
                        [
                            "path": .text("\(files.displayPrefix)i18n/\(primary).yml"),
                            "languages": .list(has.map { .text($0) }),
                        ])))
        }
        let builtIn = builtInStrings(candidates: candidates)
        let siteStrings = siteStrings(languages: primary == language ? [language] : [primary, language], &bag)
        var translations = builtIn.merging(themeStrings?.strings ?? [:]) { _, theme in theme }
        for file in siteStrings {
            translations.merge(file.strings) { _, site in site }
        }

        // The theme's settings describe its own layouts: a list whose layout the site replaced is split into
        // pages only when site.yml asks (the site's layout may not show `page.paginator`).
        var pageSizes = PageSizes()
        var drawsCards = true
        if let settings = files.settings {
            let (config, diagnostics) = ThemeConfig.read(
                path: files.displayPrefix + ThemeConfig.fileName, bytes: settings)
            bag.append(contentsOf: diagnostics)
            pageSizes = config.pageSizes.removing(
                PagedList.allCases.filter { replaced.contains(PageKind($0).layout) })
            drawsCards = config.cards
        }

        let assets = files.assets.sorted { $0.path < $1.path }
        var theme = Theme(
            templates: sources.values.sorted { $0.name < $1.name }, translations: translations,
            translationsPath: translationsPath,
            labels: Labels(strings: translations.filter { $0.key.hasPrefix(Labels.prefix) }),
            assets: assets)
        theme.pageSizes = pageSizes
        theme.drawsCards = drawsCards
        // Parsed here, with the content, so a template's mistakes are reported with the content's; the
        // renderer parses them again with the site's values bound, which then cannot fail.
        do {
            let library = try TemplateLibrary(
                sources: theme.templates,
                environment: TemplateEnvironment(
                    language: language, translations: translations, translationsPath: translationsPath,
                    filters: Theme.filters))
            // Only the keys the layouts name are the theme's to have: another theme's layouts use other words.
            let lent = library.translationKeys.filter { key in
                themeStrings?.strings[key] == nil && builtIn[key] != nil
                    && !siteStrings.contains { $0.strings[key] != nil }
            }
            if !lent.isEmpty, !inAnotherLanguage {
                bag.append(
                    Diagnostic(
                        .warning, at: themeStrings.map { SourceLocation(path: $0.path, line: 1, column: 1) },
                        Message(
                            .themeStringsFallback,
                            ["name": .code(name), "language": .code(language), "keys": .list(lent.map { .code($0) })]),
                        hint: Message(
                            .themeStringsFallbackHint,
                            ["path": .text(translationsPath), "sitePath": .text("i18n/\(primary).yml")])))
            }
            let known = Set(builtIn.keys).union(themeStrings.map { Array($0.strings.keys) } ?? [])
                .union(library.translationKeys)
            for file in siteStrings {
                for key in file.strings.keys.sorted() where !known.contains(key) {
                    bag.append(
                        Diagnostic(
                            .warning, path: file.path,
                            position: file.positions[key] ?? SourcePosition(line: 1, column: 1), in: file.text,
                            Message(.themeStringUnknown, ["key": .code(key)]),
                            hint: NameSuggester.didYouMean(key, in: known)
                                ?? Message(.themeStringUnknownHint, ["path": .text(translationsPath)])))
                }
            }
        } catch {
            bag.append(contentsOf: error.diagnostics)
        }
        return (bag.hasErrors ? nil : theme, bag.sorted)
    }

    // MARK: - Files

    private struct ThemeFiles {
        /// Path prefix for messages: `themes/default/`.
        var displayPrefix: String
        /// Text files relative to the theme folder (`layouts/…`, `i18n/…`).
        var text: [String: String]
        /// Assets by output path (`assets/koho.css`).
        var assets: [(path: String, bytes: [UInt8])]
        /// `theme.yml`, when the theme has one.
        var settings: [UInt8]?
    }

    /// The theme's files; one that cannot be read (a link out of the site, a pipe) is reported, not skipped.
    private func themeFiles(name: String, diagnostics: inout DiagnosticBag) -> ThemeFiles? {
        let folder = "themes/\(name)"
        let onDisk = fileSystem.listFiles(under: folder)
        if !onDisk.isEmpty {
            var text: [String: String] = [:]
            var assets: [(String, [UInt8])] = []
            var settings: [UInt8]?
            for path in onDisk {
                let relative = String(path.dropFirst(folder.count + 1))
                if relative == ThemeConfig.fileName {
                    do {
                        settings = try fileSystem.read(path)
                    } catch {
                        diagnostics.append(SiteFileError.diagnostic(path: path, error: error))
                    }
                } else if relative.hasPrefix("assets/") {
                    do {
                        assets.append((relative, try fileSystem.read(path)))
                    } catch {
                        diagnostics.append(SiteFileError.diagnostic(path: path, error: error))
                    }
                } else if relative.hasPrefix("layouts/") || relative.hasPrefix("i18n/") || relative.hasPrefix("cards/") {
                    if let decoded = readText(path, diagnostics: &diagnostics) { text[relative] = decoded }
                }
            }
            return ThemeFiles(displayPrefix: folder + "/", text: text, assets: assets, settings: settings)
        }
        guard name == "default" else { return nil }
        var text: [String: String] = [:]
        var assets: [(String, [UInt8])] = []
        var settings: [UInt8]?
        for file in DefaultTheme.files {
            if file.path == ThemeConfig.fileName {
                settings = file.bytes
            } else if file.path.hasPrefix("assets/") {
                assets.append((file.path, file.bytes))
            } else {
                text[file.path] = file.contents
            }
        }
        return ThemeFiles(displayPrefix: "themes/default/", text: text, assets: assets, settings: settings)
    }

    private func readText(_ path: String, diagnostics: inout DiagnosticBag) -> String? {
        do {
            return try SourceDecoder.decode(try fileSystem.read(path), path: path)
        } catch let error as Diagnostic {
            diagnostics.append(error)
        } catch {
            diagnostics.append(SiteFileError.diagnostic(path: path, error: error))
        }
        return nil
    }

    /// The built-in theme's interface strings: English, then the language's own over them.
    private func builtInStrings(candidates: [String]) -> [String: String] {
        var strings: [String: String] = [:]
        for language in candidates.reversed() {
            let path = "i18n/\(language).yml"
            guard let file = DefaultTheme.files.first(where: { $0.path == path }) else { continue }
            var ignored = DiagnosticBag()
            strings.merge(
                InterfaceStrings.read(file.contents, path: "themes/default/" + path, diagnostics: &ignored).strings
            ) { _, language in language }
        }
        return strings
    }

    /// The site's own `i18n/<language>.yml` files that exist, the exact language last (it wins).
    private func siteStrings(languages: [String], _ diagnostics: inout DiagnosticBag) -> [InterfaceStrings] {
        languages.compactMap { language in
            let path = "i18n/\(language).yml"
            guard fileSystem.exists(path), let text = readText(path, diagnostics: &diagnostics) else { return nil }
            return InterfaceStrings.read(text, path: path, diagnostics: &diagnostics)
        }
    }
}
