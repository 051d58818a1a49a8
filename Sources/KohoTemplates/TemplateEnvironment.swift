public import Foundation
public import KohoURL

/// What templates need from the site: its language, base URL, interface strings and extra filters.
public struct TemplateEnvironment: Sendable {
    /// The site's language (`ja`, `en`, BCP 47): month and weekday names and the default date format.
    public var language: String
    /// Where the site is published (`https://example.jp/city/`): `rel_url` and `abs_url` follow its link rule.
    public var address: SiteAddress
    /// The theme's `i18n/<language>.yml`, flattened: what the `t` filter looks up.
    public var translations: [String: String]
    /// Where the translations come from (`themes/default/i18n/ja.yml`), named in errors.
    public var translationsPath: String
    /// Renders Markdown to HTML for the `markdown` filter; the result is treated as safe HTML.
    public var markdown: @Sendable (String) -> String
    /// Extra filters the site renderer registers, by name; they win over built-in filters of the same name.
    public var filters: [String: TemplateFilter]
    /// The site's time zone (`Asia/Tokyo`): the `date` filter shows every instant on its clocks, whatever
    /// offset the date was written with; nil shows each date at its own offset.
    public var timeZone: TimeZone?

    /// Creates an environment; every argument but the language and base URL has a neutral default.
    public init(
        language: String = "en",
        address: SiteAddress = .localhost,
        translations: [String: String] = [:],
        translationsPath: String = "i18n",
        markdown: @escaping @Sendable (String) -> String = { $0 },
        filters: [String: TemplateFilter] = [:],
        timeZone: TimeZone? = nil
    ) {
        self.language = language
        self.address = address
        self.translations = translations
        self.translationsPath = translationsPath
        self.markdown = markdown
        self.filters = filters
        self.timeZone = timeZone
    }
}
