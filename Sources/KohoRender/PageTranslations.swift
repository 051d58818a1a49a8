import KohoSite
import KohoTemplates

/// Where each page of a site in several languages is in the others: the same path inside each language's
/// tree (`/staff/sato/` ↔ `/en/staff/sato/`), when that language has the page. Made once, from every
/// language's planned pages, before any is drawn; it gives `page.translations` and `page.alternates`, and
/// the sitemap's alternates.
struct PageTranslations {
    /// One of the site's languages.
    struct Language {
        var code: String
        /// Its name in itself (`English`), for a switcher.
        var name: String
        var routes: SiteRoutes
    }

    /// The site's languages, the main one first.
    let languages: [Language]
    /// Each language's pages, by output path.
    private let pages: [Set<String>]

    /// The translations of the pages `jobs` plans for each of `sites` (the same site in each language, the
    /// main language first).
    init(_ sites: [Site], jobs: [[PageJob]]) {
        languages = sites.map { Language(code: $0.config.language, name: LanguageNames.name(of: $0.config.language), routes: $0.routes) }
        pages = jobs.map { Set($0.map(\.route.outputPath)) }
    }

    /// The page at `route` of language `index` in every language that has it, its own included, in the
    /// order of `languages`.
    func alternates(of route: Route, language index: Int) -> [(language: Language, route: Route)] {
        languages.indices.compactMap { other in
            let translated = languages[index].routes.translated(route, to: languages[other].routes)
            return pages[other].contains(translated.outputPath) ? (languages[other], translated) : nil
        }
    }

    /// Sets `translations` (the other languages' pages) and `alternates` (all of them, this one marked
    /// `current`, the main language's marked `main`) on the `page` of each of `jobs`, the pages of
    /// language `index`.
    func fill(_ jobs: [PageJob], language index: Int) {
        let main = languages.first?.code
        for job in jobs {
            let found = alternates(of: job.route, language: index)
            let current = languages[index].code
            let values = found.map { language, route in
                (language.code == current, TemplateMap([
                    ("language", .string(language.code)), ("name", .string(language.name)),
                    ("url", .string(route.url)), ("permalink", .string(route.permalink)),
                    ("current", .bool(language.code == current)), ("main", .bool(language.code == main)),
                ]))
            }
            job.page["translations"] = .list(values.filter { !$0.0 }.map { .map($0.1) })
            job.page["alternates"] = .list(values.map { .map($0.1) })
            // A switcher's links: each other language's version of this page, else that language's home.
            job.page["language_links"] = .list(
                languages.filter { $0.code != current }.map { language in
                    let route = found.first { $0.language.code == language.code }?.route ?? language.routes.home
                    return .map(
                        TemplateMap([
                            ("language", .string(language.code)), ("name", .string(language.name)),
                            ("url", .string(route.url)),
                            ("translated", .bool(found.contains { $0.language.code == language.code })),
                        ]))
                })
        }
    }
}
