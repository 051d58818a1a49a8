import KohoDiagnostics
import Testing

@testable import KohoTemplates

/// One template, its variables and the exact output.
struct RenderCase: CustomTestStringConvertible, Sendable {
    var template: String
    var context: [String: TemplateValue] = [:]
    var expected: String
    var testDescription: String { template }

    init(_ template: String, _ context: [String: TemplateValue] = [:], _ expected: String) {
        self.template = template
        self.context = context
        self.expected = expected
    }
}

@Suite struct RenderTests {
    static let values: [String: TemplateValue] = [
        "name": .string("Koho"), "n": .int(3), "x": .double(2.5), "yes": .bool(true), "no": .bool(false),
        "nothing": .null, "empty": .list([]), "xs": .list([.int(1), .int(2), .int(3)]), "words": strings("a", "b", "c"),
        "staff": sato, "m": map(["a": .int(1), "b": .int(2)]),
        "d": map(["children": .list([.int(1)]), "none": .list([])]),
    ]

    @Test(arguments: [
        // Output and literals
        RenderCase("Hello {{ name }}!", values, "Hello Koho!"),
        RenderCase(
            "{{ 'single' }} {{ \"double\" }} {{ 'it\\'s' }} {{ \"a\\nb\" }}", [:], "single double it&#39;s a\nb"),
        RenderCase("{{ 42 }} {{ -7 }} {{ 2.0 }} {{ 0.1 }} {{ 1_000 }}", [:], "42 -7 2.0 0.1 1000"),
        RenderCase(
            "{{ true }} {{ false }} {{ null }}|{{ True }} {{ False }} {{ None }}|{{ none }}", [:],
            "true false |true false |"),
        RenderCase("{{ [1, 2, 3] | join(',') }} {{ {'a': 1, 'b': 2} | json }}", [:], "1,2,3 {\"a\":1,\"b\":2}"),
        RenderCase("{{ [] | length }} {{ {} | length }} {{ [name, n] | join('-') }}", values, "0 0 Koho-3"),
        RenderCase("{{ \"a\" \"b\" }}", [:], "ab"),
        RenderCase("{{ '-' * 3 }}{{ 2 * 'ab' }}{{ 'x' * 0 }}", [:], "---abab"),
        // Arithmetic, like Python
        RenderCase(
            "{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 / 2 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ -7 // 2 }} {{ -7 % 3 }}", [:],
            "7 9 3.5 3 1 -4 2"),
        RenderCase(
            "{{ 1 + 2.5 }} {{ 2 * 1.5 }} {{ 6 / 3 }} {{ 2 ** 10 }} {{ n - 1 }} {{ -n }} {{ x * 2 }}", values,
            "3.5 3.0 2.0 1024 2 -3 5.0"),
        RenderCase(
            "{{ 'a' + 'b' }} {{ ([1] + [2]) | join }} {{ name ~ '-' ~ n ~ '-' ~ x }} {{ 1 ~ 2 }}", values,
            "ab 12 Koho-3-2.5 12"),
        // Comparisons and logic
        RenderCase(
            "{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 'a' < 'b' }} {{ 1 == 1.0 }} {{ 1 != 2 }} {{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }}",
            [:], "true true false true true true true false"),
        RenderCase(
            "{{ 2 in xs }} {{ 5 in xs }} {{ 5 not in xs }} {{ 'ok' in 'book' }} {{ 'a' in m }} {{ 'z' in m }}", values,
            "true false true true true false"),
        RenderCase(
            "{{ yes and no }} {{ yes or no }} {{ not yes }} {{ not no and yes }} {{ nothing or 'fallback' }} {{ name and 'then' }}",
            values, "false true false true fallback then"),
        RenderCase("{{ 'y' if yes else 'n' }} {{ 'y' if no else 'n' }} [{{ 'y' if no }}]", values, "y n []"),
        // Precedence: filters bind tighter than comparisons and arithmetic
        RenderCase(
            "{% if d.children | length > 0 %}has{% endif %}{% if d.none | length > 0 %}no{% endif %}", values, "has"),
        RenderCase("{{ 1 + xs | length }} {{ xs | length * 2 }} {{ -(xs | length) }}", values, "4 6 -3"),
        RenderCase("{{ not nothing is defined }} {{ words | join ~ '!' }}", values, "false abc!"),
        // Attributes, subscripts, slices
        RenderCase(
            "{{ staff.name }} {{ staff['role'] }} {{ m.a }} {{ xs[0] }} {{ xs[-1] }} {{ xs.1 }}", values,
            "佐藤 花子 広報担当 1 1 3 2"),
        RenderCase(
            "{{ xs[:2] | join }} {{ xs[1:] | join }} {{ xs[1:3] | join }} {{ xs[-2:] | join }} {{ xs[5:] | length }} {{ 'hello'[1:3] }}",
            values, "12 23 23 23 0 el"),
        // Tests
        RenderCase(
            "{{ name is defined }} {{ missing is defined }} {{ missing is not defined }} {{ staff.photo is defined }} {{ staff.photo.src is defined }} {{ staff.nope is defined }}",
            values, "true false true true false false"),
        RenderCase(
            "{{ nothing is none }} {{ n is none }} {{ n is odd }} {{ n is even }} {{ 4 is even }} {{ name is string }} {{ n is number }} {{ m is mapping }}",
            values, "true false true false true true true true"),
        RenderCase(
            "{{ xs[7] is defined }} {{ m['a'] is defined }} {{ undefined_thing is undefined }}", values,
            "false true true"),
    ])
    func expressions(_ c: RenderCase) throws {
        #expect(try Fixture.render(c.template, c.context) == c.expected)
    }

