import Foundation
import KohoContent
public import KohoDiagnostics

/// `koho new staff|department|post NAME`: a new entry file with its required fields filled in, the others
/// as comments to fill, and `draft: true` so nothing is published before a person has written it.
public enum EntryScaffold {
    /// The kinds of entry `koho new` makes.
    public enum Kind: String, Sendable, CaseIterable {
        case staff, department, post

        /// Where entries of this kind live, relative to the site.
        var folder: String {
            switch self {
            case .staff: return "content/staff"
            case .department: return "content/departments"
            case .post: return "content/posts"
            }
        }

        /// "staff entries", "departments", "posts", for messages.
        var plural: String {
            switch self {
            case .staff: return "staff entries"
            case .department: return "departments"
            case .post: return "posts"
            }
        }
    }

    /// Writes the new entry into the site at `source` and returns its path relative to the site.
    /// Throws when `name` is not a valid slug, the file already exists, or another entry of the kind has the
    /// same slug (ignoring case, in either format: `sato.yml` beside a new `sato.md`).
    public static func create(_ kind: Kind, name: String, source: String, now: Date = Date()) throws(DiagnosticError)
        -> String
    {
        if let problem = SlugRule.problem(with: name) {
            throw DiagnosticError([Diagnostic(at: nil, problem.message, hint: problem.hint)])
        }
        // site.yml is read the one way the build reads it; a broken one is reported, not guessed around.
        let settings = ContentLoader(fileSystem: LocalFileSystem(root: source)).loadSettings()
        if settings.config == nil || settings.diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(settings.diagnostics.filter { $0.severity == .error })
        }
        let (path, text) = draft(kind, name: name, now: now, timeZone: settings.timeZone)
        let url = URL(fileURLWithPath: source).appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw DiagnosticError([
                Diagnostic(at: nil, "\(path) already exists", hint: "choose another name, or edit that file")
            ])
        }
        if let other = entry(of: kind, withSlug: name, source: source) {
            throw DiagnosticError([
                Diagnostic(
                    at: SourceLocation(path: other, line: 1, column: 1), "slug `\(name)` is already used by \(other)",
                    hint: "slugs must be unique among \(kind.plural), ignoring case; "
                        + "choose another name, or edit that file")
            ])
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw DiagnosticError([Diagnostic(at: nil, "cannot write \(path): \(error.localizedDescription)")])
        }
        return path
    }

    /// Where a new draft of `kind` goes and what it says: the required fields, the others as comments.
    private static func draft(_ kind: Kind, name: String, now: Date, timeZone: TimeZone) -> (path: String, text: String) {
        let path: String
        let text: String
        switch kind {
        case .staff:
            path = "\(kind.folder)/\(name).md"
            text = """
                ---
                name: \(name)
                # reading: さとう はなこ
                # name_en: Hanako Sato
                # role: 主事
                # department: somu
                # hashtags: [架空市]
                # topics: [窓口のご案内]
                # photo: {src: /images/staff/\(name).jpg, alt: …}
                # social: {x: handle}
                draft: true
                ---

                """
        case .department:
            path = "\(kind.folder)/\(name).md"
            text = """
                ---
                name: \(name)
                # reading: そうむか
                # name_en: General Affairs Division
                # parent: somu
                # summary: 一行で、何をする部署か
                # services: [{name: …, description: …, url: …}]
                # contact: {phone: …, email: …, address: …, hours: …}
                draft: true
                ---

                """
        case .post:
            let year = Calendar(identifier: .gregorian).dateComponents(in: timeZone, from: now).year ?? 2000
            path = "\(kind.folder)/\(year)/\(name).md"
            text = """
                ---
                title: \(name)
                date: \(dateTime(now, in: timeZone))
                # author: sato
                # department: somu
                # hashtags: [架空市]
                # summary: 一行の要約
                draft: true
                ---

                """
        }
        return (path, text)
    }

    /// The entry file of `kind` whose file name gives the slug `slug` (ignoring case), as the build finds
    /// entries: `.md` or `.yml`/`.yaml` where the kind allows it, posts in any subfolder, hidden files left out.
    static func entry(of kind: Kind, withSlug slug: String, source: String) -> String? {
        let key = slug.lowercased()
        for path in LocalFileSystem(root: source).listFiles(under: kind.folder) {
            let inside = path.dropFirst(kind.folder.count + 1).split(separator: "/")
            guard let fileName = inside.last, !inside.contains(where: { $0.hasPrefix(".") }),
                kind == .post || inside.count == 1
            else { continue }
            let parts = fileName.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count > 1, let format = EntryFormat(pathExtension: String(parts[parts.count - 1])),
                kind != .post || format == .markdown
            else { continue }
            if parts.dropLast().joined(separator: ".").lowercased() == key { return path }
        }
        return nil
    }

    /// `2026-04-01T18:30:00+09:00` for `date` in `timeZone`.
    static func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: date)
    }
}
