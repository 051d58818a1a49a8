import KohoDiagnostics
import Testing

@testable import KohoTemplates

/// The template messages the other suites do not reach, each in English and in Japanese: template authors
/// on a Japanese site read the second.
@Suite struct TemplateMessageTests {
    static let context = ErrorTests.context.merging(["empty": map([:])]) { a, _ in a }

    // MARK: - Tags and expressions, found when a template is loaded

    @Test(arguments: [
        ExpectedError(
            template: "{% 'x' %}", line: 1, column: 4, message: "expected a tag name after `{%`, found string \"x\"",
            hint: "tags: if, for, set, include, extends, block, raw",
            japanese: "`{%` の後、タグの名前が必要なところに 文字列 \"x\" があります",
            japaneseHint: "使えるタグ: if、for、set、include、extends、block、raw"),
        ExpectedError(
            template: "{% zzzzzzzz %}", line: 1, column: 4, message: "unknown tag `{% zzzzzzzz %}`",
            hint: "tags: if, for, set, include, extends, block, raw",
            japanese: "`{% zzzzzzzz %}` というタグはありません",
            japaneseHint: "使えるタグ: if、for、set、include、extends、block、raw"),
        ExpectedError(
            template: "{% import 'x.html' %}", line: 1, column: 4, message: "`{% import %}` is not supported",
            hint: "use `{% include %}`", japanese: "`{% import %}` は使えません",
            japaneseHint: "`{% include %}` を使ってください"),
        ExpectedError(
            template: "{% with %}", line: 1, column: 4, message: "`{% with %}` is not supported",
            hint: "use `{% set %}`", japanese: "`{% with %}` は使えません", japaneseHint: "`{% set %}` を使ってください"),
        ExpectedError(
            template: "{% filter upper %}", line: 1, column: 4, message: "`{% filter %}` is not supported",
            hint: "apply the filter to a variable set with `{% set x %}…{% endset %}`",
            japanese: "`{% filter %}` は使えません",
            japaneseHint: "`{% set x %}…{% endset %}` で変数に入れてから、その変数にフィルターを使ってください"),
        ExpectedError(
            template: "{% autoescape false %}", line: 1, column: 4, message: "`{% autoescape %}` is not supported",
            hint: "output is always escaped; use `| safe` for trusted HTML",
            japanese: "`{% autoescape %}` は使えません",
            japaneseHint: "出力する文字列は、いつも HTML の記号が置き換えられます（エスケープ）。信頼できる HTML には `| safe` を付けてください"),
        ExpectedError(
            template: "{% elif x %}", line: 1, column: 4, message: "`{% elif %}` outside `{% if %}`",
            japanese: "`{% if %}` の外に `{% elif %}` があります"),
        ExpectedError(
            template: "{% for 1 in xs %}{% endfor %}", line: 1, column: 8,
            message: "expected a variable name, found `1`", japanese: "変数の名前が必要なところに `1` があります"),
        ExpectedError(
            template: "{% set x 1 %}", line: 1, column: 10, message: "expected `=` after `x`, found `1`",
            hint: "write `{% set x = value %}`", japanese: "`x` の後、`=` が必要なところに `1` があります",
            japaneseHint: "`{% set x = value %}` のように書いてください"),
        ExpectedError(
            template: "{% include 5 %}", line: 1, column: 12,
            message: "`{% include %}` needs a template name, got an int",
            japanese: "`{% include %}` にはテンプレートの名前を書きます（整数になっています）"),
        ExpectedError(
            template: "{% extends base %}", line: 1, column: 12,
            message: "`{% extends %}` needs one quoted template name",
            hint: "write `{% extends \"base.html\" %}`",
            japanese: "`{% extends %}` には、引用符で囲んだテンプレートの名前を一つ書きます",
            japaneseHint: "`{% extends \"base.html\" %}` のように書いてください"),
        ExpectedError(
            template: "{% extends 'a.html' %}\n{% extends 'a.html' %}", others: ["a.html": ""], line: 2, column: 4,
            message: "a template can extend only one other template", hint: "it already extends another at line 1",
            japanese: "一つのテンプレートが `extends` できるテンプレートは一つだけです",
            japaneseHint: "1行目ですでに別のテンプレートを `extends` しています"),
        ExpectedError(
            template: "{% block 'x' %}", line: 1, column: 10, message: "expected a block name, found string \"x\"",
            hint: "write `{% block content %}`", japanese: "ブロックの名前が必要なところに 文字列 \"x\" があります",
            japaneseHint: "`{% block content %}` のように書いてください"),
        ExpectedError(
            template: "{% block b %}{{ super() ~ 'x' }}{% endblock %}", line: 1, column: 17,
            message: "`super()` can only be printed on its own", hint: "write `{{ super() }}`",
            japanese: "`super()` はほかの値と組み合わせず、それだけで出力します",
            japaneseHint: "`{{ super() }}` のように書いてください"),
        ExpectedError(
            template: "{{ and }}", line: 1, column: 4, message: "expected an expression, found `and`",
            japanese: "式が必要なところに `and` があります"),
        ExpectedError(
            template: "{{ xs[0 }}", line: 1, column: 9, message: "expected `]` to close `[`, found the end of the tag",
            japanese: "`[` を閉じる `]` が必要なところに タグの終わり があります"),
        ExpectedError(
            template: "{{ [1, 2 }}", line: 1, column: 10,
            message: "expected `]` to close the list, found the end of the tag",
            japanese: "リストを閉じる `]` が必要なところに タグの終わり があります"),
        ExpectedError(
            template: "{{ {'a' 1} }}", line: 1, column: 9, message: "expected `:` after a map key, found `1`",
            japanese: "項目の組（マップ）のキーの後、`:` が必要なところに `1` があります"),
        ExpectedError(
            template: "{% set m = {'a': 1 ) } %}", line: 1, column: 20,
            message: "expected `}` to close the map, found `)`",
            japanese: "項目の組（マップ）を閉じる `}` が必要なところに `)` があります"),
        ExpectedError(
            template: "{{ loop.cycle('a', 'b' ] }}", line: 1, column: 24,
            message: "expected `)` to close `loop.cycle(`, found `]`",
            japanese: "`loop.cycle(` を閉じる `)` が必要なところに `]` があります"),
        ExpectedError(
            template: "{{ x | truncate(3 ] }}", line: 1, column: 19,
            message: "expected `)` to close the arguments of `truncate`, found `]`",
            japanese: "`truncate` の引数を閉じる `)` が必要なところに `]` があります"),
        ExpectedError(
            template: "{% if x is 5 %}{% endif %}", line: 1, column: 12,
            message: "expected a test name after `is`, found `5`",
            hint: "tests: " + TestKind.allCases.map(\.rawValue).joined(separator: ", "),
            japanese: "`is` の後、テストの名前が必要なところに `5` があります",
            japaneseHint: "使えるテスト: " + TestKind.allCases.map(\.rawValue).joined(separator: "、")),
        ExpectedError(
            template: "{{ loop.5 }}", line: 1, column: 9, message: "expected a field name after `loop.`, found `5`",
            japanese: "`loop.` の後、項目の名前が必要なところに `5` があります"),
        ExpectedError(
            template: "{{ loop.cycle() }}", line: 1, column: 9, message: "`loop.cycle` needs at least one value",
            japanese: "`loop.cycle` には値が一つ以上必要です"),
        ExpectedError(
            template: "{{ loop.zzzzzzzz }}", line: 1, column: 9, message: "`loop` has no field `zzzzzzzz`",
            hint: "fields of `loop`: index, index0, revindex, revindex0, first, last, length, depth, depth0, cycle",
            japanese: "`loop` に `zzzzzzzz` という項目はありません",
            japaneseHint: "`loop` の項目: index、index0、revindex、revindex0、first、last、length、depth、depth0、cycle"),
        ExpectedError(
            template: "{{ x.'a' }}", line: 1, column: 6, message: "expected a field name after `.`, found string \"a\"",
            japanese: "`.` の後、項目の名前が必要なところに 文字列 \"a\" があります"),
        ExpectedError(
            template: "{{ x | 5 }}", line: 1, column: 8, message: "expected a filter name after `|`, found `5`",
            japanese: "`|` の後、フィルターの名前が必要なところに `5` があります"),
        ExpectedError(
            template: "{{ x | truncate(length=3, '!') }}", line: 1, column: 27,
            message: "a positional argument cannot follow a keyword argument",
            japanese: "名前付きの引数の後に、名前のない引数は書けません"),
        ExpectedError(
            template: "{{ x | truncate(1, '…', 3) }}", line: 1, column: 8,
            message: "`truncate` takes at most 2 arguments, got 3", hint: "use `truncate(length, end)`",
            japanese: "`truncate` の引数は2個までです（3個付いています）",
            japaneseHint: "`truncate(length, end)` のように使ってください"),
        ExpectedError(
            template: "{{ x | default(1, true, 3) }}", line: 1, column: 8,
            message: "`default` takes at most 2 arguments, got 3", hint: "use `default(value, boolean)`",
            japanese: "`default` の引数は2個までです（3個付いています）",
            japaneseHint: "`default(value, boolean)` のように使ってください"),
        ExpectedError(
            template: "{{ x | date('%Y%') }}", line: 1, column: 8,
            message: "the date format \"%Y%\" ends with a lone `%`",
            hint: "write `%%` for a percent sign", japanese: "日付の書式 \"%Y%\" が `%` 一つで終わっています",
            japaneseHint: "パーセント記号そのものは `%%` と書いてください"),
    ])
    func loadError(_ expected: ExpectedError) {
        expected.check()
    }

