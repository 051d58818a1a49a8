import KohoDiagnostics
import Testing

@testable import KohoTemplates

@Suite struct ErrorTests {
    static let context: [String: TemplateValue] = [
        "staff": sato, "site": map(["title": .string("Koho")]), "xs": .list([.int(1)]),
        "d": .date(TemplateDate(year: 2024, month: 4, day: 1, utcOffsetSeconds: 0, hasTime: false)),
    ]

    // MARK: - Rendering errors

    @Test(arguments: [
        ExpectedError(
            template: "<h1>{{ staf.name }}</h1>", context: context, line: 1, column: 8,
            message: "undefined variable `staf`", hint: "did you mean `staff`?",
            japanese: "`staf` という変数はありません",
            japaneseHint: "`staff` のことですか？"),
        ExpectedError(
            template: "{{ zzz }}", context: context, line: 1, column: 4,
            message: "undefined variable `zzz`", hint: "variables here: d, site, staff, xs",
            japanese: "`zzz` という変数はありません",
            japaneseHint: "ここで使える変数: d、site、staff、xs"),
        ExpectedError(
            template: "{% for item in xs %}{{ itme }}{% endfor %}", context: context, line: 1, column: 24,
            message: "undefined variable `itme`", hint: "did you mean `item`?",
            japanese: "`itme` という変数はありません",
            japaneseHint: "`item` のことですか？"),
        ExpectedError(
            template: "{{ staff.nmae }}", context: context, line: 1, column: 10,
            message: "`staff` has no field `nmae`", hint: "did you mean `staff.name`?",
            japanese: "`staff` に `nmae` という項目はありません",
            japaneseHint: "`staff.name` のことですか？"),
        ExpectedError(
            template: "\n{{ staff.xyzzy }}", context: context, line: 2, column: 10,
            message: "`staff` has no field `xyzzy`",
            hint: "fields of `staff`: slug, name, reading, role, photo, url, topics",
            japanese: "`staff` に `xyzzy` という項目はありません",
            japaneseHint: "`staff` の項目: slug、name、reading、role、photo、url、topics"),
        ExpectedError(
            template: "{% if true %}\n  <img src=\"{{ staff.photo.src }}\">\n{% endif %}", context: context, line: 2,
            column: 28, message: "`staff.photo` is null, so it has no field `src`",
            hint: "test it first: `{% if staff.photo %}`, or use `| default(…)`",
            japanese: "`staff.photo` は空の値（null）なので、項目 `src` はありません",
            japaneseHint: "先に `{% if staff.photo %}` で確かめるか、`| default(…)` を使ってください"),
        ExpectedError(
            template: "{{ staff.name.first }}", context: context, line: 1, column: 15,
            message: "`staff.name` is a string, which has no field `first`",
            japanese: "`staff.name` は文字列なので、項目 `first` はありません"),
        ExpectedError(
            template: "{{ staff['nmae'] }}", context: context, line: 1, column: 9,
            message: "`staff` has no field `nmae`", hint: "did you mean `staff.name`?",
            japanese: "`staff` に `nmae` という項目はありません",
            japaneseHint: "`staff.name` のことですか？"),
        ExpectedError(
            template: "{{ staff.name | date }}", context: context, line: 1, column: 17,
            message: "`date` expects a date, got a string",
            japanese: "`date` には日付を渡します（文字列になっています）"),
        ExpectedError(
            template: "{{ staff.photo | date('%Y') }}", context: context, line: 1, column: 18,
            message: "`date` expects a date, got null", hint: "test it first with `{% if … %}`, or use `| default(…)`",
            japanese: "`date` には日付を渡します（空の値になっています）",
            japaneseHint: "先に `{% if … %}` で確かめるか、`| default(…)` を使ってください"),
        ExpectedError(
            template: "{{ xs | join(', ') | truncate('5') }}", context: context, line: 1, column: 22,
            message: "`truncate` expects an int for `length`, got a string",
            japanese: "`truncate` の `length` は整数で書きます（文字列になっています）"),
        ExpectedError(
            template: "{{ \"a\" - 1 }}", line: 1, column: 8, message: "cannot apply `-` to a string and an int",
            japanese: "文字列と整数に `-` は使えません"),
        ExpectedError(
            template: "{{ staff.name + 1 }}", context: context, line: 1, column: 15,
            message: "cannot apply `+` to a string and an int", hint: "use `~` to join values as text",
            japanese: "文字列と整数に `+` は使えません",
            japaneseHint: "値を文字列としてつなげるには `~` を使ってください"),
        ExpectedError(
            template: "{% if staff.name > 3 %}{% endif %}", context: context, line: 1, column: 18,
            message: "cannot compare a string with an int",
            japanese: "文字列と整数は比べられません"),
        ExpectedError(
            template: "{{ 1 // 0 }}", line: 1, column: 6, message: "division by zero",
            japanese: "0 で割ることはできません"),
        ExpectedError(
            template: "{{ 1 in 5 }}", line: 1, column: 6,
            message: "`in` needs a list, a map or a string on its right, got an int",
            japanese: "`in` の右にはリスト、項目の組（マップ）か文字列を書きます（整数になっています）"),
        ExpectedError(
            template: "<p>{{ staff.topics }}</p>", context: context, line: 1, column: 7,
            message: "cannot print `staff.topics`: it is a list",
            hint: "use `join` or a `for` loop: `{{ staff.topics | join(\", \") }}`",
            japanese: "`staff.topics` はリストなので、そのままでは出力できません",
            japaneseHint: "`join` か `for` ループを使ってください（`{{ staff.topics | join(\", \") }}`）"),
        ExpectedError(
            template: "{{ site }}", context: context, line: 1, column: 4,
            message: "cannot print `site`: it is a map", hint: "print one of its fields: title",
            japanese: "`site` は項目の組（マップ）なので、そのままでは出力できません",
            japaneseHint: "その中の項目を一つ選んで出力してください: title"),
        ExpectedError(
            template: "{{ staff.topics[5] }}", context: context, line: 1, column: 16,
            message: "index 5 is out of range: `staff.topics` has 2 items",
            hint: "check its length first: `{% if staff.topics | length > 5 %}`",
            japanese: "番号 5 は範囲の外です（`staff.topics` の項目は2個です）",
            japaneseHint: "先に `{% if staff.topics | length > 5 %}` で長さを確かめてください"),
        ExpectedError(
            template: "{{ xs[-2] }}", context: context, line: 1, column: 6,
            message: "index -2 is out of range: `xs` has 1 item",
            hint: "check its length first: `{% if xs | length > 1 %}`",
            japanese: "番号 -2 は範囲の外です（`xs` の項目は1個です）",
            japaneseHint: "先に `{% if xs | length > 1 %}` で長さを確かめてください"),
        ExpectedError(
            template: "{% for t in staff.photo %}{% endfor %}", context: context, line: 1, column: 13,
            message: "`staff.photo` is null, so there is nothing to loop over",
            hint: "test it first: `{% if staff.photo %}`, or use `| default([])`",
            japanese: "`staff.photo` は空の値（null）なので、繰り返すものがありません",
            japaneseHint: "先に `{% if staff.photo %}` で確かめるか、`| default([])` を使ってください"),
        ExpectedError(
            template: "{% for c in staff.name %}{% endfor %}", context: context, line: 1, column: 13,
            message: "cannot loop over `staff.name`: it is a string", hint: "`{% for %}` needs a list or a map",
            japanese: "`staff.name` は文字列なので、繰り返しに使えません",
            japaneseHint: "`{% for %}` にはリストか項目の組（マップ）を渡してください"),
        ExpectedError(
            template: "{% for a, b in xs %}{% endfor %}", context: context, line: 1, column: 8,
            message: "cannot unpack an int into `a, b`", hint: "loop over a map, or a list of two-item lists",
            japanese: "整数を `a, b` に分けられません",
            japaneseHint: "項目の組（マップ）か、二つずつの値を持つリストのリストを繰り返してください"),
        ExpectedError(
            template: "{{ loop.index }}", line: 1, column: 4, message: "`loop` is only defined inside `{% for %}`",
            japanese: "`loop` は `{% for %}` の中でしか使えません"),
        ExpectedError(
            template: "{% set k = 'nope' %}{{ k | t }}", line: 1, column: 28,
            message: "no translation for `nope` in themes/default/i18n/en.yml",
            hint: "add `nope: …` to themes/default/i18n/en.yml",
            japanese: "themes/default/i18n/en.yml に `nope` の訳がありません",
            japaneseHint: "themes/default/i18n/en.yml に `nope: …` を追加してください"),
        ExpectedError(
            template: "{{ 'n_posts' | t(1) }}", line: 1, column: 16,
            message: "the translation `n_posts` uses `{1}`, but `t` got 1 argument",
            hint: "pass it: `\"n_posts\" | t(value)`",
            japanese: "訳 `n_posts` は `{1}` を使っていますが、`t` に渡された引数は1個です",
            japaneseHint: "引数を渡してください（`\"n_posts\" | t(value)`）"),
        ExpectedError(
            template: "{% set name = 'partials/nope.html' %}{% include name %}", others: ["partials/note.html": ""],
            line: 1,
            column: 49, message: "no template named `partials/nope.html`", hint: "did you mean `partials/note.html`?",
            japanese: "`partials/nope.html` という名前のテンプレートはありません",
            japaneseHint: "`partials/note.html` のことですか？"),
        ExpectedError(
            template: "{% block b %}{{ super() }}{% endblock %}", line: 1, column: 17,
            message: "`super()` in block `b`, but no parent template defines that block",
            japanese: "ブロック `b` に `super()` がありますが、親のテンプレートにそのブロックがありません"),
    ])
    func renderError(_ expected: ExpectedError) {
        expected.check()
    }

