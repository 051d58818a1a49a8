import KohoURL
import KohoDiagnostics
import Testing

@testable import KohoTemplates

/// Helpers shared by the template tests: render a template from text, or get the diagnostics it produces.
enum Fixture {
    static let environment = TemplateEnvironment(
        language: "en", address: SiteAddress("https://example.jp/city/")!,
        translations: ["read_more": "Read more", "n_posts": "{0} posts by {1}", "hello": "Hello, {0}!"],
        translationsPath: "themes/default/i18n/en.yml",
        markdown: { "<p>" + $0 + "</p>\n" })

    /// A library of `templates` (name → text); paths are `layouts/<name>`.
    static func library(
        _ templates: [String: String], environment: TemplateEnvironment = environment
    ) throws(DiagnosticError) -> TemplateLibrary {
        let sources = templates.keys.sorted().map {
            TemplateSource(name: $0, path: "layouts/" + $0, text: templates[$0] ?? "")
        }
        return try TemplateLibrary(sources: sources, environment: environment)
    }

    /// Renders `text` as `page.html`, with `others` available to include and extend.
    static func render(
        _ text: String, _ context: [String: TemplateValue] = [:], others: [String: String] = [:],
        environment: TemplateEnvironment = environment
    ) throws(DiagnosticError) -> String {
        var templates = others
        templates["page.html"] = text
        return try library(templates, environment: environment).render("page.html", context: context)
    }

    /// The diagnostics of loading or rendering `text` (empty when it renders).
    static func diagnostics(
        _ text: String, _ context: [String: TemplateValue] = [:], others: [String: String] = [:],
        environment: TemplateEnvironment = environment
    ) -> [Diagnostic] {
        do {
            _ = try render(text, context, others: others, environment: environment)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The one diagnostic `text` produces; records an issue when there is not exactly one.
    static func diagnostic(
        _ text: String, _ context: [String: TemplateValue] = [:], others: [String: String] = [:],
        environment: TemplateEnvironment = environment, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let all = diagnostics(text, context, others: others, environment: environment)
        #expect(
            all.count == 1, "expected one diagnostic, got \(all.map(\.description))", sourceLocation: sourceLocation)
        return all.first
    }
}

/// An expected diagnostic: where and what.
struct ExpectedError: CustomTestStringConvertible, Sendable {
    var template: String
    var context: [String: TemplateValue] = [:]
    var others: [String: String] = [:]
    var path = "layouts/page.html"
    var line: Int
    var column: Int
    var message: String
    var hint: String?
    /// The message and the hint in Japanese.
    var japanese: String
    var japaneseHint: String? = nil

    var testDescription: String { message }
}

extension ExpectedError {
    /// Checks that `template` fails with exactly this diagnostic.
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let d = Fixture.diagnostic(template, context, others: others, sourceLocation: sourceLocation) else {
            return
        }
        #expect(d.message == message, sourceLocation: sourceLocation)
        #expect(d.location?.path == path, sourceLocation: sourceLocation)
        #expect(d.location?.line == line, "line", sourceLocation: sourceLocation)
        #expect(d.location?.column == column, "column", sourceLocation: sourceLocation)
        #expect(d.hint == hint, sourceLocation: sourceLocation)
        #expect(d.message(in: .japanese) == japanese, sourceLocation: sourceLocation)
        #expect(d.hint(in: .japanese) == japaneseHint, sourceLocation: sourceLocation)
        if let location = d.location {
            let text =
                location.path == path && path == "layouts/page.html"
                ? template : others[String(path.dropFirst(8))] ?? ""
            #expect(d.sourceLine == SourceText.line(location.line, of: text), sourceLocation: sourceLocation)
        }
    }
}

/// Building values tersely in tests.
func map(_ pairs: KeyValuePairs<String, TemplateValue>) -> TemplateValue {
    .map(TemplateMap(pairs))
}

func strings(_ items: String...) -> TemplateValue {
    .list(items.map { .string($0) })
}

/// A staff member with the usual fields.
let sato: TemplateValue = map([
    "slug": .string("sato"), "name": .string("佐藤 花子"), "reading": .string("さとう はなこ"),
    "role": .string("広報担当"), "photo": .null, "url": .string("/city/staff/sato/"),
    "topics": strings("観光", "SNS"),
])
