import KohoDiagnostics
import KohoTemplates
import KohoURL

/// The template lexer and parser on arbitrary text as a layout, then one render with a small context.
enum FuzzTemplate {
    /// Templates the fuzzed one can include or extend.
    static let companions = [
        TemplateSource(name: "partial.html", path: "layouts/partial.html", text: "<p>{{ page.title }}</p>\n"),
        TemplateSource(
            name: "base.html", path: "layouts/base.html",
            text: "<html><title>{% block title %}{{ site.title }}{% endblock %}</title>"
                + "{% block content %}{% endblock %}</html>\n"),
    ]

    static let environment = TemplateEnvironment(
        language: "ja", address: SiteAddress("https://example.jp/city/") ?? .localhost, translations: ["nav.home": "ホーム", "greeting": "こんにちは"],
        translationsPath: "themes/default/i18n/ja.yml")

    /// A site, a page and a staff member who belongs to a department that lists them back: a cycle, as in
    /// the real site's values. Built once and only read, like the site's values while rendering.
    static let context: [String: TemplateValue] = {
        let department = TemplateMap(["title": .string("総務課"), "url": .string("/departments/somu/")])
        let staff = TemplateMap([
            "name": .string("佐藤 花子"), "kana": .string("さとう はなこ"), "url": .string("/staff/sato/"),
            "departments": .list([.map(department)]), "tags": .list([.string("防災"), .string("Swift")]),
            "age": .int(42), "ratio": .double(0.5), "active": .bool(true), "none": .null,
            "bio": .safeHTML("<p>Hello &amp; welcome</p>"),
            "date": .date(TemplateDate(secondsSinceEpoch: 1_712_000_000, utcOffsetSeconds: 32_400, hasTime: true)),
        ])
        department["staff"] = .list([.map(staff)])
        let site = TemplateMap([
            "title": .string("Koho <City>"), "base_url": .string("https://example.jp/city/"),
            "staff": .list([.map(staff)]), "departments": .list([.map(department)]),
        ])
        let page = TemplateMap(["title": .string("Profile \"x\" & 'y'"), "url": .string("/staff/sato/")])
        return ["site": .map(site), "page": .map(page), "staff": .map(staff), "items": .list((1...5).map { .int($0) })]
    }()

    static func run(_ bytes: [UInt8]) {
        let text = FuzzTarget.text(bytes)
        let sources = [TemplateSource(name: "page.html", path: "layouts/page.html", text: text)] + companions
        do {
            let library = try TemplateLibrary(sources: sources, environment: environment)
            _ = try library.renderUTF8("page.html", context: context)
        } catch let error as DiagnosticError {
            FuzzCheck.expect(!error.diagnostics.isEmpty, "a template error with no diagnostic")
            _ = DiagnosticFormatter.format(error.diagnostics, as: .text)
        } catch {
            FuzzCheck.expect(false, "a template error that is not a diagnostic: \(error)")
        }
    }
}
