import Foundation
import KohoContent
public import KohoDiagnostics

/// `koho new staff|department|post NAME`: a new entry file with its required fields filled in, the others
/// as comments to fill, and `draft: true` so nothing is published before a person has written it. A note
/// above each field says what it is for, in the site's language (or the one the command line asks for).
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

        /// The kind's name in messages ("staff", "departments", "posts").
        var words: MessageKey {
            switch self {
            case .staff: return .wordKindStaff
            case .department: return .wordKindDepartments
            case .post: return .wordKindPosts
            }
        }

        /// The first line of a new draft's comments: what it is.
        var intro: MessageKey {
            switch self {
            case .staff: return .scaffoldCommentIntroStaff
            case .department: return .scaffoldCommentIntroDepartment
            case .post: return .scaffoldCommentIntroPost
            }
        }
    }

    /// Writes the new entry into the site at `source` and returns its path relative to the site. Its comments
    /// are in `language`, or else in the site's own (`language` in site.yml).
    /// Throws when `name` is not a valid slug, the file already exists, or another entry of the kind has the
    /// same slug (ignoring case, in either format: `sato.yml` beside a new `sato.md`).
    public static func create(
        _ kind: Kind, name: String, source: String, now: Date = Date(), language: Language? = nil
    ) throws(DiagnosticError) -> String {
        if let problem = SlugRule.problem(with: name) {
            throw DiagnosticError([Diagnostic(at: nil, problem.message, hint: problem.hint)])
        }
        // site.yml is read the one way the build reads it; a broken one is reported, not guessed around.
        let settings = ContentLoader(fileSystem: LocalFileSystem(root: source)).loadSettings()
        guard let config = settings.config, !settings.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(settings.diagnostics.filter { $0.severity == .error })
        }
        let language = language ?? Language(tag: config.language) ?? .english
        let (path, text) = draft(kind, name: name, now: now, timeZone: settings.timeZone, language: language)
        let url = URL(fileURLWithPath: source).appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw DiagnosticError([
                Diagnostic(
                    at: nil, Message(.scaffoldFileExists, ["path": .text(path)]),
                    hint: Message(.scaffoldFileExistsHint))
            ])
        }
        if let other = entry(of: kind, withSlug: name, source: source) {
            throw DiagnosticError([
                Diagnostic(
                    at: SourceLocation(path: other, line: 1, column: 1),
                    Message(.scaffoldSlugTaken, ["slug": .code(name), "other": .text(other)]),
                    hint: Message(.scaffoldSlugTakenHint, ["kind": .words(kind.words)]))
            ])
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw DiagnosticError([
                Diagnostic(
                    at: nil,
                    Message(.scaffoldCannotWrite, ["path": .text(path), "reason": .text(error.localizedDescription)]))
            ])
        }
        return path
    }

    /// Where a new draft of `kind` goes and what it says: the required fields, the others as comments to
    /// fill, each under a line in `language` saying what it is for.
    static func draft(
        _ kind: Kind, name: String, now: Date, timeZone: TimeZone, language: Language
    ) -> (path: String, text: String) {
        var draft = DraftText(language: language)
        draft.note(kind.intro)
        draft.note(.scaffoldCommentHowTo)
        draft.blank()
        let path: String
        switch kind {
        case .staff:
            path = "\(kind.folder)/\(name).md"
            draft.field("name: \(name)", .scaffoldCommentStaffName)
            draft.unused("reading: さとう はなこ", .scaffoldCommentReading)
            draft.unused("name_en: Hanako Sato", .scaffoldCommentNameEnglish)
            draft.unused("role: \(draft[.scaffoldExampleRole])", .scaffoldCommentRole)
            draft.unused("department: somu", .scaffoldCommentStaffDepartment)
            draft.unused("hashtags: [\(draft[.scaffoldExampleHashtag])]", .scaffoldCommentHashtags)
            draft.unused("topics: [\(draft[.scaffoldExampleTopic])]", .scaffoldCommentTopics)
            draft.unused("photo: {src: /images/staff/\(name).jpg, alt: …}", .scaffoldCommentPhoto)
            draft.unused("social: {x: handle}", .scaffoldCommentSocial)
        case .department:
            path = "\(kind.folder)/\(name).md"
            draft.field("name: \(name)", .scaffoldCommentDepartmentName)
            draft.unused("reading: そうむか", .scaffoldCommentReading)
            draft.unused("name_en: General Affairs Division", .scaffoldCommentNameEnglish)
            draft.unused("parent: somu", .scaffoldCommentParent)
            draft.unused("summary: \(draft[.scaffoldExampleDepartmentSummary])", .scaffoldCommentDepartmentSummary)
            draft.unused("services: [{name: …, description: …, url: …}]", .scaffoldCommentServices)
            draft.unused("contact: {phone: …, email: …, address: …, hours: …}", .scaffoldCommentContact)
        case .post:
            let year = Calendar(identifier: .gregorian).dateComponents(in: timeZone, from: now).year ?? 2000
            path = "\(kind.folder)/\(year)/\(name).md"
            draft.field("title: \(name)", .scaffoldCommentTitle)
            draft.field("date: \(dateTime(now, in: timeZone))", .scaffoldCommentDate)
            draft.unused("author: sato", .scaffoldCommentAuthor)
            draft.unused("department: somu", .scaffoldCommentPostDepartment)
            draft.unused("hashtags: [\(draft[.scaffoldExampleHashtag])]", .scaffoldCommentHashtags)
            draft.unused("summary: \(draft[.scaffoldExamplePostSummary])", .scaffoldCommentPostSummary)
        }
        draft.field("draft: true", .scaffoldCommentDraft)
        return (path, draft.text)
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

/// The front matter of a new draft, line by line: fields in use, fields left as comments to fill, and the
/// notes above them in the reader's language.
private struct DraftText {
    let language: Language
    private var lines = ["---"]

    init(language: Language) {
        self.language = language
    }

    /// The catalogue entry `key` in the draft's language.
    subscript(key: MessageKey) -> String {
        Message(key).text(in: language)
    }

    /// A note: each line of the entry `key` as a comment.
    mutating func note(_ key: MessageKey) {
        for line in self[key].split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append("# " + line)
        }
    }

    mutating func blank() {
        lines.append("")
    }

    /// A field in use, under its note.
    mutating func field(_ line: String, _ note: MessageKey) {
        self.note(note)
        lines.append(line)
    }

    /// A field left as a comment to fill, under its note.
    mutating func unused(_ line: String, _ note: MessageKey) {
        self.note(note)
        lines.append("# " + line)
    }

    /// The front matter, closed, with an empty body.
    var text: String {
        (lines + ["---"]).joined(separator: "\n") + "\n"
    }
}