    @Test(arguments: [
        RenderCase("{% if yes %}A{% endif %}", values, "A"),
        RenderCase("{% if no %}A{% else %}B{% endif %}", values, "B"),
        RenderCase("{% if no %}A{% elif nothing %}B{% elif n == 3 %}C{% else %}D{% endif %}", values, "C"),
        RenderCase("{% if no %}A{% elif no %}B{% endif %}", values, ""),
        RenderCase("{% for x in xs %}{{ x }}{% endfor %}", values, "123"),
        RenderCase("{% for x in empty %}{{ x }}{% else %}none{% endfor %}", values, "none"),
        RenderCase("{% for k, v in m %}{{ k }}={{ v }};{% endfor %}", values, "a=1;b=2;"),
        RenderCase("{% for k in m %}{{ k }}{% endfor %}", values, "ab"),
        RenderCase("{% for a, b in [[1, 'x'], [2, 'y']] %}{{ a }}{{ b }}{% endfor %}", [:], "1x2y"),
        RenderCase("{% for x in xs if x is odd %}{{ x }}/{{ loop.length }} {% endfor %}", values, "1/2 3/2 "),
        RenderCase(
            "{% for x in words %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.length }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %} {% endfor %}",
            values, "10323F 21213 32103L "),
        RenderCase(
            "{% for a in xs %}{% for b in words %}{{ loop.index }}{% endfor %}:{{ loop.index }}{{ loop.depth }} {% endfor %}",
            values, "123:11 123:21 123:31 "),
        RenderCase("{% for x in xs %}{{ loop.cycle('odd', 'even') }} {% endfor %}", values, "odd even odd "),
        RenderCase("{% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}", values, "1, 2, 3"),
        // `set` and its scoping: `for` bodies and includes get their own scope, `if` does not.
        RenderCase("{% set a = 1 %}{{ a }}{% set a = a + 1 %}{{ a }}", [:], "12"),
        RenderCase("{% set a = 'out' %}{% for x in xs %}{% set a = x %}{{ a }}{% endfor %}{{ a }}", values, "123out"),
        RenderCase("{% if yes %}{% set a = 'in if' %}{% endif %}{{ a }}", values, "in if"),
        RenderCase("{% set name = 'shadow' %}{{ name }}", values, "shadow"),
        RenderCase(
            "{% for x in xs %}{% if loop.first %}{% set seen = 1 %}{% endif %}{{ seen is defined }} {% endfor %}",
            values, "true false false "),
        RenderCase(
            "{% set greeting %}<b>{{ name }}</b>{% endset %}{{ greeting }}{{ greeting | length }}", values,
            "<b>Koho</b>11"),
        // Comments and raw
        RenderCase("a{# a comment {{ with }} {% tags %} #}b", [:], "ab"),
        RenderCase("{% raw %}{{ not parsed }} {% if %}{% endraw %}", [:], "{{ not parsed }} {% if %}"),
        RenderCase("x {%- raw -%}  {{ y }}  {%- endraw -%} z", [:], "x{{ y }}z"),
    ])
    func statements(_ c: RenderCase) throws {
        #expect(try Fixture.render(c.template, c.context) == c.expected)
    }

