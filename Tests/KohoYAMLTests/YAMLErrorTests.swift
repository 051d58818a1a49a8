import KohoDiagnostics
import KohoYAML
import Testing

@Suite("Errors")
struct YAMLErrorTests {
    @Test("a duplicate key is an error at the second key")
    func duplicateKey() throws {
        let error = try readError("title: A\nname: x\nlang: ja\nname: y\n")
        #expect(error.message == "duplicate key `name`")
        #expect(error.position == at(4, 1))
        #expect(error.hint == "first written at line 2")
        #expect(error.description == "4:1: error: duplicate key `name`")
        #expect(error.message(in: .japanese) == "項目 `name` が重複しています")
        #expect(error.hint(in: .japanese) == "最初は 2 行目に書かれています")
    }

    static let duplicates: [(String, String)] = [
        ("{a: 1, a: 2}", "duplicate key `a`"),
        ("~: 1\nnull: 2\n", "duplicate key `null`"),
        ("16: a\n0x10: b\n", "duplicate key `0x10`"),
        ("1: a\n'1': b\n", "duplicate key `1`"),
        ("x:\n  k: 1\n  k: 2\n", "duplicate key `k`"),
    ]

    @Test("keys are compared by text, and non-string keys also by value", arguments: duplicates)
    func duplicateKinds(yaml: String, message: String) throws {
        #expect(try readError(yaml).message == message)
    }

    @Test("the same key in different mappings is fine")
    func sameKeyElsewhere() throws {
        let root = try readRoot("a:\n  k: 1\nb:\n  k: 2\n")
        #expect(root["b"]?["k"]?.scalar?.value == .int(2))
    }

    @Test("a key must be a scalar", arguments: ["? [a]\n: 1\n", "{[a, b]: 1}", "? {x: 1}\n: 2\n"])
    func nonScalarKey(yaml: String) throws {
        let error = try readError(yaml)
        #expect(error.message == "a mapping key must be a plain value, not a list or mapping")
        #expect(error.position.line == 1)
        #expect(error.hint == "put quotes around the key")
        #expect(error.message(in: .japanese) == "項目名にリストや項目の組（マッピング）は使えません")
        #expect(error.hint(in: .japanese) == "項目名を引用符（\" または '）で囲んでください")
    }

