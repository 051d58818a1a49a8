import Testing

@testable import KohoContent

/// `#` after a space starts a YAML comment, so `hashtags: #桜 #仙北市` is read as nothing: the trap every
/// office's staff fall into, named at the `#` with the fix.
@Suite struct CommentTrapTests {
    @Test(arguments: [
        (
            "hashtags: #桜 #仙北市",
            "content/staff/sato.md:3:11: error: `hashtags` is empty: `#桜 #仙北市` after it is a YAML comment, not hashtags",
            "in YAML a `#` after a space starts a comment; write `hashtags: [桜, 仙北市]`, use the full-width `＃` "
                + "(`＃桜 ＃仙北市`), or put them in quotes (`hashtags: \"#桜 #仙北市\"`)"
        ),
        (
            "hashtags:   #桜",
            "content/staff/sato.md:3:13: error: `hashtags` is empty: `#桜` after it is a YAML comment, not hashtags",
            "in YAML a `#` after a space starts a comment; write `hashtags: [桜]`, use the full-width `＃` (`＃桜`), "
                + "or put them in quotes (`hashtags: \"#桜\"`)"
        ),
        (
            "topics: # 子育て支援",
            "content/staff/sato.md:3:9: error: `topics` is empty: `# 子育て支援` after it is a YAML comment, not topics",
            "in YAML a `#` after a space starts a comment; write `topics: [子育て支援]`, use the full-width `＃` "
                + "(`＃子育て支援`), or put them in quotes (`topics: \"# 子育て支援\"`)"
        ),
        (
            "hashtags:\n  - #桜\n  - 仙北市",
            "content/staff/sato.md:4:5: error: this item of `hashtags` is empty: `#桜` after `-` is a YAML comment",
            "in YAML a `#` after a space starts a comment; write `- 桜`, `- ＃桜` or `- \"#桜\"`"
        ),
    ] as [(String, String, String)])
    func aCommentWhereTagsWereMeantIsAnErrorAtTheHash(_ lines: String, _ message: String, _ hint: String) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n\(lines)\n---\n"])
        #expect(describe(result.diagnostics) == [message])
        #expect(result.diagnostics.first?.hint == hint)
    }

    @Test(arguments: [
        ("hashtags: [桜, 仙北市]", ["桜", "仙北市"]),
        ("hashtags: \"#桜 #仙北市\"", ["#桜", "#仙北市"]),
        ("hashtags: ＃桜　＃仙北市", ["＃桜", "＃仙北市"]),
        ("hashtags: '#桜'", ["#桜"]),
        ("hashtags: [\"#桜 #防災\", 仙北市]", ["#桜", "#防災", "仙北市"]),
        ("hashtags: 桜  # 季節のタグ", ["桜"]),
        ("hashtags:\n  - 桜 # 春", ["桜"]),
        ("hashtags:", []),
        ("hashtags: []", []),
    ] as [(String, [String])])
    func tagsAreReadAsWritten(_ lines: String, _ tags: [String]) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n\(lines)\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        #expect(result.content?.staff.first?.hashtags.map(\.value) == tags)
    }

    @Test func postsAndDepartmentsAndTheSiteFallIntoTheSameTrap() {
        let result = load([
            "content/posts/haru.md": "---\ntitle: 春\ndate: 2024-04-01\nhashtags: #桜\n---\n",
            "content/departments/koho.md": "---\nname: 広報課\nhashtags: #広報\n---\n",
        ])
        #expect(
            describe(result.diagnostics) == [
                "content/departments/koho.md:3:11: error: `hashtags` is empty: `#広報` after it is a YAML comment, not hashtags",
                "content/posts/haru.md:4:11: error: `hashtags` is empty: `#桜` after it is a YAML comment, not hashtags",
            ])
    }
}
