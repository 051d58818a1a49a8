import KohoDiagnostics
import Testing

@testable import KohoMarkdown

/// `{漢字|かんじ}` and `{漢字|かん|じ}` in text become `<ruby>` with `<rp>` fallbacks; code, URLs and braces
/// without a `|` stay as written; braces with a `|` that are not a ruby are reported where they start.
@Suite struct RubyTests {
    static let kanji = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>"
    static let perCharacter = "<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>"

    @Test(arguments: [
        ("{漢字|かんじ}", "<p>\(kanji)</p>"),
        ("{漢字|かん|じ}", "<p>\(perCharacter)</p>"),
        ("市の{漢字|かんじ}です。", "<p>市の\(kanji)です。</p>"),
        (
            "{東京都|とう|きょうと}",
            "<p><ruby>東<rp>(</rp><rt>とう</rt><rp>)</rp>京都<rp>(</rp><rt>きょうと</rt><rp>)</rp></ruby></p>"
        ),
        ("{漢字|かんじ}と{漢字|かん|じ}", "<p>\(kanji)と\(perCharacter)</p>"),
        ("{Koho|コホ}", "<p><ruby>Koho<rp>(</rp><rt>コホ</rt><rp>)</rp></ruby></p>"),
        ("{ABC|a|b|c}", "<p><ruby>A<rp>(</rp><rt>a</rt><rp>)</rp>B<rp>(</rp><rt>b</rt><rp>)</rp>C<rp>(</rp><rt>c</rt><rp>)</rp></ruby></p>"),
        ("{𠮷野|よし|の}", "<p><ruby>𠮷<rp>(</rp><rt>よし</rt><rp>)</rp>野<rp>(</rp><rt>の</rt><rp>)</rp></ruby></p>"),
        // Braces without a `|` are text.
        ("{x} and {y", "<p>{x} and {y</p>"),
        ("{x} {漢字|かんじ}", "<p>{x} \(kanji)</p>"),
        ("{{漢字|かんじ}}", "<p>{\(kanji)}</p>"),
        ("a | b", "<p>a | b</p>"),
        // Code is never read.
        ("`{漢字|かんじ}`", "<p><code>{漢字|かんじ}</code></p>"),
        ("`{漢字|かんじ}` {漢字|かんじ}", "<p><code>{漢字|かんじ}</code> \(kanji)</p>"),
        ("```\n{漢字|かんじ}\n```", "<pre><code>{漢字|かんじ}\n</code></pre>"),
        ("    {漢字|かんじ}", "<pre><code>{漢字|かんじ}\n</code></pre>"),
        // Emphasis around a ruby, and inside its base.
        ("*{漢字|かんじ}*", "<p><em>\(kanji)</em></p>"),
        ("**{漢字|かんじ}**", "<p><strong>\(kanji)</strong></p>"),
        ("_{漢字|かんじ}_ と ~~{漢字|かんじ}~~", "<p><em>\(kanji)</em> と <del>\(kanji)</del></p>"),
        ("{漢字|かんじ}*強調*", "<p>\(kanji)<em>強調</em></p>"),
        ("{*漢字*|かんじ}", "<p>{<em>漢字</em>|かんじ}</p>"),
        // Links: in the text, not in destinations or URLs.
        ("[{漢字|かんじ}](/x/)", "<p><a href=\"/x/\">\(kanji)</a></p>"),
        ("[市役所](/a/{x|y}/)", "<p><a href=\"/a/%7Bx%7Cy%7D/\">市役所</a></p>"),
        ("<https://example.jp/{a|b}>", "<p><a href=\"https://example.jp/%7Ba%7Cb%7D\">https://example.jp/{a|b}</a></p>"),
        ("![{漢字|かんじ}](/a.png)", "<p><img src=\"/a.png\" alt=\"漢字\" /></p>"),
        // Escaped: no HTML through the base or the reading.
        (
            "{&lt;b&gt;|&amp;\"x\"}",
            "<p><ruby>&lt;b&gt;<rp>(</rp><rt>&amp;&quot;x&quot;</rt><rp>)</rp></ruby></p>"
        ),
        ("{A<B|'x'&y}", "<p><ruby>A&lt;B<rp>(</rp><rt>'x'&amp;y</rt><rp>)</rp></ruby></p>"),
        // Raw HTML is its own node, never part of a ruby (and left out unless allowed).
        ("{<b>|x}", "<p>{<!-- raw HTML omitted -->|x}</p>"),
        // Headings, lists, tables.
        ("# {漢字|かんじ}の表", "<h1 id=\"漢字の表\">\(kanji)の表</h1>"),
        ("- {漢字|かん|じ}", "<ul>\n<li>\(perCharacter)</li>\n</ul>"),
        ("> {漢字|かんじ}", "<blockquote>\n<p>\(kanji)</p>\n</blockquote>"),
        // A table cell refuses `<ruby>`: what a browser without ruby shows.
        (
            "| a |\n| - |\n| {漢字\\|かん\\|じ} と {市\\|し} |",
            "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>漢(かん)字(じ) と 市(し)</td>\n</tr>\n</tbody>\n</table>"
        ),
    ])
    func rubyBecomesHTML(markdown: String, expected: String) {
        let rendered = render(markdown)
        #expect(rendered.html == expected + "\n")
        #expect(rendered.errors.isEmpty)
    }

