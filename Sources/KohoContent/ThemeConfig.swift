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
    /// Whether pages get a share card drawn from the theme's `cards/` (`cards: false` turns them off).
    public var cards: Bool

    public init(pageSizes: PageSizes = PageSizes(), cards: Bool = true) {
        self.pageSizes = pageSizes
        self.cards = cards
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
        let cards = fields.bool("cards") ?? true
        _ = fields.unknownFields(keep: false)
        return (ThemeConfig(pageSizes: pageSizes, cards: cards), fields.diagnostics)
    }
}