    @Test("a second document is an error at its start")
    func multipleDocuments() throws {
        let error = try readError("a: 1\n---\nb: 2\n", lineOffset: 1)
        #expect(error.message == "only one YAML document is allowed here")
        #expect(error.position == at(3, 1))
        #expect(error.hint == "a `---` or `...` line ends the document; remove it")
        #expect(error.message(in: .japanese) == "ここには YAML の文書を一つしか書けません")
        #expect(error.hint(in: .japanese) == "`---` や `...` の行で文書が終わっています。その行を削除してください")
        let afterEnd = try readError("a: 1\n...\nb: 2\n")
        #expect(afterEnd.message == "only one YAML document is allowed here")
        #expect(afterEnd.position == at(3, 1))
        #expect(afterEnd.message(in: .japanese) == "ここには YAML の文書を一つしか書けません")
    }

    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var message: String
        var position: SourcePosition
        var hint: String?
        var japanese: String
        var japaneseHint: String?
        var testDescription: String { message }
    }

    static let syntax: [SyntaxCase] = [
        SyntaxCase(
            yaml: "a:\n\tb: 1\n", message: "a tab cannot be used for indentation", position: at(2, 1),
            hint: "indent with spaces; YAML does not allow tabs",
            japanese: "タブ文字で字下げしています",
            japaneseHint: "半角スペースで字下げしてください。YAML ではタブ文字を使えません"),
        SyntaxCase(
            yaml: "a: 1\n\tb: 2\n", message: "a tab cannot be used for indentation", position: at(2, 1),
            hint: "indent with spaces; YAML does not allow tabs",
            japanese: "タブ文字で字下げしています",
            japaneseHint: "半角スペースで字下げしてください。YAML ではタブ文字を使えません"),
        SyntaxCase(
            yaml: "title: \"hello\nx: 1\n", message: "this quoted value is never closed", position: at(1, 8),
            hint: "end it with a matching `\"`",
            japanese: "引用符で始まる値が閉じられていません", japaneseHint: "同じ引用符 `\"` で閉じてください"),
        SyntaxCase(
            yaml: "a: 1\nb: 'x\n", message: "this quoted value is never closed", position: at(2, 4),
            hint: "end it with a matching `'`",
            japanese: "引用符で始まる値が閉じられていません", japaneseHint: "同じ引用符 `'` で閉じてください"),
        SyntaxCase(
            yaml: "a:\n  b: 1\n c: 2\n", message: "expected a key in line with the mapping that starts at line 1",
            position: at(3, 2), hint: "check the indentation: the keys of one mapping start in the same column",
            japanese: "1 行目から始まる項目と字下げがそろっていません",
            japaneseHint: "字下げを確認してください。同じ組の項目は同じ列から始めます"),
        SyntaxCase(
            yaml: "- a\nb: 1\n", message: "expected a `- ` item in line with the list that starts at line 1",
            position: at(2, 1), hint: "check the indentation: the items of one list start in the same column",
            japanese: "1 行目から始まるリストの `- ` と字下げがそろっていません",
            japaneseHint: "字下げを確認してください。同じリストの項目は同じ列から始めます"),
        SyntaxCase(
            yaml: "title: Re: hello\n", message: "mapping values are not allowed in this context", position: at(1, 10),
            hint: "put quotes around a value that contains `: `",
            japanese: "値の中の `: ` が項目の区切りとして読まれています",
            japaneseHint: "`: ` を含む値は引用符（\" または '）で囲んでください"),
        SyntaxCase(
            yaml: "a: - b\n", message: "block sequence entries are not allowed in this context", position: at(1, 4),
            hint: "start the list on the next line, or put quotes around a value that starts with `- `",
            japanese: "ここでは `- ` でリストの項目を始められません",
            japaneseHint: "リストは次の行から始めてください。`- ` で始まる値なら引用符（\" または '）で囲んでください"),
        SyntaxCase(
            yaml: "a: @me\n", message: "a plain value cannot start with `@`", position: at(1, 4),
            hint: "put quotes around the value",
            japanese: "引用符で囲まない値は`@`で始められません",
            japaneseHint: "値を引用符（\" または '）で囲んでください"),
        SyntaxCase(
            yaml: "a: [1, 2\n", message: "expected `,` or `]` in the list that starts at line 1, column 4",
            position: at(2, 1), hint: "close the list with `]` and separate its items with `,`",
            japanese: "1 行 4 列目から始まるリストで `,` か `]` が見つかりません",
            japaneseHint: "リストは `]` で閉じ、項目は `,` で区切ってください"),
        SyntaxCase(
            yaml: "a: {x: 1\n", message: "expected `,` or `}` in the mapping that starts at line 1, column 4",
            position: at(2, 1), hint: "close the mapping with `}` and separate its pairs with `,`",
            japanese: "1 行 4 列目から始まる項目の組（マッピング）で `,` か `}` が見つかりません",
            japaneseHint: "項目の組は `}` で閉じ、項目どうしは `,` で区切ってください"),
        SyntaxCase(
            yaml: "a: 1\nb\n", message: "expected `:` after this key", position: at(2, 1),
            hint: "write `key: value` with the key and its `:` on one line",
            japanese: "この項目名の後に `:` がありません",
            japaneseHint: "`項目名: 値` のように、項目名と `:` を同じ行に書いてください"),
        SyntaxCase(
            yaml: "a: 1\nb: \u{1}\n", message: "a control character (U+0001) is not allowed in YAML",
            position: at(2, 4), hint: "remove it; most editors do not show it",
            japanese: "YAML に制御文字（U+0001）は使えません",
            japaneseHint: "削除してください。ほとんどのエディタでは見えない文字です"),
        SyntaxCase(
            yaml: "名前: \"佐藤\n", message: "this quoted value is never closed", position: at(1, 5),
            hint: "end it with a matching `\"`",
            japanese: "引用符で始まる値が閉じられていません", japaneseHint: "同じ引用符 `\"` で閉じてください"),
    ]

    @Test("syntax errors are readable and exactly placed", arguments: syntax)
    func syntaxError(_ example: SyntaxCase) throws {
        let error = try readError(example.yaml)
        #expect(error.message == example.message)
        #expect(error.position == example.position)
        #expect(error.hint == example.hint)
        #expect(error.message(in: .japanese) == example.japanese)
        #expect(error.hint(in: .japanese) == example.japaneseHint)
    }

    @Test("a control character spelt with an escape in a quoted value is an error at the value")
    func escapedControlCharacter() throws {
        let error = try readError("a: 1\nb: \"\\e[31m赤\"\n")
        #expect(error.position == at(2, 4))
        #expect(error.message == "the value holds the control character U+001B, which a page cannot show")
        #expect(error.hint == "remove the escape sequence (like `\\u0007` or `\\e`) from the value")
        #expect(error.message(in: .japanese) == "値に制御文字 U+001B が含まれています。ページには表示できません")
        #expect(error.hint(in: .japanese) == "値からエスケープ（`\\u0007` や `\\e` など）を削除してください")
    }

    @Test("syntax errors are offset by lineOffset")
    func syntaxErrorOffset() throws {
        #expect(try readError("a:\n\tb: 1\n", lineOffset: 4).position == at(6, 1))
        #expect(try readError("a: 1\nb: \u{1}\n", lineOffset: 4).position == at(6, 4))
    }

    @Test("an unlisted libyaml error keeps its words and context")
    func otherSyntaxError() throws {
        let error = try readError("a: !x!y z\n")
        #expect(error.message == "found undefined tag handle")
        #expect(error.hint == "while parsing a node that starts at line 1, column 4")
        #expect(error.message(in: .japanese) == "YAML として読めません（found undefined tag handle）")
        #expect(error.hint(in: .japanese) == "1 行 4 列目から始まる部分を確認してください（while parsing a node）")
    }

    @Test("an error becomes a diagnostic at its position")
    func diagnostic() throws {
        let text = "a: 1\na: 2\n"
        let error = try readError(text)
        let diagnostic = error.diagnostic(path: "content/posts/hello.md", text: text)
        #expect(diagnostic.message == "duplicate key `a`")
        #expect(diagnostic.message(in: .japanese) == "項目 `a` が重複しています")
        #expect(diagnostic.location == SourceLocation(path: "content/posts/hello.md", line: 2, column: 1))
        #expect(diagnostic.sourceLine == "a: 2")
    }

    struct BracketCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var position: SourcePosition
        var example: String
        var testDescription: String { yaml }
    }

    static let brackets: [BracketCase] = [
        BracketCase(yaml: "role: [兼務] 広報課長\n", position: at(1, 7), example: #"role: "[兼務] 広報課長""#),
        BracketCase(yaml: "name: 佐藤\nrole: [兼務]広報課長\nx: 1\n", position: at(2, 7), example: #"role: "[兼務]広報課長""#),
        BracketCase(yaml: "- [速報] 新庁舎\n", position: at(1, 3), example: #"- "[速報] 新庁舎""#),
        BracketCase(yaml: "topics:\n  - [速報] 新庁舎  # 見出し\n", position: at(2, 5), example: #"- "[速報] 新庁舎""#),
        BracketCase(yaml: "role: [兼務, 併任] 課長\n", position: at(1, 7), example: #"role: "[兼務, 併任] 課長""#),
        BracketCase(yaml: #"role: [兼務] "広報" 課長"# + "\n", position: at(1, 7), example: #"role: '[兼務] "広報" 課長'"#),
    ]

    @Test("a value that starts with `[` and goes on after its `]` is named at the `[`", arguments: brackets)
    func valueStartingWithBracket(_ example: BracketCase) throws {
        let error = try readError(example.yaml, lineOffset: 0)
        #expect(error.position == example.position)
        #expect(error.message == "the value starts with `[`, which YAML reads as a list")
        #expect(error.hint == "put the whole value in quotes: `\(example.example)`")
        #expect(error.message(in: .japanese) == "値が角かっこ「[」で始まっているので、リストとして読まれます")
        #expect(error.hint(in: .japanese) == "値全体を引用符で囲んで `\(example.example)` と書いてください")
    }

    @Test("the `[` is placed with the front matter's line offset")
    func valueStartingWithBracketOffset() throws {
        #expect(try readError("name: 佐藤\nrole: [兼務] 広報課長\n", lineOffset: 1).position == at(3, 7))
    }

    @Test("a list that is the whole value, or a `[` inside a value, is not that mistake", arguments: [
        "role: [兼務, 広報]\nname: [佐藤\n",
        "role: 広報課長 [兼務] x: 1\n",
    ])
    func bracketThatIsNotTheMistake(_ yaml: String) throws {
        #expect(try readError(yaml).message != "the value starts with `[`, which YAML reads as a list")
    }
}
