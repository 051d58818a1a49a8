public import KohoDiagnostics

/// What a ``ContentLoader`` read, kept between loads by a long-running process (`koho serve`) so that after a
/// change only the changed files are read again.
///
/// The cache trusts whoever tells it what changed (``forget(_:)``): a file changed behind its back keeps its
/// old entry. site.yml is part of every entry (dates are read in its time zone), so forgetting it forgets all.
/// A load with a cache gives the same content and diagnostics as a load without one.
public struct ContentCache: Sendable {
    /// site.yml's settings, the resolver of the entries' dates, and its problems.
    var settings: (config: SiteConfig?, dates: DateResolver, diagnostics: [Diagnostic])?
    /// The entry files found and the warnings about files that are not entries.
    var listing: ContentListing?
    /// Each entry file read and checked, by path.
    var parsed: [String: ParsedEntryFile] = [:]
    /// Paths forgotten since the last load: the listing holds only if each is still a file it lists.
    var forgotten: Set<String> = []

    /// An empty cache: the first load reads everything.
    public init() {}

    /// Forgets what was read from `paths` (relative to the site: `content/staff/sato.md`, `site.yml`); a
    /// folder's path forgets the listing, so files added, removed or renamed under it are found.
    public mutating func forget(_ paths: some Sequence<String>) {
        for path in paths {
            // A further language's site file (`site.en.yml`) is part of the settings too.
            if SiteSettingsFiles.contains(path) {
                forgetAll()
                return
            }
            parsed[path] = nil
            forgotten.insert(path)
        }
    }

    /// Forgets everything: the next load reads every file.
    public mutating func forgetAll() {
        self = ContentCache()
    }

    /// How many entry files are held, read and checked.
    public var entryCount: Int { parsed.count }
}

/// The files under content/ as a load found them.
struct ContentListing: Sendable {
    /// The entry files of every kind, sorted by path.
    var entries: [ContentLoader.EntryPath]
    /// Every file under content/, entries or not, to tell a changed file from an added or removed one.
    var files: Set<String>
    /// Files and folders Koho will not read.
    var warnings: [Diagnostic]
}

/// One entry file read and checked: the entry (nil when it cannot be used), its problems, and the text of its
/// slug's line for a later duplicate-slug error.
struct ParsedEntryFile: Sendable {
    var entry: AnyEntry?
    var diagnostics: [Diagnostic]
    var slugLine: String?
}

extension ContentLoader {
    /// True when a changed `path` leaves no trace for the cache's last load: nothing is there now and
    /// nothing was then (an editor's temporary file that came and went).
    public func leftNoTrace(_ path: String, cache: ContentCache) -> Bool {
        cache.listing.map { cameAndWent(path, $0) } ?? false
    }

    /// Reads one staff file again into `cache` without loading anything else (`koho serve`'s quick path for
    /// a saved profile): the entry as the cache held it and as the file reads now. Nil — and the cache as it
    /// was, but for the file's new reading — when the cache cannot vouch for the rest: it holds no earlier
    /// load, the path is not a staff file it listed or is gone, or the file had or has a problem to report.
    public func reloadStaff(_ path: String, cache: inout ContentCache) -> (before: StaffEntry, after: StaffEntry)? {
        guard let settings = cache.settings, let listing = cache.listing, cache.forgotten.isEmpty,
            listing.files.contains(path), fileSystem.exists(path),
            let file = listing.entries.first(where: { $0.path == path }), file.kind == .staff,
            let old = cache.parsed[path], case .staff(let before)? = old.entry, old.diagnostics.isEmpty
        else { return nil }
        let new = Self.parse(file, with: EntryParser(fileSystem: fileSystem, dates: settings.dates))
        cache.parsed[path] = new
        guard case .staff(let after)? = new.entry, new.diagnostics.isEmpty else { return nil }
        return (before, after)
    }
}
