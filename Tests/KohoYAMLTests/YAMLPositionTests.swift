import KohoDiagnostics
import KohoYAML
import Testing

@Suite("Positions")
struct YAMLPositionTests {
    static let sample = """
        title: x
        tags:
          - a
          - b: 1
            c: 2
        flow: [1, {k: v}]
        """

    @Test("every node keeps its 1-based line and column")
    func positions() throws {
        let root = try readRoot(Self.sample)
        #expect(root.position == at(1, 1))
        #expect(root.pairs?[0].key.position == at(1, 1))
        #expect(root["title"]?.position == at(1, 8))
        #expect(root.pairs?[1].key.position == at(2, 1))
        let tags = try #require(root["tags"])
        #expect(tags.position == at(3, 3))
        #expect(tags.items?[0].position == at(3, 5))
        let item = try #require(tags.items?[1])
        #expect(item.position == at(4, 5))
        #expect(item["b"]?.position == at(4, 8))
        #expect(item.pairs?[1].key.position == at(5, 5))
        #expect(item["c"]?.position == at(5, 8))
        let flow = try #require(root["flow"])
        #expect(flow.position == at(6, 7))
        #expect(flow.items?[0].position == at(6, 8))
        #expect(flow.items?[1].position == at(6, 11))
        #expect(flow.items?[1]["k"]?.position == at(6, 15))
    }

    @Test("lineOffset moves every line, not columns")
    func lineOffset() throws {
        let root = try readRoot(Self.sample, lineOffset: 1)
        #expect(root.position == at(2, 1))
        #expect(root["title"]?.position == at(2, 8))
        #expect(root["tags"]?.items?[1]["c"]?.position == at(6, 8))
        #expect(root["flow"]?.items?[1]["k"]?.position == at(7, 15))
    }

    @Test("columns count Unicode scalars, not bytes")
    func japanese() throws {
        let root = try readRoot("名前: 佐藤\n説明: \"東京 🗼\"\nメモ: ok\n")
        #expect(root["名前"]?.position == at(1, 5))
        #expect(root["名前"]?.scalar?.text == "佐藤")
        #expect(root["説明"]?.position == at(2, 5))
        #expect(root.pairs?[2].key.position == at(3, 1))
        #expect(root["メモ"]?.position == at(3, 5))
    }

    @Test("an empty value is positioned after its key")
    func emptyValue() throws {
        let root = try readRoot("a:\nb: 1\n")
        #expect(root["a"]?.isNull == true)
        #expect(root["a"]?.position == at(1, 3))
    }

    @Test("a block scalar starts at its indicator")
    func blockScalar() throws {
        #expect(try readRoot("x: 1\nv: |\n  text\n")["v"]?.position == at(2, 4))
    }

    @Test("an error in front matter is offset like the nodes")
    func errorOffset() throws {
        let error = try readError("a: 1\nb: [1\n", lineOffset: 3)
        #expect(error.position.line == 6)
        #expect(error.description.hasPrefix("6:"))
    }
}
