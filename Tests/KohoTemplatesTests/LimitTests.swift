import Foundation
import KohoDiagnostics
import Testing

@testable import KohoTemplates

/// `text` repeated `count` times.
private func times(_ count: Int, _ text: String) -> String {
    String(repeating: text, count: count)
}

/// Layouts a person may write by mistake or on purpose: none may crash, hang or use unbounded memory. Each
/// fails with a located error (or renders), and answers well within 2 seconds.
@Suite struct TemplateLimitTests {
    static let context: [String: TemplateValue] = ["x": .int(1), "xs": .list([.int(1)]), "zs": .list([.int(0)])]

    // MARK: - Integers

    @Test(arguments: [
        // `Int.min % -1` is 0 (Swift traps on it); `/` gives a float.
        RenderCase("{{ (-9223372036854775807 - 1) % -1 }}", [:], "0"),
        RenderCase("{{ (-9223372036854775807 - 1) / -1 }}", [:], "9.223372036854776e+18"),
        RenderCase("{{ 9223372036854775807 // -1 }} {{ -9223372036854775807 % 2 }}", [:], "-9223372036854775807 1"),
        RenderCase(
            "{{ 2 ** 62 }} {{ (-2) ** 63 }} {{ (-1) ** 9223372036854775807 }} {{ 0 ** 0 }}", [:],
            "4611686018427387904 -9223372036854775808 -1 1"),
        RenderCase("{{ 2 ** -1 }} {{ 9223372036854775807 - 9223372036854775807 }}", [:], "0.5 0"),
        RenderCase("{{ 'abc' | truncate(-9223372036854775807 - 1) }}", [:], "…"),
        RenderCase("{{ 1.5 | round(-9223372036854775807 - 1) }} {{ 'abc' | replace('b', 'x', -1) }}", [:], "2.0 abc"),
        RenderCase(
            "{{ [9223372036854775807, 1.0] | sum }} {{ 'ab' * (-9223372036854775807 - 1) }}.", [:],
            "9.223372036854776e+18 ."),
        // Floats that are not finite print as Python does, and are null in JSON.
        RenderCase(
            "{{ 1e999 }} {{ -1e999 }} {{ 1e999 - 1e999 }} {{ 1e308 * 10 }} {{ [1e999, 1e999 - 1e999] | json }}",
            [:], "inf -inf nan inf [null,null]"),
        RenderCase(
            "{{ 1e999 | int }} {{ (1e999 - 1e999) | int(7) }} {{ 1e999 | round }} {{ 1e999 | abs }}", [:],
            "0 7 inf inf"),
    ])
    func integerEdgeCasesRender(_ c: RenderCase) throws {
        #expect(try Fixture.render(c.template, c.context) == c.expected)
    }

