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
    }

    @Test("a second document is an error at its start")
    func multipleDocuments() throws {
        let error = try readError("a: 1\n---\nb: 2\n", lineOffset: 1)
        #expect(error.message == "only one YAML document is allowed here")
        #expect(error.position == at(3, 1))
        #expect(error.hint == "a `---` or `...` line ends the document; remove it")
        let afterEnd = try readError("a: 1\n...\nb: 2\n")
        #expect(afterEnd.message == "only one YAML document is allowed here")
        #expect(afterEnd.position == at(3, 1))
    }

    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var message: String
        var position: SourcePosition
        var hint: String?
        var testDescription: String { message }
    }

    static let syntax: [SyntaxCase] = [
        SyntaxCase(
            yaml: "a:\n\tb: 1\n", message: "a tab cannot be used for indentation", position: at(2, 1),
            hint: "indent with spaces; YAML does not allow tabs"),
        SyntaxCase(
            yaml: "a: 1\n\tb: 2\n", message: "a tab cannot be used for indentation", position: at(2, 1),
            hint: "indent with spaces; YAML does not allow tabs"),
        SyntaxCase(
            yaml: "title: \"hello\nx: 1\n", message: "this quoted value is never closed", position: at(1, 8),
            hint: "end it with a matching `\"`"),
        SyntaxCase(
            yaml: "a: 1\nb: 'x\n", message: "this quoted value is never closed", position: at(2, 4),
            hint: "end it with a matching `'`"),
        SyntaxCase(
            yaml: "a:\n  b: 1\n c: 2\n", message: "expected a key in line with the mapping that starts at line 1",
            position: at(3, 2), hint: "check the indentation: the keys of one mapping start in the same column"),
        SyntaxCase(
            yaml: "- a\nb: 1\n", message: "expected a `- ` item in line with the list that starts at line 1",
            position: at(2, 1), hint: "check the indentation: the items of one list start in the same column"),
        SyntaxCase(
            yaml: "title: Re: hello\n", message: "mapping values are not allowed in this context", position: at(1, 10),
            hint: "put quotes around a value that contains `: `"),
        SyntaxCase(
            yaml: "a: - b\n", message: "block sequence entries are not allowed in this context", position: at(1, 4),
            hint: "start the list on the next line, or put quotes around a value that starts with `- `"),
        SyntaxCase(
            yaml: "a: @me\n", message: "a plain value cannot start with `@`", position: at(1, 4),
            hint: "put quotes around the value"),
        SyntaxCase(
            yaml: "a: [1, 2\n", message: "expected `,` or `]` in the list that starts at line 1, column 4",
            position: at(2, 1), hint: "close the list with `]` and separate its items with `,`"),
        SyntaxCase(
            yaml: "a: {x: 1\n", message: "expected `,` or `}` in the mapping that starts at line 1, column 4",
            position: at(2, 1), hint: "close the mapping with `}` and separate its pairs with `,`"),
        SyntaxCase(
            yaml: "a: 1\nb\n", message: "expected `:` after this key", position: at(2, 1),
            hint: "write `key: value` with the key and its `:` on one line"),
        SyntaxCase(
            yaml: "a: 1\nb: \u{1}\n", message: "a control character (U+0001) is not allowed in YAML",
            position: at(2, 4), hint: "remove it; most editors do not show it"),
        SyntaxCase(
            yaml: "名前: \"佐藤\n", message: "this quoted value is never closed", position: at(1, 5),
            hint: "end it with a matching `\"`"),
    ]

    @Test("syntax errors are readable and exactly placed", arguments: syntax)
    func syntaxError(_ example: SyntaxCase) throws {
        let error = try readError(example.yaml)
        #expect(error.message == example.message)
        #expect(error.position == example.position)
        #expect(error.hint == example.hint)
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
    }

    @Test("an error becomes a diagnostic at its position")
    func diagnostic() throws {
        let text = "a: 1\na: 2\n"
        let error = try readError(text)
        let diagnostic = error.diagnostic(path: "content/posts/hello.md", text: text)
        #expect(diagnostic.message == "duplicate key `a`")
    }
}
