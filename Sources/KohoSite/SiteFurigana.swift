import KohoContent
import KohoDiagnostics
import KohoFurigana

/// Which bodies get furigana, and what reads them: site.yml's `furigana` for every entry, an entry's own
/// `furigana` over it; staff members' names read as their `reading` says.
struct SiteFurigana {
    /// site.yml's choice for entries that do not make their own.
    let siteDefault: Bool
    /// What reads the kanji; nil when no body has furigana (or they cannot be made, which is an error).
    let annotator: FuriganaAnnotator?
    /// The staff names and readings the annotator knows, `name` `\t` `reading`: a body's furigana change
    /// when they do.
    let names: [String]

    /// The furigana of the site whose settings are `config` and entries `entries`; when some entry wants
    /// furigana and MeCab's dictionary is missing, an error at the first `furigana: true` (site.yml's first).
    init(_ config: SiteConfig, _ entries: OrderedEntries, diagnostics: inout DiagnosticBag) {
        siteDefault = config.furigana?.value ?? false
        let files = entries.staff.map(\.file) + entries.departments.map(\.file) + entries.posts.map(\.file)
            + entries.pages.map(\.file)
        let asking = siteDefault ? config.furigana : files.lazy.compactMap(\.furigana).first(where: \.value)
        guard let asking else {
            annotator = nil
            names = []
            return
        }
        let pairs = entries.staff.compactMap { staff in staff.reading.map { (name: staff.name, reading: $0) } }
        names = pairs.map { "\($0.name)\t\($0.reading)" }
        do {
            annotator = try FuriganaAnnotator(names: pairs)
        } catch {
            annotator = nil
            diagnostics.append(
                Diagnostic(
                    at: asking.location, Message(.markdownFuriganaUnavailable),
                    hint: Message(.markdownFuriganaUnavailableHint)))
        }
    }

    /// Whether the body of `file` gets furigana.
    func isOn(for file: EntryFile) -> Bool {
        annotator != nil && (file.furigana?.value ?? siteDefault)
    }
}
