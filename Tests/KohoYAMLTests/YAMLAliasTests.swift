import KohoYAML
import Testing

@Suite("Anchors and aliases")
struct YAMLAliasTests {
    @Test("an alias repeats its anchor's value")
    func alias() throws {
        let root = try readRoot(
            """
            base: &base
              lang: ja
              tags: [a, b]
            copy: *base
            name: &n Sato
            again: *n
            """)
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(copy.kind == base.kind)
        #expect(root["again"]?.scalar?.value == .string("Sato"))
    }

    @Test("a copy is positioned at the alias; its inner nodes where they are written")
    func aliasPosition() throws {
        let root = try readRoot("base: &base\n  lang: ja\ncopy: *base\nname: &n Sato\nagain: *n\n", lineOffset: 1)
        #expect(root["copy"]?.position == at(4, 7))
        #expect(root["copy"]?["lang"]?.position == at(3, 9))
        #expect(root["again"]?.position == at(6, 8))
    }

    @Test("an alias as a key")
    func aliasKey() throws {
        let root = try readRoot("keys: [&k name]\n*k : Sato\n")
        #expect(root["name"]?.scalar?.text == "Sato")
    }

    @Test("a later anchor of the same name replaces the earlier one")
    func redefinedAnchor() throws {
        let root = try readRoot("a: &x 1\nb: &x 2\nc: *x\n")
        #expect(root["c"]?.scalar?.value == .int(2))
    }

    @Test("an unknown alias is an error naming it")
    func unknownAlias() throws {
        let error = try readError("title: x\nauthor: *foo\n")
        #expect(error.message == "unknown alias `*foo`")
        #expect(error.position == at(2, 9))
        #expect(error.hint == "define it first with `&foo` on an earlier value")
        #expect(error.message(in: .japanese) == "エイリアス `*foo` の元がありません")
        #expect(error.hint(in: .japanese) == "それより前の値に `&foo` を付けて定義してください")
    }

    @Test("an alias inside its own anchor's value is an error")
    func recursiveAlias() throws {
        let error = try readError("a: &a [1, *a]\n")
        #expect(error.message == "alias `*a` refers to the value that contains it")
        #expect(error.position == at(1, 11))
        #expect(error.hint == "an alias can only repeat a value that is complete before it")
        #expect(error.message(in: .japanese) == "エイリアス `*a` が自分を含む値を指しています")
        #expect(error.hint(in: .japanese) == "エイリアスで繰り返せるのは、それより前に書き終わった値だけです")
    }

    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test("a billion laughs fails fast at the alias that crosses the limit")
    func aliasBomb() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let error = try readError(Self.billionLaughs)
        let elapsed = clock.now - start
        #expect(error.message == "alias expansion is too large (more than 100000 nodes)")
        #expect(error.position == at(6, 8))
        #expect(error.hint == "each `*alias` repeats its anchor's whole value; use fewer aliases or smaller anchors")
        #expect(error.message(in: .japanese) == "エイリアスを展開すると大きすぎます（値が 100000 個を超えます）")
        #expect(
            error.hint(in: .japanese)
                == "`*エイリアス` はアンカーの値全体を繰り返します。エイリアスを減らすか、アンカーの値を小さくしてください")
        #expect(elapsed < .milliseconds(500))
    }

    @Test("the node limit counts expansions and is configurable")
    func nodeLimit() throws {
        let yaml = "a: &a [1, 2, 3]\nb: *a\n"
        // root, a, [1,2,3] (4 nodes), b, and the 4 nodes b repeats: 11.
        #expect(try YAMLReader.read(yaml, limits: YAMLLimits(maxNodes: 11)) != nil)
        let error = try readError(yaml, limits: YAMLLimits(maxNodes: 10))
        #expect(error.message == "alias expansion is too large (more than 10 nodes)")
        #expect(error.position == at(2, 4))
        let big = try readError("[1, 2, 3, 4]", limits: YAMLLimits(maxNodes: 3))
        #expect(big.message == "the document is too large (more than 3 nodes)")
        #expect(big.message(in: .japanese) == "文書が大きすぎます（値が 3 個を超えます）")
        #expect(big.position == at(1, 8))
    }

    @Test("nesting deeper than the limit is an error, aliases included")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        let error = try readError(deep)
        #expect(error.message == "the document is nested too deeply (more than 200 levels)")
        #expect(error.message(in: .japanese) == "文書の入れ子が深すぎます（200 段を超えます）")
        #expect(error.position == at(1, 201))
        let allowed = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(try YAMLReader.read(allowed) != nil)

        let limits = YAMLLimits(maxDepth: 3)
        #expect(try YAMLReader.read("a: &a [[1]]\n", limits: limits) != nil)
        let viaAlias = try readError("a: &a [[1]]\nb: [*a]\n", limits: limits)
        #expect(viaAlias.message == "alias expansion is nested too deeply (more than 3 levels)")
        #expect(viaAlias.message(in: .japanese) == "エイリアスを展開すると入れ子が深すぎます（3 段を超えます）")
        #expect(viaAlias.position == at(2, 5))
    }
}