    // MARK: - Whitespace

    @Test(arguments: [
        // Jinja's defaults: the line break after a tag is kept.
        RenderCase(
            "<ul>\n{% for x in xs %}\n<li>{{ x }}</li>\n{% endfor %}\n</ul>", values,
            "<ul>\n\n<li>1</li>\n\n<li>2</li>\n\n<li>3</li>\n\n</ul>"),
        RenderCase(
            "<ul>\n{%- for x in xs %}\n<li>{{ x }}</li>\n{%- endfor %}\n</ul>", values,
            "<ul>\n<li>1</li>\n<li>2</li>\n<li>3</li>\n</ul>"),
        RenderCase("a  {{- name -}}  b", values, "aKohob"),
        RenderCase("a  {{- name }}  b", values, "aKoho  b"),
        RenderCase("a\n  {%- if yes -%}\n  yes\n  {%- endif -%}\n b", values, "ayesb"),
        RenderCase("a \n{#- comment -#}\n b", [:], "ab"),
        RenderCase("a {#- comment #} b", [:], "a b"),
        // …and, like Jinja, one line break at the very end of a template is not output.
        RenderCase("{% if yes %}\nkept\n{% endif %}\n", values, "\nkept\n"),
        RenderCase("{{ n }}\n", values, "3"),
        RenderCase("x\n\n", values, "x\n"),
        RenderCase("x\r\n", values, "x"),
    ])
    func whitespace(_ c: RenderCase) throws {
        #expect(try Fixture.render(c.template, c.context) == c.expected)
    }

    // MARK: - Truthiness and printing

    @Test(arguments: [
        (TemplateValue.null, false), (.bool(false), false), (.bool(true), true), (.int(0), false), (.int(-1), true),
        (.double(0), false), (.double(0.5), true), (.string(""), false), (.string(" "), true), (.safeHTML(""), false),
        (.safeHTML("<b>"), true), (.list([]), false), (.list([.null]), true), (.map(TemplateMap()), false),
        (map(["a": .null]), true),
        (.date(TemplateDate(year: 1970, month: 1, day: 1, utcOffsetSeconds: 0, hasTime: false)), true),
    ])
    func truthiness(_ value: TemplateValue, _ truthy: Bool) throws {
        #expect(try Fixture.render("{% if v %}T{% else %}F{% endif %}", ["v": value]) == (truthy ? "T" : "F"))
        #expect(value.isTruthy == truthy)
    }

    @Test(arguments: [
        (TemplateValue.null, ""), (.bool(true), "true"), (.bool(false), "false"), (.int(-12), "-12"),
        (.double(2), "2.0"), (.double(0.1), "0.1"), (.double(1.5e300), "1.5e+300"), (.string("a&b"), "a&amp;b"),
        (.safeHTML("<i>x</i>"), "<i>x</i>"),
        (.date(TemplateDate(year: 2024, month: 4, day: 1, utcOffsetSeconds: 32400, hasTime: false)), "2024-04-01"),
        (
            .date(
                TemplateDate(year: 2024, month: 4, day: 1, hour: 18, minute: 30, utcOffsetSeconds: 32400, hasTime: true)
            ), "2024-04-01T18:30:00+09:00"
        ),
        (
            .date(
                TemplateDate(
                    year: 2024, month: 12, day: 31, hour: 23, minute: 5, second: 9, utcOffsetSeconds: -18000,
                    hasTime: true)), "2024-12-31T23:05:09-05:00"
        ),
    ])
    func printing(_ value: TemplateValue, _ text: String) throws {
        #expect(try Fixture.render("{{ v }}", ["v": value]) == text)
    }