    @Test func anUnknownFilterFarFromEveryNameListsTheFilters() {
        let names = Array(BuiltinFilters.all.keys).sorted()
        #expect(names.count <= 60)
        let d = Fixture.diagnostic("{{ x | zzzzzzzzzzzz }}")
        #expect(d?.hint == "filters: " + names.joined(separator: ", "))
        #expect(d?.hint(in: .japanese) == "使えるフィルター: " + names.joined(separator: "、"))
        #expect(d?.message(in: .japanese) == "`zzzzzzzzzzzz` というフィルターはありません")
    }

    // MARK: - Values, found when a page is rendered

    @Test(arguments: [
        ExpectedError(
            template: "{{ zzz }}", line: 1, column: 4, message: "undefined variable `zzz`",
            hint: "no variables are defined here", japanese: "`zzz` という変数はありません",
            japaneseHint: "ここで使える変数はありません"),
        ExpectedError(
            template: "{{ empty.a }}", context: context, line: 1, column: 10, message: "`empty` has no field `a`",
            hint: "`empty` has no fields", japanese: "`empty` に `a` という項目はありません",
            japaneseHint: "`empty` には項目がありません"),
        ExpectedError(
            template: "{{ empty }}", context: context, line: 1, column: 4, message: "cannot print `empty`: it is a map",
            hint: "print one of its fields",
            japanese: "`empty` は項目の組（マップ）なので、そのままでは出力できません",
            japaneseHint: "その中の項目を一つ選んで出力してください"),
        ExpectedError(
            template: "{{ 'ab'[5] }}", line: 1, column: 8,
            message: "index 5 is out of range: `\"ab\"` has 2 characters",
            japanese: "番号 5 は範囲の外です（`\"ab\"` は2文字です）"),
        ExpectedError(
            template: "{{ 'a'[1] }}", line: 1, column: 7, message: "index 1 is out of range: `\"a\"` has 1 character",
            japanese: "番号 1 は範囲の外です（`\"a\"` は1文字です）"),
        ExpectedError(
            template: "{{ staff.photo[0] }}", context: context, line: 1, column: 15,
            message: "`staff.photo` is null, so it has no items",
            hint: "test it first: `{% if staff.photo %}`, or use `| default(…)`",
            japanese: "`staff.photo` は空の値（null）なので、中に項目がありません",
            japaneseHint: "先に `{% if staff.photo %}` で確かめるか、`| default(…)` を使ってください"),
        ExpectedError(
            template: "{{ xs['a'] }}", context: context, line: 1, column: 6,
            message: "cannot index a list with a string",
            hint: "lists take an int (`xs[0]`), maps a string (`m[\"key\"]`)",
            japanese: "リストから文字列で項目を取り出すことはできません",
            japaneseHint: "リストには整数（`xs[0]`）、項目の組（マップ）には文字列（`m[\"key\"]`）を使ってください"),
        ExpectedError(
            template: "{{ xs['a':] }}", context: context, line: 1, column: 6,
            message: "slice bounds must be ints, got a string",
            japanese: "切り出す範囲（スライス）は整数で書きます（文字列になっています）"),
        ExpectedError(
            template: "{{ d[1:] }}", context: context, line: 1, column: 5, message: "cannot slice `d`: it is a date",
            japanese: "`d` は日付なので、範囲を切り出せません"),
        ExpectedError(
            template: "{% set k = 1 %}{{ {k: 2} }}", line: 1, column: 20,
            message: "map keys must be strings, got an int",
            japanese: "項目の組（マップ）のキーは文字列で書きます（整数になっています）"),
        ExpectedError(
            template: "{{ -'a' }}", line: 1, column: 4, message: "cannot negate a string",
            japanese: "文字列にマイナスは付けられません"),
        ExpectedError(
            template: "{{ xs ~ 'a' }}", context: context, line: 1, column: 7,
            message: "cannot join a list as text with `~`", hint: "join a list's items with `| join(\", \")`",
            japanese: "リストは `~` で文字列としてつなげられません",
            japaneseHint: "リストの項目をつなげるには `| join(\", \")` を使ってください"),
        ExpectedError(
            template: "{{ 1 in 'abc' }}", line: 1, column: 6,
            message: "`in` a string needs a string on its left, got an int",
            japanese: "文字列に `in` を使うときは、左に文字列を書きます（整数になっています）"),
        ExpectedError(
            template: "{{ 'a' is even }}", line: 1, column: 8, message: "`is even` needs an int, got a string",
            japanese: "`is even` には整数が必要です（文字列になっています）"),
        ExpectedError(
            template: "{% set n = 5 %}{% include n %}", line: 1, column: 27,
            message: "`{% include %}` needs a template name, got an int",
            japanese: "`{% include %}` にはテンプレートの名前を書きます（整数になっています）"),
        ExpectedError(
            template: "{{ 1.5 < d }}", context: context, line: 1, column: 8,
            message: "cannot compare a float with a date",
            japanese: "小数と日付は比べられません"),
        ExpectedError(
            template: "{{ true < site }}", context: context, line: 1, column: 9,
            message: "cannot compare a boolean with a map", japanese: "真偽値と項目の組（マップ）は比べられません"),
        ExpectedError(
            template: "{{ ('<b>' | safe) - 1 }}", line: 1, column: 19,
            message: "cannot apply `-` to safe HTML and an int", japanese: "HTML として扱う文字列と整数に `-` は使えません"),
    ])
    func renderError(_ expected: ExpectedError) {
        expected.check()
    }

