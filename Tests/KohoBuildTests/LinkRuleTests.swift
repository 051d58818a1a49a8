import Foundation
import KohoBuild
import KohoContent
import Testing

/// Each kind of reference written in a Markdown body, in a front-matter URL and in a layout, on a site at
/// the root and under `/city/`, gives the one answer the link rule documents (KohoURL's `LinkPolicyTests`
/// hold the rule itself; this is the whole build agreeing with it). `nil` is dropped.
@Suite struct LinkRuleTests {
    struct Row: Sendable, CustomStringConvertible {
        var written: String
        /// Read on the page (body, layout), at the root and under /city/.
        var page: (root: String?, city: String?)
        /// A front-matter field, read from the site's root.
        var field: (root: String?, city: String?)
        var description: String { written }
    }

    static let rows: [Row] = [
        Row(written: "/x", page: ("/x", "/city/x"), field: ("/x", "/city/x")),
        Row(written: "/city/x", page: ("/city/x", "/city/x"), field: ("/city/x", "/city/x")),
        Row(written: "x", page: ("x", "x"), field: ("/x", "/city/x")),
        Row(written: "../x", page: ("../x", "../x"), field: ("/x", "/city/x")),
        Row(written: "#a", page: ("#a", "#a"), field: ("#a", "#a")),
        Row(written: "?q=1", page: ("?q=1", "?q=1"), field: ("?q=1", "?q=1")),
        Row(written: "//host.example/x", page: ("//host.example/x", "//host.example/x"), field: ("//host.example/x", "//host.example/x")),
        Row(written: "https://example.com/a", page: ("https://example.com/a", "https://example.com/a"), field: ("https://example.com/a", "https://example.com/a")),
        Row(written: "mailto:koho@example.jp", page: ("mailto:koho@example.jp", "mailto:koho@example.jp"), field: ("mailto:koho@example.jp", "mailto:koho@example.jp")),
        Row(written: "tel:0187-43-1111", page: ("tel:0187-43-1111", "tel:0187-43-1111"), field: ("tel:0187-43-1111", "tel:0187-43-1111")),
        Row(written: "ftp://ftp.example.jp/a", page: ("ftp://ftp.example.jp/a", "ftp://ftp.example.jp/a"), field: ("ftp://ftp.example.jp/a", "ftp://ftp.example.jp/a")),
        Row(written: "javascript:alert(1)", page: (nil, nil), field: (nil, nil)),
        Row(written: "JavaScript:alert(1)", page: (nil, nil), field: (nil, nil)),
        Row(written: "vbscript:msgbox(1)", page: (nil, nil), field: (nil, nil)),
        Row(written: "data:text/html,x", page: (nil, nil), field: (nil, nil)),
    ]

    /// The department page of a site at `baseURL` whose body, services and layout each write every row.
    static func departmentPage(baseURL: String) throws -> String {
        let body = rows.indices.map { "[B\($0)](<\(rows[$0].written)>)" }.joined(separator: " ")
        let services = rows.indices.map { "  - name: S\($0)\n    url: \"\(rows[$0].written)\"" }.joined(separator: "\n")
        let list = rows.map { "\"\($0.written)\"" }.joined(separator: ", ")
        let files = [
            "site.yml": "title: T\nbase_url: \(baseURL)\n",
            "content/departments/somu.md": "---\nname: 総務課\nservices:\n\(services)\n---\n\(body)\n",
            "layouts/department.html": """
                <main>{{ page.content }}
                {% for s in department.services %}<a href="{{ s.url }}">F{{ loop.index }}</a>{% endfor %}
                {% for r in [\(list)] %}<a href="{{ r }}">T{{ loop.index }}</a>{% endfor %}</main>
                """,
        ]
        let report = try SiteBuilder(
            options: BuildOptions(source: "/site", now: TestSupport.now), fileSystem: MemoryFileSystem(files)
        ).plan()
        return try #require(BuildTests.text(report, "departments/somu/index.html"))
    }

    /// The `href` of the link labelled `label`, nil when the text is there without a link, and a failure
    /// when the label is missing.
    static func href(_ label: String, in html: String) -> String?? {
        if let range = html.range(of: "\">\(label)</a>") {
            let before = html[..<range.lowerBound]
            guard let start = before.range(of: "href=\"", options: .backwards) else { return .some(nil) }
            return .some(String(before[start.upperBound...]).replacingOccurrences(of: "&amp;", with: "&"))
        }
        return html.contains(label) ? .some(nil) : nil
    }

    @Test(arguments: [("https://example.jp/", false), ("https://example.jp/city/", true)])
    func everyPlaceGivesTheDocumentedAnswer(baseURL: String, underCity: Bool) throws {
        let html = try Self.departmentPage(baseURL: baseURL)
        for (i, row) in Self.rows.enumerated() {
            let page = underCity ? row.page.city : row.page.root
            let field = underCity ? row.field.city : row.field.root
            // A link the rule drops: the body keeps its text, a layout's attribute is emptied.
            #expect(Self.href("B\(i)", in: html) == .some(page), "body \(row.written)")
            #expect(Self.href("F\(i + 1)", in: html) == .some(field ?? ""), "field \(row.written)")
            #expect(Self.href("T\(i + 1)", in: html) == .some(page ?? ""), "layout \(row.written)")
        }
    }
}