    @Test func errorsInAPartialPointIntoThePartial() {
        ExpectedError(
            template: "<main>\n{% include 'partials/card.html' %}\n</main>", context: Self.context,
            others: ["partials/card.html": "<div>\n  {{ staff.nmae }}\n</div>"], path: "layouts/partials/card.html",
            line: 2, column: 12, message: "`staff` has no field `nmae`", hint: "did you mean `staff.name`?",
            japanese: "`staff` に `nmae` という項目はありません",
            japaneseHint: "`staff.name` のことですか？"
        ).check()
    }

    @Test func errorsInALayoutPointIntoTheLayout() {
        let others = [
            "base.html": "<title>{{ site.titel }}</title>{% block content %}{% endblock %}",
            "section.html":
                "{% extends 'base.html' %}{% block content %}<section>{% block inner %}{% endblock %}</section>{% endblock %}",
        ]
        ExpectedError(
            template: "{% extends 'section.html' %}{% block inner %}ok{% endblock %}", context: Self.context,
            others: others,
            path: "layouts/base.html", line: 1, column: 16, message: "`site` has no field `titel`",
            hint: "did you mean `site.title`?",
            japanese: "`site` に `titel` という項目はありません",
            japaneseHint: "`site.title` のことですか？"
        ).check()
        ExpectedError(
            template: "{% extends 'section.html' %}{% block inner %}\n{{ nope }}{% endblock %}",
            context: ["site": map(["title": .string("x")])],
            others: ["base.html": "{% block content %}{% endblock %}", "section.html": others["section.html"] ?? ""],
            line: 2, column: 4, message: "undefined variable `nope`", hint: "variables here: site",
            japanese: "`nope` という変数はありません",
            japaneseHint: "ここで使える変数: site"
        ).check()
    }