    /// One malformed ruby: where it is written, and its message and hint in both languages.
    struct Malformed: Sendable, CustomTestStringConvertible {
        var markdown: String
        var problem: RubyScanner.Problem
        var source: String
        var position: SourcePosition
        var message: String
        var hint: String
        var japanese: String
        var japaneseHint: String
        var testDescription: String { markdown }
    }

    static let emptyBaseHint = "write the text, a `|`, then its reading: `{漢字|かんじ}`"
    static let emptyBaseHintJapanese = "文字、`|`、読みの順に `{漢字|かんじ}` のように書いてください"
    static let emptyReadingHint = "write a reading after each `|`: `{漢字|かんじ}` or `{漢字|かん|じ}`"
    static let emptyReadingHintJapanese = "`|` の後ろには必ず読みを書いてください。`{漢字|かんじ}` または `{漢字|かん|じ}` です"
    static let tooManyHint = "give each character at most one reading, `{漢字|かん|じ}`, or the whole text one, `{漢字|かんじ}`"
    static let tooManyHintJapanese = "読みは一文字に一つまで（`{漢字|かん|じ}`）か、全体に一つ（`{漢字|かんじ}`）にしてください"
    static let unclosedHint =
        "close it with `}` on the same line and outside emphasis; to show braces as written, put them in a code span"
    static let unclosedHintJapanese = "同じ行の中で、強調の外で `}` で閉じてください。波括弧をそのまま見せるときはコードスパンに入れてください"

    static let malformed: [Malformed] = [
        Malformed(
            markdown: "{|かんじ}", problem: .emptyBase, source: "{|かんじ}", position: at(1, 1),
            message: "ruby `{|かんじ}` has no text before its `|`", hint: emptyBaseHint,
            japanese: "ルビ `{|かんじ}` の `|` の前に文字がありません", japaneseHint: emptyBaseHintJapanese),
        Malformed(
            markdown: "本文の{漢字|}です", problem: .emptyReading, source: "{漢字|}", position: at(1, 4),
            message: "ruby `{漢字|}` has an empty reading", hint: emptyReadingHint,
            japanese: "ルビ `{漢字|}` に空の読みがあります", japaneseHint: emptyReadingHintJapanese),
        Malformed(
            markdown: "{漢字|かん||じ}", problem: .emptyReading, source: "{漢字|かん||じ}", position: at(1, 1),
            message: "ruby `{漢字|かん||じ}` has an empty reading", hint: emptyReadingHint,
            japanese: "ルビ `{漢字|かん||じ}` に空の読みがあります", japaneseHint: emptyReadingHintJapanese),
        Malformed(
            markdown: "first\n\n- x {漢字|か|ん|じ}", problem: .tooManyReadings(readings: 3, characters: 2),
            source: "{漢字|か|ん|じ}", position: at(3, 5),
            message: "ruby `{漢字|か|ん|じ}` has 3 readings for 2 characters", hint: tooManyHint,
            japanese: "ルビ `{漢字|か|ん|じ}` は 2 文字に読みが 3 個あります", japaneseHint: tooManyHintJapanese),
        Malformed(
            markdown: "> {A|a|b}", problem: .tooManyReadings(readings: 2, characters: 1),
            source: "{A|a|b}", position: at(1, 3),
            message: "ruby `{A|a|b}` has 2 readings for 1 character", hint: tooManyHint,
            japanese: "ルビ `{A|a|b}` は 1 文字に読みが 2 個あります", japaneseHint: tooManyHintJapanese),
        Malformed(
            markdown: "# 見出し {漢字|かんじ", problem: .unclosed, source: "{漢字|かんじ", position: at(1, 7),
            message: "ruby `{漢字|かんじ` has no closing `}`", hint: unclosedHint,
            japanese: "ルビ `{漢字|かんじ` を閉じる `}` がありません", japaneseHint: unclosedHintJapanese),
        Malformed(
            markdown: "{漢字|*かんじ*}", problem: .unclosed, source: "{漢字|", position: at(1, 1),
            message: "ruby `{漢字|` has no closing `}`", hint: unclosedHint,
            japanese: "ルビ `{漢字|` を閉じる `}` がありません", japaneseHint: unclosedHintJapanese),
        Malformed(
            markdown: "{漢字|かん\nじ}", problem: .unclosed, source: "{漢字|かん", position: at(1, 1),
            message: "ruby `{漢字|かん` has no closing `}`", hint: unclosedHint,
            japanese: "ルビ `{漢字|かん` を閉じる `}` がありません", japaneseHint: unclosedHintJapanese),
        // The same text in a code span before it is not what is reported.
        Malformed(
            markdown: "`{|x}` and {|x}", problem: .emptyBase, source: "{|x}", position: at(1, 12),
            message: "ruby `{|x}` has no text before its `|`", hint: emptyBaseHint,
            japanese: "ルビ `{|x}` の `|` の前に文字がありません", japaneseHint: emptyBaseHintJapanese),
        Malformed(
            markdown: "[link {|x}](/{|x}/)", problem: .emptyBase, source: "{|x}", position: at(1, 7),
            message: "ruby `{|x}` has no text before its `|`", hint: emptyBaseHint,
            japanese: "ルビ `{|x}` の `|` の前に文字がありません", japaneseHint: emptyBaseHintJapanese),
    ]