    // MARK: - Filters

    @Test(arguments: [
        ExpectedError(
            template: "{{ xs | upper }}", context: context, line: 1, column: 9,
            message: "`upper` expects a string, got a list",
            japanese: "`upper` には文字列を渡します（リストになっています）"),
        ExpectedError(
            template: "{{ 5 | length }}", line: 1, column: 8,
            message: "`length` expects a string, a list or a map, got an int",
            japanese: "`length` には文字列、リストか項目の組（マップ）を渡します（整数になっています）"),
        ExpectedError(
            template: "{{ xs | escape }}", context: context, line: 1, column: 9,
            message: "`escape` expects text, got a list",
            japanese: "`escape` には文字列を渡します（リストになっています）"),
        ExpectedError(
            template: "{{ 5 | items }}", line: 1, column: 8, message: "`items` expects a map, got an int",
            japanese: "`items` には項目の組（マップ）を渡します（整数になっています）"),
        ExpectedError(
            template: "{{ 5 | reverse }}", line: 1, column: 8,
            message: "`reverse` expects a list or a string, got an int",
            japanese: "`reverse` にはリストか文字列を渡します（整数になっています）"),
        ExpectedError(
            template: "{{ 5 | list }}", line: 1, column: 8,
            message: "`list` expects a list, a map or a string, got an int",
            japanese: "`list` にはリスト、項目の組（マップ）か文字列を渡します（整数になっています）"),
        ExpectedError(
            template: "{{ xs | string }}", context: context, line: 1, column: 9,
            message: "`string` expects a single value, got a list", japanese: "`string` には一つの値を渡します（リストになっています）"),
        ExpectedError(
            template: "{{ xs | urlencode }}", context: context, line: 1, column: 9,
            message: "`urlencode` expects a string or a map, got a list",
            japanese: "`urlencode` には文字列か項目の組（マップ）を渡します（リストになっています）"),
        ExpectedError(
            template: "{{ 'a' | abs }}", line: 1, column: 10, message: "`abs` expects a number, got a string",
            japanese: "`abs` には数値を渡します（文字列になっています）"),
        ExpectedError(
            template: "{{ 5 | first }}", line: 1, column: 8, message: "`first` expects a list, got an int",
            japanese: "`first` にはリストを渡します（整数になっています）"),
        ExpectedError(
            template: "{{ d | date(5) }}", context: context, line: 1, column: 8,
            message: "`date` expects a format string, got an int", japanese: "`date` の書式は文字列で書きます（整数になっています）"),
        ExpectedError(
            template: "{{ {'a': xs} | urlencode }}", context: context, line: 1, column: 16,
            message: "`urlencode` cannot encode a list in a query", japanese: "`urlencode` はクエリの中のリストを変換できません"),
        ExpectedError(
            template: "{{ 1.5 | round(0, 'up') }}", line: 1, column: 10, message: "`round` has no method \"up\"",
            hint: "methods: \"common\", \"ceil\", \"floor\"", japanese: "`round` に \"up\" という方法はありません",
            japaneseHint: "使える方法: \"common\"、\"ceil\"、\"floor\""),
        ExpectedError(
            template: "{{ ['a'] | join(['x']) }}", line: 1, column: 12,
            message: "`join` expects a string separator, got a list",
            hint: "join a list of strings or numbers; use `map(attribute=…)` to pick a field",
            japanese: "`join` の区切りは文字列で書きます（リストになっています）",
            japaneseHint: "文字列か数のリストをつなげてください。項目を選ぶには `map(attribute=…)` を使ってください"),
        ExpectedError(
            template: "{{ ['a', xs] | join }}", context: context, line: 1, column: 16,
            message: "`join` cannot join a list (item 2 of the list)",
            hint: "join a list of strings or numbers; use `map(attribute=…)` to pick a field",
            japanese: "`join` はリストをつなげられません（リストの2番目）",
            japaneseHint: "文字列か数のリストをつなげてください。項目を選ぶには `map(attribute=…)` を使ってください"),
        ExpectedError(
            template: "{{ xs | map }}", context: context, line: 1, column: 9,
            message: "`map` needs `attribute=\"…\"` or a filter name", hint: "write `map(attribute=\"name\")`",
            japanese: "`map` には `attribute=\"…\"` かフィルターの名前が必要です",
            japaneseHint: "`map(attribute=\"name\")` のように書いてください"),
        ExpectedError(
            template: "{{ xs | map('replace') }}", context: context, line: 1, column: 9,
            message: "`map` cannot apply `replace`: it is not a filter without arguments",
            japanese: "`map` では `replace` を使えません（引数なしで使えるフィルターではありません）"),
        ExpectedError(
            template: "{{ xs | batch(0) }}", context: context, line: 1, column: 9,
            message: "`batch` needs a size of at least 1, got 0", japanese: "`batch` の大きさは 1 以上にします（0 になっています）"),
        ExpectedError(
            template: "{{ ['a'] | sum }}", line: 1, column: 12, message: "`sum` can only add numbers, got a string",
            japanese: "`sum` で足せるのは数だけです（文字列があります）"),
        ExpectedError(
            template: "{{ [staff] | map(attribute='nmae') }}", context: context, line: 1, column: 14,
            message: "`map`: item 1 of the list has no field `nmae`", hint: "did you mean `name`?",
            japanese: "`map`: リストの1番目に `nmae` という項目はありません", japaneseHint: "`name` のことですか？"),
        ExpectedError(
            template: "{{ [site] | sort(attribute='zzzzzzzz') }}", context: context, line: 1, column: 13,
            message: "`sort`: item 1 of the list has no field `zzzzzzzz`", hint: "its fields: title",
            japanese: "`sort`: リストの1番目に `zzzzzzzz` という項目はありません", japaneseHint: "その項目: title"),
        ExpectedError(
            template: "{{ [xs] | map(attribute='5') }}", context: context, line: 1, column: 11,
            message: "`map`: item 1 of the list has no item `5`", japanese: "`map`: リストの1番目に `5` 番の項目はありません"),
        ExpectedError(
            template: "{{ xs | sum(attribute='a') }}", context: context, line: 1, column: 9,
            message: "`sum`: item 1 of the list is an int, which has no field `a`",
            japanese: "`sum`: リストの1番目は整数なので、項目 `a` はありません"),
        ExpectedError(
            template: "{{ [1, 'a'] | max }}", line: 1, column: 15, message: "`max` cannot compare a string with an int",
            japanese: "`max` は文字列と整数を比べられません"),
        ExpectedError(
            template: "{{ [staff] | selectattr('name', 'zz') | list }}", context: context, line: 1, column: 14,
            message: "`selectattr` has no test \"zz\"",
            hint: "tests: \"defined\", \"undefined\", \"none\", \"equalto\", \"ne\", \"in\", or none for truthy",
            japanese: "`selectattr` に \"zz\" というテストはありません",
            japaneseHint:
                "使えるテスト: \"defined\"、\"undefined\"、\"none\"、\"equalto\"、\"ne\"、\"in\"。何も書かなければ、値があるものを選びます"),
        ExpectedError(
            template: "{{ 'hello' | t(xs) }}", context: context, line: 1, column: 14,
            message: "`t` cannot put a list into `{0}`", japanese: "`t` はリストを `{0}` に入れられません"),
    ])
    func filterError(_ expected: ExpectedError) {
        expected.check()
    }

    @Test func sortNamesBothValuesItCannotCompare() {
        let d = Fixture.diagnostic("{{ [1, 'a'] | sort }}")
        let english = ["`sort` cannot compare a string with an int", "`sort` cannot compare an int with a string"]
        let japanese = ["`sort` は文字列と整数を比べられません", "`sort` は整数と文字列を比べられません"]
        #expect(english.contains(d?.message ?? ""))
        #expect(japanese.contains(d?.message(in: .japanese) ?? ""))
    }
}