    @Test func renderingAnUnknownTemplate() throws {
        let library = try Fixture.library(["staff.html": ""])
        #expect(throws: DiagnosticError.self) { try library.render("staf.html", context: [:]) }
        do {
            _ = try library.render("staf.html", context: [:])
        } catch {
            #expect(error.diagnostics.map(\.message) == ["no template named `staf.html`"])
            #expect(error.diagnostics.first?.hint == "did you mean `staff.html`?")
            #expect(error.diagnostics.first?.message(in: .japanese) == "`staf.html` という名前のテンプレートはありません")
            #expect(error.diagnostics.first?.hint(in: .japanese) == "`staff.html` のことですか？")
            #expect(error.diagnostics.first?.location == nil)
        }
    }

    // MARK: - Loading errors

    @Test(arguments: [
        ExpectedError(
            template: "{{ staff.name | lenght }}", line: 1, column: 17, message: "unknown filter `lenght`",
            hint: "did you mean `length`?",
            japanese: "`lenght` というフィルターはありません",
            japaneseHint: "`length` のことですか？"),
        ExpectedError(
            template: "{{ staff.name | upcase }}", line: 1, column: 17, message: "unknown filter `upcase`",
            hint: "Koho's name for `upcase` is `upper`",
            japanese: "`upcase` というフィルターはありません",
            japaneseHint: "Koho では `upcase` は `upper` という名前です"),
        ExpectedError(
            template: "{{ staff.name | absURL }}", line: 1, column: 17, message: "unknown filter `absURL`",
            hint: "Koho's name for `absURL` is `abs_url`",
            japanese: "`absURL` というフィルターはありません",
            japaneseHint: "Koho では `absURL` は `abs_url` という名前です"),
        ExpectedError(
            template: "{{ x | upper(1) }}", line: 1, column: 8, message: "`upper` takes no arguments, got 1",
            hint: "use `upper`",
            japanese: "`upper` には引数を付けません（1個付いています）",
            japaneseHint: "`upper` のように使ってください"),
        ExpectedError(
            template: "{{ x | truncate(lenght=3) }}", line: 1, column: 17,
            message: "`truncate` has no argument `lenght`",
            hint: "did you mean `length`?",
            japanese: "`truncate` に `lenght` という引数はありません",
            japaneseHint: "`length` のことですか？"),
        ExpectedError(
            template: "{{ x | replace('a') }}", line: 1, column: 8, message: "`replace` is missing its argument `new`",
            hint: "use `replace(old, new, count)`",
            japanese: "`replace` の引数 `new` がありません",
            japaneseHint: "`replace(old, new, count)` のように使ってください"),
        ExpectedError(
            template: "{{ x | truncate(3, length=4) }}", line: 1, column: 20,
            message: "`truncate` got argument `length` twice",
            hint: "use `truncate(length, end)`",
            japanese: "`truncate` の引数 `length` が二度指定されています",
            japaneseHint: "`truncate(length, end)` のように使ってください"),
        ExpectedError(
            template: "{{ d | date('%Y/%Q') }}", line: 1, column: 8,
            message: "unknown date directive `%Q` in \"%Y/%Q\"",
            hint: "supported: " + TemplateDateFormatter.supported,
            japanese: "日付の書式 \"%Y/%Q\" に知らない指定 `%Q` があります",
            japaneseHint: "使える指定: " + TemplateDateFormatter.supported),
        ExpectedError(
            template: "{{ d | date('%EY/%EQ') }}", line: 1, column: 8,
            message: "unknown date directive `%EQ` in \"%EY/%EQ\"",
            hint: "supported: " + TemplateDateFormatter.supported,
            japanese: "日付の書式 \"%EY/%EQ\" に知らない指定 `%EQ` があります",
            japaneseHint: "使える指定: " + TemplateDateFormatter.supported),
        ExpectedError(
            template: "{{ 'read_mor' | t }}", line: 1, column: 17,
            message: "no translation for `read_mor` in themes/default/i18n/en.yml", hint: "did you mean `read_more`?",
            japanese: "themes/default/i18n/en.yml に `read_mor` の訳がありません",
            japaneseHint: "`read_more` のことですか？"),
        ExpectedError(
            template: "<ul>\n{% for x in xs %}\n<li>{{ x }}</li>\n", line: 2, column: 1,
            message: "`{% for %}` is never closed", hint: "add `{% endfor %}`",
            japanese: "`{% for %}` が閉じられていません",
            japaneseHint: "`{% endfor %}` を追加してください"),
        ExpectedError(
            template: "{% if a %}\n{% if b %}{% endif %}", line: 1, column: 1, message: "`{% if %}` is never closed",
            hint: "add `{% endif %}`",
            japanese: "`{% if %}` が閉じられていません",
            japaneseHint: "`{% endif %}` を追加してください"),
        ExpectedError(
            template: "{% block content %}", line: 1, column: 1, message: "`{% block %}` is never closed",
            hint: "add `{% endblock %}`",
            japanese: "`{% block %}` が閉じられていません",
            japaneseHint: "`{% endblock %}` を追加してください"),
        ExpectedError(
            template: "{% for x in xs %}\n{{ x }}\n{% endif %}", line: 3, column: 4,
            message: "`{% endif %}` does not match `{% for %}` (line 1)", hint: "close it with `{% endfor %}`",
            japanese: "`{% endif %}` は `{% for %}`（1行目）と対応していません",
            japaneseHint: "`{% endfor %}` で閉じてください"),
        ExpectedError(
            template: "{% if a %}\n  {% for x in xs %}\n{% endif %}", line: 3, column: 4,
            message: "`{% endif %}` closes `{% if %}` (line 1), but `{% for %}` (line 2) is still open",
            hint: "add `{% endfor %}` before it",
            japanese: "`{% endif %}` は `{% if %}`（1行目）を閉じるものですが、`{% for %}`（2行目）がまだ閉じられていません",
            japaneseHint: "その前に `{% endfor %}` を追加してください"),
        ExpectedError(
            template: "{% incude 'x.html' %}", line: 1, column: 4, message: "unknown tag `{% incude %}`",
            hint: "did you mean `include`?",
            japanese: "`{% incude %}` というタグはありません",
            japaneseHint: "`include` のことですか？"),
        ExpectedError(
            template: "{% macro card() %}", line: 1, column: 4, message: "`{% macro %}` is not supported",
            hint: "use `{% include %}` with variables set by `{% set %}`",
            japanese: "`{% macro %}` は使えません",
            japaneseHint: "`{% set %}` で変数を決めてから `{% include %}` を使ってください"),
        ExpectedError(
            template: "a{% else %}b", line: 1, column: 5, message: "`{% else %}` outside `{% if %}` or `{% for %}`",
            japanese: "`{% if %}` や `{% for %}` の外に `{% else %}` があります"),
        ExpectedError(
            template: "{% endblock %}", line: 1, column: 4, message: "`{% endblock %}` has no matching `{% block %}`",
            japanese: "`{% endblock %}` に対応する `{% block %}` がありません"),
        ExpectedError(
            template: "\n\n  {% endfor %}", line: 3, column: 6, message: "`{% endfor %}` has no matching `{% for %}`",
            japanese: "`{% endfor %}` に対応する `{% for %}` がありません"),
        ExpectedError(
            template: "{% if a %}{% else %}{% elif b %}{% endif %}", line: 1, column: 24,
            message: "`{% elif %}` cannot follow `{% else %}`",
            hint: "`{% else %}` must be the last branch of `{% if %}`",
            japanese: "`{% else %}` の後に `{% elif %}` は書けません",
            japaneseHint: "`{% else %}` は `{% if %}` のいちばん最後に書いてください"),
        ExpectedError(
            template: "<p>\n{{ staff.name </p>\n", line: 2, column: 1, message: "`{{` is never closed",
            hint: "add `}}`",
            japanese: "`{{` が閉じられていません",
            japaneseHint: "`}}` を追加してください"
        ),
        ExpectedError(
            template: "{% if x", line: 1, column: 1, message: "`{%` is never closed", hint: "add `%}`",
            japanese: "`{%` が閉じられていません",
            japaneseHint: "`%}` を追加してください"),
        ExpectedError(
            template: "a {# note", line: 1, column: 3, message: "`{#` comment is never closed", hint: "add `#}`",
            japanese: "`{#` で始めたコメントが閉じられていません",
            japaneseHint: "`#}` を追加してください"),
        ExpectedError(
            template: "{% raw %}{{ x }}", line: 1, column: 1, message: "`{% raw %}` is never closed",
            hint: "add `{% endraw %}`",
            japanese: "`{% raw %}` が閉じられていません",
            japaneseHint: "`{% endraw %}` を追加してください"),
        ExpectedError(
            template: "{{ x %}", line: 1, column: 6, message: "`{{` is closed with `%}`", hint: "close it with `}}`",
            japanese: "`{{` が `%}` で閉じられています",
            japaneseHint: "`}}` で閉じてください"),
        ExpectedError(
            template: "{% if x }}{% endif %}", line: 1, column: 9, message: "`{%` is closed with `}}`",
            hint: "close it with `%}`",
            japanese: "`{%` が `}}` で閉じられています",
            japaneseHint: "`%}` で閉じてください"),
        ExpectedError(
            template: "{{ \"abc }}\n", line: 1, column: 4, message: "unterminated string literal",
            hint: "close it with `\"` on the same line (write `\\n` for a line break)",
            japanese: "引用符で始めた文字列が閉じられていません",
            japaneseHint: "同じ行の中で `\"` で閉じてください（改行は `\\n` と書きます）"),
        ExpectedError(
            template: "{{ a @ b }}", line: 1, column: 6, message: "unexpected character `@`",
            japanese: "ここでは使えない文字 `@` があります"),
        ExpectedError(
            template: "{% include 'partials/shar.html' %}", others: ["partials/share.html": ""], line: 1, column: 12,
            message: "no template named `partials/shar.html`", hint: "did you mean `partials/share.html`?",
            japanese: "`partials/shar.html` という名前のテンプレートはありません",
            japaneseHint: "`partials/share.html` のことですか？"),
        ExpectedError(
            template: "{% extends \"bse.html\" %}", others: ["base.html": ""], line: 1, column: 12,
            message: "no template named `bse.html`", hint: "did you mean `base.html`?",
            japanese: "`bse.html` という名前のテンプレートはありません",
            japaneseHint: "`base.html` のことですか？"),
        ExpectedError(
            template: "{% if x %}{% extends 'base.html' %}{% endif %}", others: ["base.html": ""], line: 1, column: 14,
            message: "`{% extends %}` must be at the top level, not inside `{% if %}`",
            japanese: "`{% extends %}` は `{% if %}` の中ではなく、いちばん外側に書きます"),
        ExpectedError(
            template: "{% block a %}{% endblock %}\n{% block a %}{% endblock %}", line: 2, column: 10,
            message: "block `a` is defined twice", hint: "the first is at line 1",
            japanese: "ブロック `a` が二度定義されています",
            japaneseHint: "一つ目は1行目にあります"),
        ExpectedError(
            template: "{% block a %}{% endblock b %}", line: 1, column: 26,
            message: "`{% endblock b %}` closes block `a`",
            hint: "write `{% endblock %}` or `{% endblock a %}`",
            japanese: "ブロック `a` を `{% endblock b %}` で閉じています",
            japaneseHint: "`{% endblock %}` か `{% endblock a %}` と書いてください"),
        ExpectedError(
            template: "{{ super() }}", line: 1, column: 4, message: "`super()` is only allowed inside a `{% block %}`",
            japanese: "`super()` は `{% block %}` の中でしか使えません"),
        ExpectedError(
            template: "{% for x in xs %}{{ loop.indx }}{% endfor %}", line: 1, column: 26,
            message: "`loop` has no field `indx`",
            hint: "did you mean `loop.index`?",
            japanese: "`loop` に `indx` という項目はありません",
            japaneseHint: "`loop.index` のことですか？"),
        ExpectedError(
            template: "{% if x is defind %}{% endif %}", line: 1, column: 12, message: "unknown test `defind`",
            hint: "did you mean `defined`?",
            japanese: "`defind` というテストはありません",
            japaneseHint: "`defined` のことですか？"),
        ExpectedError(
            template: "{{ }}", line: 1, column: 4, message: "expected an expression, found the end of the tag",
            japanese: "式が必要なところに タグの終わり があります"),
        ExpectedError(
            template: "{{ a b }}", line: 1, column: 6, message: "unexpected `b` in the tag",
            hint: "join values with `~`, or put a `|` before a filter",
            japanese: "タグの中に余分な `b` があります",
            japaneseHint: "値をつなげるなら `~` を、フィルターを使うなら前に `|` を書いてください"),
        ExpectedError(
            template: "{% for x xs %}{% endfor %}", line: 1, column: 10,
            message: "expected `in` after the loop variable, found `xs`", hint: "write `{% for item in list %}`",
            japanese: "ループの変数の後、`in` が必要なところに `xs` があります",
            japaneseHint: "`{% for item in list %}` のように書いてください"),
        ExpectedError(
            template: "{% set staff.name = 1 %}", line: 1, column: 13,
            message: "`{% set %}` can only set a variable, not a field",
            hint: "maps are read-only in templates; set a new variable instead",
            japanese: "`{% set %}` で決められるのは変数だけで、項目は変えられません",
            japaneseHint: "テンプレートの中では項目の組（マップ）は変えられません。代わりに新しい変数を決めてください"),
        ExpectedError(
            template: "{{ (1 + 2 }}", line: 1, column: 11,
            message: "expected `)` to close `(`, found the end of the tag",
            japanese: "`(` を閉じる `)` が必要なところに タグの終わり があります"),
        ExpectedError(
            template: "{{ f(1) }}", line: 1, column: 5, message: "`f` cannot be called",
            hint: "apply a filter with `|` instead: `value | filter(arguments)`",
            japanese: "`f` は呼び出せません",
            japaneseHint: "代わりに `|` でフィルターを使ってください（`value | filter(arguments)`）"),
        ExpectedError(
            template: "{{ x | upper }}{% endif %}", line: 1, column: 19,
            message: "`{% endif %}` has no matching `{% if %}`",
            japanese: "`{% endif %}` に対応する `{% if %}` がありません"),
    ])
    func loadError(_ expected: ExpectedError) {
        expected.check()
    }