    @Test(arguments: malformed)
    func aMalformedRubyIsAnErrorAtItsBrace(_ example: Malformed) throws {
        let rendered = render(example.markdown, lineOffset: 6)
        let error = try #require(rendered.errors.first)
        #expect(rendered.errors.count == 1)
        #expect(error.kind == .ruby(example.problem, source: example.source))
        #expect(error.position == at(example.position.line + 6, example.position.column))
        #expect(error.message == example.message)
        #expect(error.hint == example.hint)
        let diagnostic = error.diagnostic(path: "content/posts/a.md")
        let place = "content/posts/a.md:\(example.position.line + 6):\(example.position.column)"
        #expect(diagnostic.description == "\(place): error: \(example.message)")
        #expect(diagnostic.headline(in: .japanese) == "\(place): error: \(example.japanese)")
        #expect(diagnostic.hint(in: .japanese) == example.japaneseHint)
        // The text stays as written.
        #expect(!rendered.html.contains("<ruby>"))
        #expect(rendered.html.contains(example.source.replacingOccurrences(of: "*", with: "")))
    }

    @Test(arguments: [
        ("{漢字|かんじ}の話", "漢字の話"),
        ("{漢字|かん|じ}と`{a|b}`", "漢字と{a|b}"),
        ("# {漢字|かんじ}\n\n本文の{市役所|しやくしょ}", "漢字 本文の市役所"),
        ("[{窓口|まどぐち}](/x/)", "窓口"),
        ("{x} {|y}", "{x} {|y}"),
    ])
    func thePlainTextHasTheBaseOnly(markdown: String, expected: String) {
        #expect(render(markdown).plainText == expected)
    }

    @Test func headingsAndLinksHaveTheBaseOnly() {
        let rendered = render("## {窓口|まどぐち}の案内\n\n[{市役所|しやくしょ}](/a/)")
        #expect(rendered.headings.map(\.text) == ["窓口の案内"])
        #expect(rendered.headings.map(\.id) == ["窓口の案内"])
        #expect(rendered.links.map(\.text) == ["市役所"])
    }

    @Test func rubyAndHashtagsInOneText() {
        let options = MarkdownOptions.site(basePath: "/city/", hashtagPath: "/tags/")
        #expect(
            render("{桜|さくら}が咲きました #桜 と {漢字|かんじ} #春", options).html
                == "<p><ruby>桜<rp>(</rp><rt>さくら</rt><rp>)</rp></ruby>が咲きました "
                + "<a href=\"/city/tags/%E6%A1%9C/\">#桜</a> と \(Self.kanji) <a href=\"/city/tags/%E6%98%A5/\">#春</a></p>\n")
        #expect(render("{桜|さくら} #桜", options).hashtags.map(\.key) == ["桜"])
    }

    /// Many rubies, or many malformed ones, on one line take linear time.
    @Test(arguments: [("{漢字|かんじ}", 4_000), ("{|x}", 4_000), ("{漢字|か", 4_000)])
    func manyRubiesOnOneLineAreQuick(unit: String, count: Int) {
        let markdown = String(repeating: unit + " ", count: count)
        var rendered: RenderedMarkdown?
        let time = quickestTime { rendered = render(markdown) }
        print("\(count) × \(unit): \(time)")
        #expect(time < .seconds(2))
        let rubies = rendered?.html.components(separatedBy: "<ruby>").count ?? 1
        let errors = rendered?.errors.count ?? 0
        #expect(rubies - 1 == (errors == 0 ? count : 0))
        #expect(errors == 0 || errors == MarkdownTransformer.maximumRubyErrors)
    }
}