    // MARK: - Include and extends

    @Test func includeSeesTheCurrentVariables() throws {
        let out = try Fixture.render(
            "{% set who = 'set' %}{% for x in xs %}{% include 'partials/item.html' %}{% endfor %}",
            ["xs": strings("a", "b")],
            others: ["partials/item.html": "[{{ who }} {{ x }} {{ loop.index }}{% set local = 1 %}]"])
        #expect(out == "[set a 1][set b 2]")
    }

    @Test func setInsideAnIncludeDoesNotLeak() throws {
        let out = try Fixture.render(
            "{% include 'p.html' %}{{ a is defined }}", others: ["p.html": "{% set a = 1 %}{{ a }}"])
        #expect(out == "1false")
    }

    @Test func dynamicInclude() throws {
        let out = try Fixture.render(
            "{% include 'partials/' ~ kind ~ '.html' %}", ["kind": .string("x")], others: ["partials/x.html": "X"])
        #expect(out == "X")
    }

    @Test func extendsMultiLevelWithSuper() throws {
        let others = [
            "base.html":
                "<title>{% block title %}Site{% endblock %}</title>|{% block body %}base body{% endblock %}|{% block foot %}foot{% endblock %}",
            "section.html":
                "{% extends 'base.html' %}ignored text{% block title %}{{ super() }} / Section{% endblock %}{% block body %}<section>{% block inner %}section inner{% endblock %}</section>{% endblock %}",
        ]
        let page =
            "{% extends \"section.html\" %}\nignored\n{% block inner %}page {{ name }} + {{ super() }}{% endblock %}{% block title %}{{ super() }} / Page{% endblock %}"
        let out = try Fixture.render(page, ["name": .string("Koho")], others: others)
        #expect(out == "<title>Site / Section / Page</title>|<section>page Koho + section inner</section>|foot")
    }

    @Test func childSetsAreVisibleToTheLayout() throws {
        let out = try Fixture.render(
            "{% extends 'base.html' %}{% set active = 'staff' %}{% block body %}[{{ active }}]{% endblock %}",
            others: ["base.html": "{{ active }}:{% block body %}{% endblock %}"])
        #expect(out == "staff:[staff]")
    }

    @Test func aLayoutCanBeRenderedOnItsOwn() throws {
        let library = try Fixture.library([
            "base.html": "<{% block body %}default{% endblock %}>",
            "page.html": "{% extends 'base.html' %}{% block body %}page{% endblock %}",
        ])
        #expect(try library.render("base.html", context: [:]) == "<default>")
        #expect(try library.render("page.html", context: [:]) == "<page>")
        #expect(library.contains("base.html"))
        #expect(!library.contains("nope.html"))
    }

    @Test func includedTemplatesCanExtend() throws {
        let out = try Fixture.render(
            "A{% include 'card.html' %}B",
            others: [
                "card.html": "{% extends 'frame.html' %}{% block c %}card{% endblock %}",
                "frame.html": "[{% block c %}{% endblock %}]",
            ])
        #expect(out == "A[card]B")
    }

    // MARK: - Threads

    @Test func manyTasksRenderTheSameOutput() async throws {
        let library = try Fixture.library([
            "base.html":
                "<h1>{% block t %}{% endblock %}</h1>{% for s in staff %}{% include 'card.html' %}{% endfor %}",
            "page.html": "{% extends 'base.html' %}{% block t %}{{ title | upper }}{% endblock %}",
            "card.html": "<p>{{ loop.index }}. {{ s.name }} {{ s.topics | join(', ') }} {{ '/staff/' | rel_url }}</p>",
        ])
        let context: [String: TemplateValue] = [
            "title": .string("staff & friends"), "staff": .list(Array(repeating: sato, count: 20)),
        ]
        let expected = try library.render("page.html", context: context)
        #expect(expected.hasPrefix("<h1>STAFF &amp; FRIENDS</h1><p>1. 佐藤 花子 観光, SNS /city/staff/</p>"))
        let outputs = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<50).map { _ in (try? library.render("page.html", context: context)) ?? "error" }
                }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(outputs.count == 400)
        #expect(outputs.allSatisfy { $0 == expected })
    }
}