    @Test(arguments: [
        ExpectedError(
            template: "{{ (-9223372036854775807 - 1) // -1 }}", line: 1, column: 31,
            message: "integer overflow in `-9223372036854775808 // -1`", hint: integerHint,
            japanese: "`-9223372036854775808 // -1` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ 9223372036854775807 + 1 }}", line: 1, column: 24,
            message: "integer overflow in `9223372036854775807 + 1`", hint: integerHint,
            japanese: "`9223372036854775807 + 1` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ -9223372036854775807 - 2 }}", line: 1, column: 25,
            message: "integer overflow in `-9223372036854775807 - 2`", hint: integerHint,
            japanese: "`-9223372036854775807 - 2` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ 4611686018427387904 * 2 }}", line: 1, column: 24,
            message: "integer overflow in `4611686018427387904 * 2`", hint: integerHint,
            japanese: "`4611686018427387904 * 2` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ 2 ** 63 }}", line: 1, column: 6, message: "integer overflow in `2 ** 63`",
            hint: integerHint,
            japanese: "`2 ** 63` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ 3 ** 9223372036854775807 }}", line: 1, column: 6,
            message: "integer overflow in `3 ** 9223372036854775807`", hint: integerHint,
            japanese: "`3 ** 9223372036854775807` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{% set n = -9223372036854775807 - 1 %}{{ -n }}", line: 1, column: 42,
            message: "integer overflow in `-(-9223372036854775808)`", hint: integerHint,
            japanese: "`-(-9223372036854775808)` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ [9223372036854775807, 1] | sum }}", line: 1, column: 31, message: "integer overflow in `sum`",
            hint: integerHint,
            japanese: "`sum` の結果が整数の範囲を超えています",
            japaneseHint: integerHintJA),
        ExpectedError(
            template: "{{ 5 % 0 }}", line: 1, column: 6, message: "division by zero",
            japanese: "0 で割ることはできません"),
        ExpectedError(
            template: "{{ 5.0 % 0 }}", line: 1, column: 8, message: "division by zero",
            japanese: "0 で割ることはできません"),
        ExpectedError(
            template: "{{ 5 // 0.0 }}", line: 1, column: 6, message: "division by zero",
            japanese: "0 で割ることはできません"),
        ExpectedError(
            template: "{{ xs[-9223372036854775807 - 1] }}", context: context, line: 1, column: 6,
            message: "index -9223372036854775808 is out of range: `xs` has 1 item",
            hint: "check its length first: `{% if xs | length > 9223372036854775807 %}`",
            japanese: "番号 -9223372036854775808 は範囲の外です（`xs` の項目は1個です）",
            japaneseHint: "先に `{% if xs | length > 9223372036854775807 %}` で長さを確かめてください"),
        ExpectedError(
            template: "{{ 99999999999999999999 }}", line: 1, column: 4,
            message: "the number `99999999999999999999` is too large for an int",
            hint: "ints go up to 9223372036854775807; write `99999999999999999999.0` for a float",
            japanese: "数 `99999999999999999999` は整数としては大きすぎます",
            japaneseHint: "整数は 9223372036854775807 までです。小数にするには `99999999999999999999.0` と書いてください"),
        ExpectedError(
            template: "{{ 1 + " + times(60, "9") + " }}", line: 1, column: 8,
            message: "the number `" + times(40, "9") + "…` is too large for an int",
            hint: "ints go up to 9223372036854775807; write `" + times(40, "9") + "….0` for a float",
            japanese: "数 `" + times(40, "9") + "…` は整数としては大きすぎます",
            japaneseHint: "整数は 9223372036854775807 までです。小数にするには `" + times(40, "9") + "….0` と書いてください"),
    ])
    func integerOverflowIsALocatedError(_ expected: ExpectedError) {
        expected.check()
    }

    // MARK: - Nesting

