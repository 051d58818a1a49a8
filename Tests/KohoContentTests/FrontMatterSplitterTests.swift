import KohoContent
import KohoDiagnostics
import Testing

@Suite struct FrontMatterSplitterTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var format: EntryFormat = .markdown
        var expected: FrontMatter
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "normal", text: "---\ntitle: A\ndate: 2024-04-01\n---\nBody\n",
            expected: FrontMatter(
                yaml: "title: A\ndate: 2024-04-01\n", yamlStartLine: 2, body: "Body\n", bodyStartLine: 5)),
        Case(
            name: "byte-order mark", text: "\u{FEFF}---\ntitle: A\n---\nBody\n",
            expected: FrontMatter(yaml: "title: A\n", yamlStartLine: 2, body: "Body\n", bodyStartLine: 4)),
        Case(
            name: "CRLF", text: "---\r\ntitle: A\r\n---\r\nBody\r\n",
            expected: FrontMatter(yaml: "title: A\r\n", yamlStartLine: 2, body: "Body\r\n", bodyStartLine: 4)),
        Case(
            name: "`---` inside the body is a thematic break", text: "---\na: 1\n---\nx\n---\ny\n",
            expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "x\n---\ny\n", bodyStartLine: 4)),
        Case(
            name: "empty front matter", text: "---\n---\nbody",
            expected: FrontMatter(yaml: "", yamlStartLine: 2, body: "body", bodyStartLine: 3)),
        Case(
            name: "closing fence at the end without a line break", text: "---\na: 1\n---",
            expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "", bodyStartLine: 4)),
        Case(
            name: "fences with trailing spaces", text: "--- \na: 1\n---\t\nb\n",
            expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "b\n", bodyStartLine: 4)),
        Case(
            name: "an indented `---` in a block scalar does not close", text: "---\na: |\n  ---\n---\nb\n",
            expected: FrontMatter(yaml: "a: |\n  ---\n", yamlStartLine: 2, body: "b\n", bodyStartLine: 5)),
        Case(
            name: "no front matter", text: "# Title\n\ntext\n",
            expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "# Title\n\ntext\n", bodyStartLine: 1)),
        Case(
            name: "`----` is not a fence", text: "----\na: 1\n",
            expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "----\na: 1\n", bodyStartLine: 1)),
        Case(
            name: ".yml entry", text: "name: 佐藤\nrole: 係長\n", format: .yaml,
            expected: FrontMatter(yaml: "name: 佐藤\nrole: 係長\n", yamlStartLine: 1, body: "", bodyStartLine: 1)),
        Case(
            name: ".yml entry with a document marker", text: "---\nname: 佐藤\n", format: .yaml,
            expected: FrontMatter(yaml: "---\nname: 佐藤\n", yamlStartLine: 1, body: "", bodyStartLine: 1)),
    ]

    @Test(arguments: cases)
    func splits(_ c: Case) throws {
        let split = try FrontMatterSplitter.split(c.text, format: c.format)
        #expect(split == c.expected)
    }

    @Test(arguments: ["---\ntitle: A\n\nBody\n", "---\n", "--- \r\ntitle: A\r\n"])
    func unclosedFrontMatterIsAnErrorAtLineOne(_ text: String) {
        #expect(throws: FrontMatterSplitter.SplitError.self) { try FrontMatterSplitter.split(text) }
        do {
            _ = try FrontMatterSplitter.split(text)
        } catch {
            #expect(error.message == "front matter starts with `---` but is never closed")
            #expect(error.position == SourcePosition(line: 1, column: 1))
            #expect(error.hint == "add a line with `---` after the last field")
            #expect(error.words.text(in: .japanese) == "フロントマターが `---` で始まっていますが、閉じる `---` の行がありません")
            #expect(error.advice?.text(in: .japanese) == "最後の項目の後に `---` の行を追加してください")
        }
    }

    @Test func unclosedFrontMatterThroughTheLoader() {
        let result = load(["content/pages/about.md": "---\ntitle: About\n\n# About us\n"])
        #expect(result.diagnostics.count == 1)
        let d = result.diagnostics[0]
        #expect(
            d.description == "content/pages/about.md:1:1: error: front matter starts with `---` but is never closed")
        #expect(d.sourceLine == "---")
        #expect(d.hint == "add a line with `---` after the last field")
        #expect(
            d.headline(in: .japanese)
                == "content/pages/about.md:1:1: error: フロントマターが `---` で始まっていますが、閉じる `---` の行がありません")
        #expect(d.hint(in: .japanese) == "最後の項目の後に `---` の行を追加してください")
    }

    @Test(arguments: [EntryFormat.markdown, .yaml])
    func extensionsMapToFormats(_ format: EntryFormat) {
        switch format {
        case .markdown: #expect(EntryFormat(pathExtension: "md") == .markdown)
        case .yaml:
            #expect(EntryFormat(pathExtension: "yml") == .yaml)
            #expect(EntryFormat(pathExtension: "YAML") == .yaml)
        }
        #expect(EntryFormat(pathExtension: "txt") == nil)
    }
}
