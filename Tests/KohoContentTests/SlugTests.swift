import KohoContent
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("content/staff/sato.md", "---\nname: 佐藤\n---\n", "sato"),
        ("content/staff/sato.md", "---\nname: 佐藤\nslug: hanako-sato\n---\n", "hanako-sato"),
        ("content/staff/佐藤.md", "---\nname: 佐藤\n---\n", "佐藤"),
        ("content/pages/about.md", "---\ntitle: About\nslug: 広報について\n---\n", "広報について"),
        ("content/posts/2024/04/spring.festival.md", "---\ntitle: A\ndate: 2024-04-01\n---\n", "spring.festival"),
        ("content/departments/kikaku.yml", "name: 企画課\n", "kikaku"),
    ])
    func slugFromFileOrField(path: String, text: String, slug: String) throws {
        let result = load([path: text])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        let content = try #require(result.content)
        let slugs =
            content.staff.map(\.file.slug.value) + content.departments.map(\.file.slug.value)
            + content.posts.map(\.file.slug.value) + content.pages.map(\.file.slug.value)
        #expect(slugs == [slug])
    }

    @Test(arguments: [
        (
            "---\nname: 佐藤\nslug: ../x\n---\n",
            "content/staff/sato.md:3:7: error: slug `../x` would write outside the output folder"
        ),
        (
            "---\nname: 佐藤\nslug: /etc\n---\n",
            "content/staff/sato.md:3:7: error: slug `/etc` would write outside the output folder"
        ),
        (
            "---\nname: 佐藤\nslug: '..'\n---\n",
            "content/staff/sato.md:3:7: error: slug `..` would write outside the output folder"
        ),
        (
            "---\nname: 佐藤\nslug: 'a\\b\\..\\..'\n---\n",
            "content/staff/sato.md:3:7: error: slug `a\\b\\..\\..` would write outside the output folder"
        ),
        ("---\nname: 佐藤\nslug: a/b\n---\n", "content/staff/sato.md:3:7: error: slug `a/b` is not a valid slug"),
        ("---\nname: 佐藤\nslug: .hidden\n---\n", "content/staff/sato.md:3:7: error: slug `.hidden` is not a valid slug"),
        (
            "---\nname: 佐藤\nslug: hanako sato\n---\n",
            "content/staff/sato.md:3:7: error: slug `hanako sato` is not a valid slug"
        ),
        ("---\nname: 佐藤\nslug: \"a\\tb\"\n---\n", "content/staff/sato.md:3:7: error: slug `a\tb` is not a valid slug"),
        ("---\nname: 佐藤\nslug: \"\"\n---\n", "content/staff/sato.md:3:7: error: the slug is empty"),
        ("---\nname: 佐藤\nslug: [a]\n---\n", "content/staff/sato.md:3:7: error: `slug` must be a string, got a list"),
    ])
    func unsafeSlugIsAnErrorAtTheSlug(text: String, expected: String) {
        let result = load(["content/staff/sato.md": text])
        #expect(describe(result.diagnostics) == [expected])
        #expect(result.content?.staff.isEmpty == true)
    }

    @Test func unsafeSlugHintSaysWhatIsAllowed() {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\nslug: ../x\n---\n"])
        #expect(
            result.diagnostics.first?.hint
                == "a slug is one path segment: letters of any script, digits, `-`, `_` and `.` (not first); no `/`, `\\`, spaces or control characters"
        )
    }

    @Test func badFileNameIsAnErrorAtLineOne() {
        let result = load(["content/staff/sato hanako.md": "---\nname: 佐藤\n---\n"])
        #expect(
            describe(result.diagnostics) == [
                "content/staff/sato hanako.md:1:1: error: slug `sato hanako` is not a valid slug (from the file name)"
            ])
        #expect(result.diagnostics.first?.hint?.hasSuffix("; rename the file or set `slug:`") == true)
    }

    @Test func duplicateSlugsDifferingInCase() {
        let result = load([
            "content/staff/Sato.md": "---\nname: 佐藤 一郎\n---\n",
            "content/staff/sato.md": "---\nname: 佐藤 花子\n---\n",
        ])
        #expect(
            describe(result.diagnostics) == [
                "content/staff/sato.md:1:1: error: slug `sato` is already used by content/staff/Sato.md"
            ])
        #expect(
            result.diagnostics.first?.hint
                == "slugs must be unique among staff entries, ignoring case; rename one file or set `slug:`")
        #expect(result.content?.staff.map(\.name) == ["佐藤 一郎"])
    }

    @Test func slugFieldCollidingWithAFileName() {
        let result = load([
            "content/posts/2023/a.md": "---\ntitle: A\ndate: 2023-04-01\nslug: spring\n---\n",
            "content/posts/2024/spring.md": "---\ntitle: B\ndate: 2024-04-01\n---\n",
            "content/posts/2025/c.md": "---\ntitle: C\ndate: 2025-04-01\nslug: SPRING\n---\n",
        ])
        #expect(
            describe(result.diagnostics) == [
                "content/posts/2024/spring.md:1:1: error: slug `spring` is already used by content/posts/2023/a.md",
                "content/posts/2025/c.md:4:7: error: slug `SPRING` is already used by content/posts/2023/a.md",
            ])
        #expect(result.diagnostics.last?.sourceLine == "slug: SPRING")
    }

    @Test func sameSlugInDifferentKindsIsFine() {
        let result = load([
            "content/staff/kikaku.md": "---\nname: 企画 太郎\n---\n",
            "content/departments/kikaku.md": "---\nname: 企画課\n---\n",
            "content/pages/kikaku.md": "---\ntitle: 企画\n---\n",
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aDraftDoesNotTakeASlug() {
        let files = [
            "content/staff/a.md": "---\nname: A\nslug: x\ndraft: true\n---\n",
            "content/staff/x.md": "---\nname: X\n---\n",
        ]
        #expect(messages(files).isEmpty)
        #expect(
            messages(files, options: ContentOptions(includeDrafts: true)) == [
                "content/staff/x.md:1:1: error: slug `x` is already used by content/staff/a.md"
            ])
    }
}
