import KohoContent
import KohoDiagnostics
import Testing

/// The messages about a site's files as a whole (site.yml missing, front matter that is not a mapping, two
/// files with one slug, a control character) in both languages, word for word.
@Suite struct SourceMessageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var files: [String: String]
        var english: String
        var japanese: String
        var hint: String? = nil
        var japaneseHint: String? = nil
        var testDescription: String { english }
    }

    static let cases: [Case] = [
        Case(
            files: ["content/staff/sato.md": "# 佐藤\n"],
            english: "content/staff/sato.md:1:1: error: content/staff/sato.md has no front matter, so it has no `name`",
            japanese:
                "content/staff/sato.md:1:1: error: content/staff/sato.md にフロントマター（先頭の `---` で囲んだ部分）がないので、`name` もありません",
            hint: "start the file with a line `---`, then `name: …`, then a line `---`",
            japaneseHint: "ファイルの先頭に `---` の行、`name: …` の行、`---` の行を順に書いてください"),
        Case(
            files: ["content/staff/sato.md": "---\n- a\n- b\n---\n"],
            english: "content/staff/sato.md:2:1: error: front matter must be a mapping of fields like `name: …`, got a list",
            japanese:
                "content/staff/sato.md:2:1: error: フロントマター（先頭の `---` で囲んだ部分）は `name: …` のような項目の組（マッピング）で書きます（リストになっています）"
        ),
        Case(
            files: ["content/staff/sato.yml": "just a string\n"],
            english: "content/staff/sato.yml:1:1: error: the file must be a mapping of fields like `name: …`, got a string",
            japanese:
                "content/staff/sato.yml:1:1: error: ファイル全体は `name: …` のような項目の組（マッピング）で書きます（文字列になっています）"
        ),
        Case(
            files: ["site.yml": "- a\n- b\n"],
            english: "site.yml:1:1: error: site.yml must be a mapping of fields like `title: …`, got a list",
            japanese: "site.yml:1:1: error: site.ymlは `title: …` のような項目の組（マッピング）で書きます（リストになっています）"),
        Case(
            files: [
                "content/staff/Sato.md": "---\nname: 佐藤 一郎\n---\n",
                "content/staff/sato.md": "---\nname: 佐藤 花子\n---\n",
            ],
            english: "content/staff/sato.md:1:1: error: slug `sato` is already used by content/staff/Sato.md",
            japanese: "content/staff/sato.md:1:1: error: URL の名前（スラッグ）`sato` は content/staff/Sato.md がすでに使っています",
            hint: "slugs must be unique among staff entries, ignoring case; rename one file or set `slug:`",
            japaneseHint:
                "職員のファイルのスラッグは、大文字と小文字の違いを除いても重ならないようにします。どちらかのファイル名を変えるか、`slug:` を書いてください"
        ),
        Case(
            files: [
                "content/posts/a.md": "---\ntitle: A\ndate: 2024-04-01\nslug: haru\n---\n",
                "content/posts/b.md": "---\ntitle: B\ndate: 2024-04-02\nslug: Haru\n---\n",
            ],
            english: "content/posts/b.md:4:7: error: slug `Haru` is already used by content/posts/a.md",
            japanese: "content/posts/b.md:4:7: error: URL の名前（スラッグ）`Haru` は content/posts/a.md がすでに使っています",
            hint: "slugs must be unique among posts, ignoring case; rename one file or set `slug:`",
            japaneseHint:
                "投稿のファイルのスラッグは、大文字と小文字の違いを除いても重ならないようにします。どちらかのファイル名を変えるか、`slug:` を書いてください"
        ),
        Case(
            files: ["content/staff/sato.md": "---\nname: 佐藤\n---\n本文\u{1B}[2J です\n"],
            english: "content/staff/sato.md:4:3: error: content/staff/sato.md holds the control character U+001B at line 4, column 3",
            japanese: "content/staff/sato.md:4:3: error: content/staff/sato.md の 4 行 3 列目に制御文字 U+001B があります",
            hint: "delete it: it is invisible in most editors and often comes from text pasted from another program",
            japaneseHint: "削除してください。ほとんどのエディタでは見えない文字で、よく別のプログラムから貼り付けた文章に混じっています"),
        Case(
            files: ["content/staff/sato.md": "---\nname: \"佐藤\\e[31m\"\n---\n"],
            english: "content/staff/sato.md:2:7: error: the value holds the control character U+001B, which a page cannot show",
            japanese: "content/staff/sato.md:2:7: error: 値に制御文字 U+001B が含まれています。ページには表示できません",
            hint: "remove the escape sequence (like `\\u0007` or `\\e`) from the value",
            japaneseHint: "値からエスケープ（`\\u0007` や `\\e` など）を削除してください"),
        Case(
            files: ["content/staff/sato.md": "---\nname: 佐藤\nrole: [兼務] 広報課長\n---\n"],
            english: "content/staff/sato.md:3:7: error: the value starts with `[`, which YAML reads as a list",
            japanese: "content/staff/sato.md:3:7: error: 値が角かっこ「[」で始まっているので、リストとして読まれます",
            hint: "put the whole value in quotes: `role: \"[兼務] 広報課長\"`",
            japaneseHint: "値全体を引用符で囲んで `role: \"[兼務] 広報課長\"` と書いてください"),
    ]

    @Test(arguments: cases)
    func messagesInBothLanguages(_ example: Case) {
        let diagnostics = load(example.files).diagnostics
        #expect(describe(diagnostics) == [example.english])
        #expect(diagnostics.map { $0.headline(in: .japanese) } == [example.japanese])
        #expect(diagnostics.first?.hint == example.hint)
        #expect(diagnostics.first?.hint(in: .japanese) == example.japaneseHint)
    }

    @Test func aMissingSiteYMLIsNamedInBothLanguages() {
        let result = ContentLoader(fileSystem: MemoryFileSystem(["content/staff/a.md": "---\nname: A\n---\n"])).load()
        #expect(result.diagnostics.map { $0.headline(in: .english) } == ["error: site.yml is missing: every site needs one at its root"])
        #expect(
            result.diagnostics.map { $0.headline(in: .japanese) } == [
                "error: site.yml がありません。どのサイトもフォルダの一番上に site.yml が必要です"
            ])
        #expect(
            result.diagnostics.first?.hint(in: .japanese)
                == "サイトのフォルダの一番上に site.yml を作り、少なくとも `title:` と `base_url:` を書いてください")
        let renamed = ContentLoader(fileSystem: MemoryFileSystem(["site.yaml": minimalSite])).load()
        #expect(renamed.diagnostics.first?.hint == "rename site.yaml to site.yml")
        #expect(renamed.diagnostics.first?.hint(in: .japanese) == "site.yaml の名前を site.yml に変えてください")
    }
}
