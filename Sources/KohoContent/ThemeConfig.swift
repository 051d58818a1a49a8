import Foundation
public import KohoDiagnostics

/// A theme's own settings, from `themes/<name>/theme.yml`: what its layouts ask of Koho. A theme without
/// the file has none (no list but the posts is split into pages).
///
/// ```yaml
/// paginate:
///   staff-list: 100
///   tag: 20
/// ```
public struct ThemeConfig: Sendable {
    /// The lists the theme's layouts split into pages (they show `page.paginator`), and how many items a
    /// page of each shows.
    public var pageSizes: PageSizes

    public init(pageSizes: PageSizes = PageSizes()) {
        self.pageSizes = pageSizes
    }

    /// The file's name inside a theme's folder.
    public static let fileName = "theme.yml"

    /// Reads a theme.yml at `path` (for messages); the settings read, and every problem found.
    public static func read(path: String, bytes: [UInt8]) -> (config: ThemeConfig, diagnostics: [Diagnostic]) {
        let document: SourceDocument
        do {
            document = try SourceDocument.read(
                path: path, bytes: bytes, format: .yaml, describedAs: "theme.yml", requiredField: "paginate")
        } catch {
            return (ThemeConfig(), [error])
        }
        var fields = document.fields(dates: DateResolver(timeZone: .gmt))
        let pageSizes = fields.pageSizes("paginate")
        _ = fields.unknownFields(keep: false)
        return (ThemeConfig(pageSizes: pageSizes), fields.diagnostics)
    }
}
