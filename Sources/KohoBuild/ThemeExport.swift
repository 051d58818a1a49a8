import Foundation
public import KohoDiagnostics
import KohoContent
import KohoDefaultTheme
import KohoYAML

/// `koho theme export [NAME]`: the built-in theme copied into the site's `themes/NAME/`, to start customising
/// it, and site.yml's `theme:` set to it.
///
/// site.yml is changed only where that is safe: its top-level `theme:` written on one line is given the new
/// name (the rest of the line — a comment — and every other line stay as written), or, with no `theme:`, a
/// line `theme: NAME` is added at the end. The new text is read again and must say the same as before but
/// for the theme; otherwise site.yml is left as it was and the person is told what to write.
public enum ThemeExport {
    /// The folder name when none is given: `themes/custom/`.
    public static let defaultName = "custom"

    /// What became of site.yml's `theme:`.
    public enum SiteSetting: Sendable, Equatable {
        /// site.yml now names the exported theme (or already did).
        case set
        /// site.yml could not be changed safely and was left as it was.
        case leftAsItWas
    }

    /// Copies the built-in theme into `themes/<name>/` of the site at `source` and points site.yml at it.
    /// Returns the theme's folder (relative to the site) and what became of site.yml. Throws, before writing
    /// anything, when `themes/<name>` already exists or `name` is no valid folder name.
    public static func export(name: String, source: String) throws(DiagnosticError) -> (folder: String, setting: SiteSetting) {
        if let problem = SlugRule.problem(with: name) {
            throw DiagnosticError([Diagnostic(at: nil, problem.message, hint: problem.hint)])
        }
        let folder = "themes/\(name)/"
        let root = URL(fileURLWithPath: source)
        let themeURL = root.appendingPathComponent("themes").appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: themeURL.path) {
            throw DiagnosticError([
                Diagnostic(
                    at: nil, Message(.initThemeExists, ["path": .text(folder)]),
                    hint: Message(.initThemeExistsHint))
            ])
        }
        try SiteScaffold.write(DefaultTheme.files, into: themeURL, shownAs: folder)
        let settings = root.appendingPathComponent("site.yml")
        guard let data = try? Data(contentsOf: settings), let text = String(data: data, encoding: .utf8),
            let changed = settingTheme(name, in: text)
        else { return (folder, .leftAsItWas) }
        if changed != text {
            do {
                try Data(changed.utf8).write(to: settings, options: .atomic)
            } catch {
                return (folder, .leftAsItWas)
            }
        }
        return (folder, .set)
    }

    /// site.yml's `text` with its top-level `theme:` set to `name`, or nil when that cannot be done safely
    /// (the file does not read, `theme:` is not a plain one-line value, or the result would read differently).
    static func settingTheme(_ name: String, in text: String) -> String? {
        guard let root = try? YAMLReader.read(text), let pairs = root.pairs else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let pair = pairs.first(where: { $0.key.scalar?.text == "theme" }) {
            guard let scalar = pair.value.scalar else { return nil }
            if scalar.text == name { return text }
            let key = pair.key.position, value = pair.value.position
            guard key.column == 1, value.line == key.line, value.line <= lines.count else { return nil }
            // The value's token runs from its column to the next space (a `# comment` after it stays).
            let line = Array(lines[value.line - 1].unicodeScalars)
            let start = value.column - 1
            guard start < line.count else { return nil }
            var end = start
            while end < line.count, line[end] != " ", line[end] != "\t" { end += 1 }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: line[..<start])
            scalars.append(contentsOf: name.unicodeScalars)
            scalars.append(contentsOf: line[end...])
            lines[value.line - 1] = String(scalars)
        } else {
            if lines.last == "" { lines.removeLast() }
            lines.append("theme: \(name)")
            lines.append("")
        }
        let changed = lines.joined(separator: "\n")
        // Read again: the theme is the new one, and every other setting is exactly as it was, where it was.
        guard let again = try? YAMLReader.read(changed), let newPairs = again.pairs,
            newPairs.first(where: { $0.key.scalar?.text == "theme" })?.value.scalar?.text == name,
            newPairs.filter({ $0.key.scalar?.text != "theme" }) == pairs.filter({ $0.key.scalar?.text != "theme" })
        else { return nil }
        return changed
    }
}