    @Test func everySyntaxErrorOfEveryTemplateIsReportedAtOnce() {
        let templates = [
            "a.html": "{{ x | lenght }}\n{% for x in xs %}",
            "b.html": "{% incude 'a.html' %}\n{{ y | uper }}",
            "ok.html": "{{ fine }}",
        ]
        do {
            _ = try Fixture.library(templates)
            Issue.record("expected errors")
        } catch {
            let lines = error.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
            #expect(
                lines == [
                    "layouts/a.html:1:8 unknown filter `lenght`",
                    "layouts/a.html:2:1 `{% for %}` is never closed",
                    "layouts/b.html:1:4 unknown tag `{% incude %}`",
                    "layouts/b.html:2:8 unknown filter `uper`",
                ])
        }
    }

    @Test func extendsCycleIsReportedAtEachExtends() {
        do {
            _ = try Fixture.library([
                "a.html": "{% extends 'b.html' %}", "b.html": "\n{% extends 'a.html' %}",
                "c.html": "{% extends 'a.html' %}",
            ])
            Issue.record("expected a cycle error")
        } catch {
            let lines = error.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
            #expect(
                lines == [
                    "layouts/a.html:1:12 `{% extends %}` cycle: a.html → b.html → a.html",
                    "layouts/b.html:2:12 `{% extends %}` cycle: a.html → b.html → a.html",
                ])
            #expect(error.diagnostics.first?.hint == "a layout cannot extend a template that extends it")
            #expect(
                error.diagnostics.first?.message(in: .japanese)
                    == "`{% extends %}` が輪になっています: a.html → b.html → a.html")
            #expect(
                error.diagnostics.first?.hint(in: .japanese)
                    == "レイアウトは、自分を `extends` しているテンプレートを `extends` できません")
        }
    }

    @Test func aTemplateThatExtendsItself() {
        let d = Fixture.diagnostic("{% extends 'page.html' %}")
        #expect(d?.message == "`{% extends %}` cycle: page.html → page.html")
        #expect(d?.message(in: .japanese) == "`{% extends %}` が輪になっています: page.html → page.html")
    }

    @Test func duplicateTemplateNames() {
        let sources = [
            TemplateSource(name: "a.html", path: "themes/x/a.html", text: ""),
            TemplateSource(name: "a.html", path: "layouts/a.html", text: ""),
        ]
        do {
            _ = try TemplateLibrary(sources: sources, environment: Fixture.environment)
            Issue.record("expected an error")
        } catch {
            let d = error.diagnostics.first
            #expect(d?.description == "layouts/a.html:1:1: error: two templates are named `a.html`")
            #expect(d?.hint == "the other is themes/x/a.html")
            #expect(d?.message(in: .japanese) == "`a.html` という名前のテンプレートが二つあります")
            #expect(d?.hint(in: .japanese) == "もう一つは themes/x/a.html です")
        }
    }

    @Test func diagnosticsPrintWithTheLineAndACaret() {
        let d = Fixture.diagnostic("<p>\n  {{ staff.nmae }}</p>", Self.context)
        #expect(
            d.map { DiagnosticFormatter.text($0) } == """
                layouts/page.html:2:12: error: `staff` has no field `nmae`
                      {{ staff.nmae }}</p>
                               ^
                  hint: did you mean `staff.name`?

                """)
        #expect(
            d.map { DiagnosticFormatter.text($0, in: .japanese) } == """
                layouts/page.html:2:12: error: `staff` に `nmae` という項目はありません
                      {{ staff.nmae }}</p>
                               ^
                  ヒント: `staff.name` のことですか？

                """)
    }

    @Test func columnsCountUnicodeScalars() {
        let d = Fixture.diagnostic("<h1>佐藤さん{{ nope }}</h1>")
        #expect(d?.location?.column == 12)
    }
}