    /// A layout nested far too deeply (10,000 levels, the size that overflowed the stack), and the error it
    /// gets.
    static let tooDeep: [ExpectedError] = {
        let n = 10_000
        let depth = "the expression is nested too deeply (more than 100 levels)"
        let depthJA = "式の入れ子が深すぎます（100段を超えています）"
        let split = "split it into steps with `{% set %}`"
        let splitJA = "`{% set %}` を使って、いくつかの段階に分けてください"
        let tags = "tags are nested too deeply (more than 64 levels)"
        let tagsJA = "タグの入れ子が深すぎます（64段を超えています）"
        let partial = "move the inner part into a partial and `{% include %}` it"
        let partialJA = "内側の部分を部分テンプレート（partial）に分けて、`{% include %}` で読み込んでください"
        return [
            // The 101st `(` (column 3 + 101): the tag's expression is the first level.
            ExpectedError(
                template: "{{ " + times(n, "(") + "x" + times(n, ")") + " }}", line: 1, column: 104, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "[") + "1" + times(n, "]") + " }}", line: 1, column: 104, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "[x, ") + "1" + times(n, "]") + " }}", line: 1, column: 5 + 4 * 99,
                message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "{'a': ") + "1" + times(n, "}") + " }}", line: 1, column: 5 + 6 * 99,
                message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            // The 100th `not`.
            ExpectedError(
                template: "{{ " + times(n, "not ") + "x }}", line: 1, column: 4 + 4 * 99, message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "- ") + "x }}", line: 1, column: 4 + 2 * 99, message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            // Chains that are long but not nested are evaluated as nested pairs: the 100th link is too deep.
            ExpectedError(
                template: "{{ x" + times(n, " ~ x") + " }}", line: 1, column: 2 + 4 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ x" + times(n, " + x") + " }}", line: 1, column: 2 + 4 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ x" + times(n, " and x") + " }}", line: 1, column: 6 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ x" + times(n, " | abs") + " }}", line: 1, column: 2 + 6 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ x" + times(n, ".a") + " }}", line: 1, column: 4 + 2 * 100, message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ xs" + times(n, "[0]") + " }}", line: 1, column: 3 + 3 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "x if x else ") + "x }}", line: 1, column: 4 + 12 * 100, message: depth,
                hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "(x + ") + "x" + times(n, ")") + " }}", line: 1, column: 2 + 5 * 50,
                message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            ExpectedError(
                template: "{{ " + times(n, "x | default(") + "x" + times(n, ")") + " }}", line: 1,
                column: 4 + 12 * 100, message: depth, hint: split,
                japanese: depthJA,
                japaneseHint: splitJA),
            // The 65th tag.
            ExpectedError(
                template: times(n, "{% if x %}") + times(n, "{% endif %}"), line: 1, column: 1 + 10 * 64,
                message: tags, hint: partial,
                japanese: tagsJA,
                japaneseHint: partialJA),
            ExpectedError(
                template: times(n, "{% for y in xs %}\n") + times(n, "{% endfor %}"), line: 65, column: 1,
                message: tags, hint: partial,
                japanese: tagsJA,
                japaneseHint: partialJA),
            ExpectedError(
                template: (0..<n).map { "{% block b\($0) %}" }.joined() + times(n, "{% endblock %}"), line: 1,
                column: 1 + (0..<64).map { "{% block b\($0) %}".count }.reduce(0, +), message: tags, hint: partial,
                japanese: tagsJA,
                japaneseHint: partialJA),
            ExpectedError(
                template: times(n, "{% set c %}") + times(n, "{% endset %}"), line: 1, column: 1 + 11 * 64,
                message: tags, hint: partial,
                japanese: tagsJA,
                japaneseHint: partialJA),
            ExpectedError(
                template: times(n, "{% if x %}{% for y in xs %}") + "x", line: 1, column: 1 + 27 * 32,
                message: tags, hint: partial,
                japanese: tagsJA,
                japaneseHint: partialJA),
        ]
    }()

    @Test(arguments: tooDeep)
    func tooDeepIsALocatedError(_ expected: ExpectedError) {
        expected.check()
    }

    /// What each kind of nesting may reach: at the limit a template renders, one level more is an error.
    static let deepest: [(name: String, template: @Sendable (Int) -> String, limit: Int)] = [
        ("parentheses", { "{{ " + times($0, "(") + "x" + times($0, ")") + " }}" }, 99),
        ("lists", { "{% set v = " + times($0, "[") + "x" + times($0, "]") + " %}" }, 99),
        ("subscripts", { "{{ " + times($0, "zs[") + "0" + times($0, "]") + " }}" }, 99),
        ("not", { "{{ " + times($0, "not ") + "x }}" }, 99),
        ("concatenation", { "{{ x" + times($0, " ~ x") + " }}" }, 99),
        ("filters", { "{{ x" + times($0, " | abs") + " }}" }, 99),
        ("if", { times($0, "{% if x %}") + "x" + times($0, "{% endif %}") }, 64),
        ("for", { times($0, "{% for y in xs %}") + "x" + times($0, "{% endfor %}") }, 64),
    ]

    @Test func deepestAllowedTemplatesRender() throws {
        for (name, template, limit) in Self.deepest {
            #expect(Fixture.diagnostics(template(limit), Self.context).isEmpty, "\(name) at \(limit)")
            #expect(Fixture.diagnostics(template(limit + 1), Self.context).count == 1, "\(name) at \(limit + 1)")
        }
    }

    @Test func includesAndBlocksHaveARenderDepth() {
        // A layout 60 levels deep includes a partial 60 levels deep: the partial's 40th `if` is level 101.
        let nested = times(60, "{% if x %}") + "{% include 'partial.html' %}" + times(60, "{% endif %}")
        let partial = times(60, "{% if x %}\n") + "x" + times(60, "{% endif %}")
        ExpectedError(
            template: nested, context: Self.context, others: ["partial.html": partial], path: "layouts/partial.html",
            line: 40, column: 1,
            message: "templates are nested too deeply here (more than 100 levels of tags, blocks and includes)",
            hint: "does a partial include itself, or a block call `super()` over and over?",
            japanese: "ここでテンプレートの入れ子が深すぎます（タグ、ブロック、include が100段を超えています）",
            japaneseHint: "部分テンプレートが自分自身を include していないか、ブロックが `super()` を何度も呼んでいないか確かめてください"
        ).check()
        // A partial that includes itself stops at 64 includes.
        ExpectedError(
            template: "a{% include 'page.html' %}", line: 1, column: 2,
            message: "includes are nested more than 64 deep",
            hint: "does `page.html` include itself?",
            japanese: "include の入れ子が64段を超えています",
            japaneseHint: "`page.html` が自分自身を include していないか確かめてください"
        ).check()
        // A chain of 1,000 partials stops there too, in the 64th.
        var others: [String: String] = [:]
        for i in 0..<1_000 { others["p\(i).html"] = "{% include 'p\(i + 1).html' %}" }
        others["p1000.html"] = "end"
        ExpectedError(
            template: "{% include 'p0.html' %}", others: others, path: "layouts/p63.html", line: 1, column: 1,
            message: "includes are nested more than 64 deep", hint: "does `p64.html` include itself?",
            japanese: "include の入れ子が64段を超えています",
            japaneseHint: "`p64.html` が自分自身を include していないか確かめてください"
        ).check()
    }

    @Test func extendsChainsHaveALimit() throws {
        // 10,000 layouts, each extending the next: one error, where the chain passes 32.
        var templates: [String: String] = ["t9999.html": "{% block b %}base{% endblock %}"]
        for i in 0..<9_999 { templates["t\(i).html"] = "{% extends 't\(i + 1).html' %}{% block b %}\(i){% endblock %}" }
        do {
            _ = try Fixture.library(templates)
            Issue.record("expected an error")
        } catch {
            let lines = error.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
            #expect(lines == ["layouts/t9967.html:1:12 `{% extends %}` chains more than 32 templates"])
            #expect(error.diagnostics.first?.hint == "a page, its layout and the layout's layout are usually enough")
            #expect(
                error.diagnostics.first?.message(in: .japanese)
                    == "`{% extends %}` のつながりが32個のテンプレートを超えています")
            #expect(
                error.diagnostics.first?.hint(in: .japanese)
                    == "ふつうは、ページ、そのレイアウト、レイアウトのレイアウトの三つで足ります")
        }
        // 32 is fine, with `super()` all the way down.
        var chain: [String: String] = ["c31.html": "{% block b %}31{% endblock %}"]
        for i in 0..<31 {
            chain["c\(i).html"] = "{% extends 'c\(i + 1).html' %}{% block b %}{{ super() }}\(i){% endblock %}"
        }
        #expect(
            try Fixture.library(chain).render("c0.html", context: [:])
                == (0..<32).reversed().map(String.init).joined())
    }

    @Test func valuesNestedByRepeatedSetsHaveALimit() throws {
        // Each `set` wraps the value in 10 more lists: the 21st would be 210 levels deep.
        let wrap = "{% set v = [[[[[[[[[[v]]]]]]]]]] %}\n"
        ExpectedError(
            template: "{% set v = 1 %}\n" + times(30, wrap), line: 22, column: 8,
            message: "`v` would hold lists or maps nested more than 200 levels deep",
            hint: "does a `{% set %}` keep wrapping a variable in a list or a map?",
            japanese: "`v` に入るリストや項目の組（マップ）の入れ子が200段を超えてしまいます",
            japaneseHint: "`{% set %}` で変数をリストや項目の組（マップ）に何度も包んでいないか確かめてください"
        ).check()
        // 200 levels are fine, and can be compared and written as JSON.
        #expect(
            try Fixture.render("{% set v = 1 %}" + times(20, wrap) + "{{ v == v }} {{ v | json | length }}")
                == String(repeating: "\n", count: 20) + "true 401")
    }

    @Test func mapsThatContainThemselves() throws {
        // The site's values refer to each other in cycles (a department lists its staff, who list it).
        let department = TemplateMap()
        let staff = TemplateMap([("name", .string("Sato")), ("departments", .list([.map(department)]))])
        department["name"] = .string("Koho")
        department["staff"] = .list([.map(staff)])
        let context: [String: TemplateValue] = ["d": .map(department)]
        ExpectedError(
            template: "{{ d | json }}", context: context, line: 1, column: 8,
            message: "`json` cannot write a map that contains itself",
            hint: "pick the fields to write: `{{ {\"title\": page.title, \"url\": page.url} | json }}`",
            japanese: "`json` は自分自身を含む項目の組（マップ）を書き出せません",
            japaneseHint: "書き出す項目を選んでください（`{{ {\"title\": page.title, \"url\": page.url} | json }}`）"
        ).check()
        #expect(
            try Fixture.render("{{ d == d }} {{ d.staff[0].departments[0] == d }} {{ {'n': d.name} | json }}", context)
                == "true true {\"n\":\"Koho\"}")
        #expect(TemplateValue.map(department).htmlSafeJSON.hasSuffix("\"departments\":[null]}]}"))
        // A value nested deeper than any comparison or JSON follows (only Swift code can build one).
        var deep = TemplateValue.int(1)
        for _ in 0..<1_000 { deep = .list([deep]) }
        ExpectedError(
            template: "{{ v | json }}", context: ["v": deep], line: 1, column: 8,
            message: "`json` cannot write values nested more than 300 levels deep",
            japanese: "`json` は入れ子が300段を超える値を書き出せません"
        ).check()
        #expect(try Fixture.render("{{ v == v }}", ["v": deep]) == "false")
        department.removeAll()
    }

    /// The deepest layouts the limits allow, parsed and rendered on a thread with a small stack.
    ///
    /// Dispatch's worker threads have 512 KB of stack on macOS (8 MB on Linux), and pages render on them.
    /// In a release build the deepest layouts need about 330 KB; a debug build (`-Onone`) needs between 1 and
    /// 2 MB, so it is given 4 MB.
    @Test func deepestTemplatesRenderOnASmallStack() {
        #if DEBUG
            let stackSize = 4 << 20
        #else
            let stackSize = 512 << 10
        #endif
        let expression = TemplateLimits.expressionDepth - 1
        let tags = TemplateLimits.tagDepth
        let deepestTags =
            times(tags, "{% if x %}") + "{{ " + times(expression, "(") + "x" + times(expression, ")")
            + " }}" + times(tags, "{% endif %}")
        let deepestSubscripts =
            times(tags, "{% for y in xs %}") + "{{ " + times(expression, "zs[") + "0" + times(expression, "]") + " }}"
            + times(tags, "{% endfor %}")
        // Render depth 100: 63 loops in the page, the include, 36 loops in the partial; innermost, the deepest
        // expression and a 200-level value compared and written as JSON.
        let wrap = "{% set v = [[[[[[[[[[v]]]]]]]]]] %}"
        let partial =
            "{% set v = 1 %}" + times(20, wrap) + times(36, "{% for y in xs %}") + "{{ " + times(expression, "not ")
            + "x }}{{ v == v }}{{ v | json | length }}" + times(36, "{% endfor %}")
        let deepestRender =
            times(63, "{% for z in xs %}") + "{% include 'partial.html' %}" + times(63, "{% endfor %}")
        let cases: [(String, [String: String], String)] = [
            ("tags", ["page.html": deepestTags], "1"),
            ("subscripts", ["page.html": deepestSubscripts], "0"),
            ("render", ["page.html": deepestRender, "partial.html": partial], "falsetrue401"),
        ]
        for (name, templates, expected) in cases {
            let result = Self.onThread(stackSize: stackSize) { () -> String in
                do throws(DiagnosticError) {
                    return try Fixture.library(templates).render("page.html", context: Self.context)
                } catch {
                    return error.description
                }
            }
            #expect(result == expected, "\(name)")
        }
    }

    /// Runs `body` on a new thread with `stackSize` bytes of stack and waits for its result.
    static func onThread<T: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let value = box.value else { fatalError("the thread ended without a result") }
        return value
    }

    final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    // MARK: - Sizes and work

    @Test(arguments: [
        ExpectedError(
            template: "{{ ('x' * 1000000) * 1000000 }}", line: 1, column: 20,
            message: "the text made by `*` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`*` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{{ 'ab' * 9223372036854775807 }}", line: 1, column: 9,
            message: "the text made by `*` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`*` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{% set s = 'x' * 16777216 %}{{ s ~ 'y' }}", line: 1, column: 34,
            message: "the text made by `~` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`~` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{% set s = 'x' * 16777216 %}{{ s + 'y' }}", line: 1, column: 34,
            message: "the text made by `+` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`+` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        // Doubling a string or a list in a `set`, line after line.
        ExpectedError(
            template: "{% set s = 'x' %}\n" + times(40, "{% set s = s ~ s %}\n"), line: 26, column: 14,
            message: "the text made by `~` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`~` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{% set l = [1] %}\n" + times(40, "{% set l = l + l %}\n"), line: 21, column: 14,
            message: "the list made by `+` is too long (more than 1000000 items)", hint: listHint,
            japanese: "`+` で作ったリストが長すぎます（1000000個を超えています）",
            japaneseHint: listHintJA),
        ExpectedError(
            template: "{{ 'ab' | replace('a', 'x' * 16777216) }}", line: 1, column: 11,
            message: "the text made by `replace` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`replace` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{{ ['x' * 10000000, 'y' * 10000000] | join }}", line: 1, column: 39,
            message: "the text made by `join` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`join` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{{ [1] | batch(2000000, 0) }}", line: 1, column: 10,
            message: "the list made by `batch` is too long (more than 1000000 items)", hint: listHint,
            japanese: "`batch` で作ったリストが長すぎます（1000000個を超えています）",
            japaneseHint: listHintJA),
        ExpectedError(
            template: "{{ ('x' * 2000000) | list | length }}", line: 1, column: 22,
            message: "the list made by `list` is too long (more than 1000000 items)", hint: listHint,
            japanese: "`list` で作ったリストが長すぎます（1000000個を超えています）",
            japaneseHint: listHintJA),
        ExpectedError(
            template: "{{ [[1]] | json(100000000) }}", line: 1, column: 12,
            message: "the text made by `json` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`json` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        ExpectedError(
            template: "{{ 'n_posts' | t('x' * 16000000, 'y' * 1000000) }}", line: 1, column: 16,
            message: "the text made by `t` is too long (more than 16 MiB)", hint: textHint,
            japanese: "`t` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        // 64 MiB of page: the fifth 16,000,000-byte line is too much.
        ExpectedError(
            template: "{% set s = 'x' * 16000000 %}{% for i in [1, 2, 3, 4, 5] %}\n{{ s }}{% endfor %}", line: 2,
            column: 4, message: "the page is too large (more than 64 MiB)",
            hint: "a loop prints too much; check what the `{% for %}` loops repeat",
            japanese: "ページが大きすぎます（64 MiB を超えています）",
            japaneseHint: "ループが出力しすぎています。`{% for %}` のループが何を繰り返しているか確かめてください"),
        ExpectedError(
            template: "{% set c %}{% for i in [1, 2] %}{{ 'x' * 10000000 }}{% endfor %}{% endset %}", line: 1,
            column: 36, message: "the text made by `{% set c %}` is too long (more than 16 MiB)",
            hint: textHint,
            japanese: "`{% set c %}` で作った文字列が長すぎます（16 MiB を超えています）",
            japaneseHint: textHintJA),
        // Searching 15 MB of text, a hundred times: a step per byte.
        ExpectedError(
            template: "{% set a = 'a' * 10000000 %}{% set b = 'a' * 5000000 ~ 'b' %}"
                + "{% for i in ('x' * 100) | list %}{{ b in a }}{% endfor %}",
            line: 1, column: 100, message: "rendering this page takes too long (more than 10000000 steps)",
            hint: stepsHint,
            japanese: "このページを作るのに時間がかかりすぎます（10000000ステップを超えています）",
            japaneseHint: stepsHintJA),
    ])
    func sizesAndWorkHaveLimits(_ expected: ExpectedError) {
        expected.check()
    }

    static let stepsHint =
        "a step is a tag, a loop pass or a list item a filter or operator handles; nested loops over long lists multiply"
    static let stepsHintJA =
        "タグ一つ、ループの一回り、フィルターや演算子が扱うリストの項目一つが、それぞれ 1 ステップです。長いリストのループを入れ子にすると、ステップは掛け算で増えます"
    static let textHint = "a template can build texts of up to 16 MiB; is a loop or a `*` making one grow?"
    static let textHintJA = "テンプレートで作れる文字列は 16 MiB までです。ループや `*` で文字列が大きくなり続けていないか確かめてください"
    static let listHint = "a template can build lists of up to 1000000 items"
    static let listHintJA = "テンプレートで作れるリストは1000000個までです"
    static let integerHint =
        "ints are 64-bit (-9223372036854775808 to 9223372036854775807); use a float such as `2.0` for larger numbers"
    static let integerHintJA =
        "整数は 64 ビット（-9223372036854775808 から 9223372036854775807 まで）です。もっと大きな数には `2.0` のような小数を使ってください"

    /// Loops that would run for hours stop when the page's steps are spent. (With the real limit of 10,000,000
    /// steps that takes about a second in a release build; here the limit is lower, for a debug build.)
    @Test(arguments: [
        // 5,000 × 5,000 passes.
        ("{% set xs = ('x' * 5000) | list %}{% for a in xs %}{% for b in xs %}{% endfor %}{% endfor %}", 52),
        ("{% set xs = ('x' * 5000) | list %}{% for a in xs %}{% for b in xs if b == a %}{% endfor %}{% endfor %}", 72),
        // 5,000 sorts of 5,000 items, and as many searches of a 5,000-item list.
        ("{% set xs = ('x' * 5000) | list %}{% for a in xs %}{{ (xs | sort)[0] }}{% endfor %}", 61),
        ("{% set xs = ('x' * 5000) | list %}{% for a in xs %}{{ 'y' in xs }}{% endfor %}", 59),
        ("{% set xs = ('x' * 5000) | list %}{% for a in xs %}{{ xs | unique | length }}{% endfor %}", 60),
    ])
    func absurdLoopsStop(_ template: String, column: Int) throws {
        let library = try TemplateLibrary(
            sources: [TemplateSource(name: "page.html", path: "layouts/page.html", text: template)],
            environment: Fixture.environment, renderSteps: 100_000)
        do {
            _ = try library.render("page.html", context: [:])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["rendering this page takes too long (more than 100000 steps)"])
            #expect(error.diagnostics.first?.location?.column == column)
            #expect(error.diagnostics.first?.hint == Self.stepsHint)
            #expect(
                error.diagnostics.first?.message(in: .japanese)
                    == "このページを作るのに時間がかかりすぎます（100000ステップを超えています）")
            #expect(error.diagnostics.first?.hint(in: .japanese) == Self.stepsHintJA)
        }
    }

    @Test func translationPlaceholdersBeyondAnyInt() {
        let environment = TemplateEnvironment(
            language: "en", translations: ["big": "{99999999999999999999} and {1}"], translationsPath: "i18n/en.yml")
        let d = Fixture.diagnostic("{{ 'big' | t('a', 'b') }}", environment: environment)
        #expect(d?.message == "the translation `big` uses `{99999999999999999999}`, but `t` got 2 arguments")
        #expect(d?.hint == "pass it: `\"big\" | t(value)`")
        #expect(
            d?.message(in: .japanese)
                == "訳 `big` は `{99999999999999999999}` を使っていますが、`t` に渡された引数は2個です")
        #expect(d?.hint(in: .japanese) == "引数を渡してください（`\"big\" | t(value)`）")
        #expect(d?.location?.description == "layouts/page.html:1:12")
    }

    @Test func uniqueTakesLinearTime() throws {
        let xs = TemplateValue.list((0..<200_000).map { .int($0) } + (0..<200_000).map { .double(Double($0)) })
        #expect(try Fixture.render("{{ xs | unique | length }}", ["xs": xs]) == "200000")
        #expect(
            try Fixture.render("{{ [1, 1.0, '1', [1], [1.0], {'a': 1}, {'a': 1.0}, null, none] | unique | json }}")
                == "[1,\"1\",[1],{\"a\":1},null]")
    }

    // MARK: - Odd input

    /// Unfinished and malformed tags: each is reported (or rendered), none traps.
    @Test(arguments: [
        "{", "}", "{{", "{%", "{#", "{{-", "{%-", "{%+", "x {", "{{{{", "}}}}", "{%%}", "{{}}", "{{'", "{{\"\\",
        "{{ x[ }}", "{{ x[:] }}", "{{ x. }}", "{{ x | }}", "{{ x | f( }}", "{{ {1: }}", "{{ (( }}", "{{ loop. }}",
        "{{ loop.cycle( }}", "{{ loop.cycle() }}", "{% if %}", "{% for %}", "{% for x in %}", "{% for x, in y %}",
        "{% set %}", "{% set x = %}", "{% include %}", "{% extends %}", "{% block %}", "{% endblock x y z %}",
        "{% raw %}", "{% raw %}{% endraw", "{% endraw %}", "\u{0}{{ \u{0} }}",
        "{{ '\\U0010FFFF\\UFFFFFFFF\\ud800\\x' }}",
        "{{ 1e }}", "{{ 1_ }}", "{{ 1.e5 }}", "{{ .5 }}", "{{ x is }}", "{{ x is not }}", "{{ not }}", "{{ - }}",
        "{{ x if }}", "{{ x if y else }}", "{{ [,] }}", "{{ {,} }}", "{{ super() }}{% block b %}{{ super( }}",
        "{% for x in xs %}{{ loop.cycle('a') }}{% else %}{% endfor %}", "{{ xs[::] }}", "{{ 'a'[1:-1:2] }}",
        "{% if x %}{% elif %}{% else %}{% else %}{% endif %}", "{%- if x -%}{%- endif -%}{#- -#}",
    ])
    func oddInputIsReportedNotTrapped(_ template: String) {
        let diagnostics = Fixture.diagnostics(template, Self.context)
        for d in diagnostics {
            #expect(d.location?.path == "layouts/page.html")
            #expect(!d.message.isEmpty)
        }
    }

    @Test func longNamesAreNotComparedForHints() {
        // "Did you mean" compares names letter by letter against each other: two 60,000-letter names would
        // take gigabytes.
        let a = times(60_000, "a")
        let d = Fixture.diagnostic("{% set " + a + " = 1 %}{{ " + a + "b }}")
        #expect(d?.message == "undefined variable `" + a + "b`")
        #expect(d?.hint == "variables here: " + a)
        #expect(Fixture.diagnostic("{% set staff_name = 1 %}{{ staf_name }}")?.hint == "did you mean `staff_name`?")
    }

    @Test func aFileOfMistakesReportsTheFirstHundred() {
        let diagnostics = Fixture.diagnostics(times(1_000, "{{ @ }}\n"))
        #expect(diagnostics.count == 101)
        #expect(diagnostics.last?.message == "900 more errors in this template")
        #expect(diagnostics.last?.location?.line == 101)
        #expect(diagnostics.last?.hint == "fix the ones above first")
        #expect(diagnostics.last?.message(in: .japanese) == "このテンプレートには、ほかにもエラーが900件あります")
        #expect(diagnostics.last?.hint(in: .japanese) == "まず上のエラーを直してください")
        // One error more than the hundred is "1 more error".
        #expect(Fixture.diagnostics(times(101, "{{ @ }}\n")).last?.message == "1 more error in this template")
    }

    // MARK: - Time

    /// Every hostile layout above, timed: each must answer well within 2 s (a debug build is slower than the
    /// release build people run).
    @Test func everyHostileLayoutAnswersQuickly() {
        var slowest = (name: "", seconds: 0.0)
        let layouts: [(String, String)] =
            Self.tooDeep.map { ("nesting: " + $0.template.prefix(20), $0.template) }
            + [
                ("integer", "{{ (-9223372036854775807 - 1) // -1 }}"),
                ("repetition", "{{ ('x' * 1000000) * 1000000 }}"),
                ("list doubling", "{% set l = [1] %}" + times(40, "{% set l = l + l %}")),
                (
                    "text search",
                    "{% set a = 'a' * 10000000 %}{% set b = 'a' * 5000000 ~ 'b' %}{% for i in ('x' * 100) | list %}{{ b in a }}{% endfor %}"
                ),
                ("page size", "{% set s = 'x' * 16000000 | safe %}{% for i in [1, 2, 3, 4, 5] %}{{ s }}{% endfor %}"),
                ("mistakes", times(10_000, "{{ @ }}")),
                ("long names", "{% set " + times(60_000, "a") + " = 1 %}{{ " + times(60_000, "a") + "b }}"),
            ]
        for (name, template) in layouts {
            let start = ContinuousClock.now
            _ = Fixture.diagnostics(template, Self.context)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if seconds > slowest.seconds { slowest = (name, seconds) }
            #expect(seconds < 2, "\(name) took \(seconds) s")
            if seconds > 0.3 { print("hostile layout \(name): \(seconds) s") }
        }
        print("slowest hostile layout: \(slowest.name) \(slowest.seconds) s")
    }
}
