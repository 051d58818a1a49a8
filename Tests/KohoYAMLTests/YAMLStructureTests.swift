import KohoDiagnostics
import KohoYAML
import Testing

@Suite("Documents, collections and block scalars")
struct YAMLStructureTests {
    @Test("an empty document reads as nil", arguments: ["", "\n\n", "   \n", "# only a comment\n", "# a\n\n# b"])
    func emptyDocument(yaml: String) throws {
        #expect(try YAMLReader.read(yaml) == nil)
    }

    @Test("a lone `---` is a document holding null")
    func explicitEmptyDocument() throws {
        #expect(try readRoot("---\n").isNull)
    }

    @Test("a top-level scalar")
    func topLevelScalar() throws {
        let root = try readRoot("hello")
        #expect(root.scalar?.value == .string("hello"))
        #expect(root.position == at(1, 1))
    }

    @Test("a mapping keeps its pairs in order")
    func mappingOrder() throws {
        let root = try readRoot("b: 1\na: 2\nc: 3\n")
        #expect(root.pairs?.map { $0.key.scalar?.text } == ["b", "a", "c"])
        #expect(root["a"]?.scalar?.value == .int(2))
        #expect(root["missing"] == nil)
    }

    @Test("nested block collections")
    func nesting() throws {
        let root = try readRoot(
            """
            title: Hello
            author:
              name: Sato
              links:
                - https://example.com
                - label: Site
                  url: https://example.org
            tags: [swift, yaml]
            empty:
            """)
        #expect(root["title"]?.scalar?.value == .string("Hello"))
        #expect(root["author"]?["name"]?.scalar?.text == "Sato")
        let links = try #require(root["author"]?["links"]?.items)
        #expect(links.count == 2)
        #expect(links[0].scalar?.value == .string("https://example.com"))
        #expect(links[1]["url"]?.scalar?.text == "https://example.org")
        #expect(root["tags"]?.items?.map { $0.scalar?.text } == ["swift", "yaml"])
        #expect(root["empty"]?.isNull == true)
        #expect(root["author"]?.typeWords == .words(.wordTypeMapping))
        #expect(root["tags"]?.typeWords == .words(.wordTypeList))
        #expect(root["author"]?.typeWords.text(in: .japanese) == "項目の組（マッピング）")
        #expect(root["tags"]?.typeWords.text(in: .english) == "a list")
    }

    @Test("flow collections")
    func flow() throws {
        let root = try readRoot("a: [1, 'two', {x: 3, y: [true, ~]}]\nb: {}\nc: []\n")
        let items = try #require(root["a"]?.items)
        #expect(items[0].scalar?.value == .int(1))
        #expect(items[1].scalar?.value == .string("two"))
        #expect(items[2]["x"]?.scalar?.value == .int(3))
        #expect(items[2]["y"]?.items?.map { $0.scalar?.value } == [.bool(true), .null])
        #expect(root["b"]?.pairs?.isEmpty == true)
        #expect(root["c"]?.items?.isEmpty == true)
    }

    static let blockScalars: [(String, String, YAMLScalar.Style)] = [
        ("v: |\n  line one\n  line two\n", "line one\nline two\n", .literal),
        ("v: |-\n  line one\n  line two\n", "line one\nline two", .literal),
        ("v: |+\n  kept\n\n", "kept\n\n", .literal),
        ("v: |\n  a\n    indented\n  b\n", "a\n  indented\nb\n", .literal),
        ("v: >\n  folded\n  text\n\n  next\n", "folded text\nnext\n", .folded),
        ("v: >-\n  folded\n  text\n", "folded text", .folded),
        ("v: |\n  42\n", "42\n", .literal),
        ("v: >\n  true\n", "true\n", .folded),
    ]

    @Test("block scalars are strings", arguments: blockScalars)
    func blockScalar(yaml: String, text: String, style: YAMLScalar.Style) throws {
        let scalar = try #require(try readRoot(yaml)["v"]?.scalar)
        #expect(scalar.text == text)
        #expect(scalar.style == style)
        #expect(scalar.value == .string(text))
    }

    @Test("a multi-line plain scalar folds into one line")
    func multiLinePlain() throws {
        let scalar = try #require(try readRoot("v: one\n  two\n  three\n")["v"]?.scalar)
        #expect(scalar.value == .string("one two three"))
    }

    @Test("Windows line ends")
    func crlf() throws {
        let root = try readRoot("a: 1\r\nb: two\r\n")
        #expect(root["b"]?.scalar?.value == .string("two"))
        #expect(root["b"]?.position == at(2, 4))
    }

    @Test("explicit start and end markers around one document")
    func markers() throws {
        let root = try readRoot("---\na: 1\n...\n")
        #expect(root["a"]?.scalar?.value == .int(1))
    }

    @Test("limits are adjustable")
    func limits() {
        #expect(YAMLLimits.default == YAMLLimits(maxNodes: 100_000, maxDepth: 200))
    }
}
