import KohoDates
import KohoContent
import KohoDiagnostics
import Testing

/// One file with one problem, and the exact diagnostics it must produce.
struct InvalidFile: Sendable, CustomStringConvertible {
    var path: String
    var text: String
    var expected: [String]
    var description: String { expected.first ?? path }

    init(_ path: String, _ text: String, _ expected: String...) {
        self.path = path
        self.text = text
        self.expected = expected
    }
}

@Suite struct EntryValidationTests {
    static let errors: [InvalidFile] = [
        // Front matter shape.
        InvalidFile(
            "content/staff/sato.md", "# 佐藤\n",
            "content/staff/sato.md:1:1: error: content/staff/sato.md has no front matter, so it has no `name`"),
        InvalidFile(
            "content/posts/a.md", "Just text\n",
            "content/posts/a.md:1:1: error: content/posts/a.md has no front matter, so it has no `title`"),
        InvalidFile(
            "content/staff/sato.md", "---\n- a\n- b\n---\n",
            "content/staff/sato.md:2:1: error: front matter must be a mapping of fields like `name: …`, got a list"),
        InvalidFile(
            "content/staff/sato.yml", "just a string\n",
            "content/staff/sato.yml:1:1: error: the file must be a mapping of fields like `name: …`, got a string"),
        // Required fields.
        InvalidFile(
            "content/staff/sato.md", "---\nrole: 係長\n---\n",
            "content/staff/sato.md:1:1: error: missing required field `name`"),
        InvalidFile(
            "content/staff/sato.md", "---\n---\nbody\n",
            "content/staff/sato.md:1:1: error: missing required field `name`"),
        InvalidFile(
            "content/departments/kikaku.yml", "# 企画課\nsummary: まちの計画\n",
            "content/departments/kikaku.yml:2:1: error: missing required field `name`"),
        InvalidFile(
            "content/pages/about.md", "---\ndescription: x\n---\n",
            "content/pages/about.md:1:1: error: missing required field `title`"),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: 春\n---\n",
            "content/posts/a.md:1:1: error: missing required field `date`"),
        InvalidFile(
            "content/posts/a.md", "---\ndate: 2024-04-01\n---\n",
            "content/posts/a.md:1:1: error: missing required field `title`"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: \"\"\n---\n",
            "content/staff/sato.md:2:7: error: `name` must not be empty"),
        // Types.
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\norder: \"3\"\n---\n",
            "content/staff/sato.md:3:8: error: `order` must be an integer, got a string"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\norder: 1.5\n---\n",
            "content/staff/sato.md:3:8: error: `order` must be an integer, got a number"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: [佐藤, 花子]\n---\n",
            "content/staff/sato.md:2:7: error: `name` must be a string, got a list"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nrole:\n  a: b\n---\n",
            "content/staff/sato.md:4:3: error: `role` must be a string, got a mapping"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\ndraft: yes\n---\n",
            "content/staff/sato.md:3:8: error: `draft` must be true or false, got a string"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\ndepartment:\n  kikaku: 1\n---\n",
            "content/staff/sato.md:4:3: error: `department` must be a string or a list of strings, got a mapping"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\ndepartment: [kikaku, {a: b}]\n---\n",
            "content/staff/sato.md:3:22: error: each item of `department` must be a string, got a mapping"),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: 2024-04-01\nauthor:\n  - sato\n  - [x]\n---\n",
            "content/posts/a.md:6:5: error: each item of `author` must be a string, got a list"),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\ntopics: {a: b}\n---\n",
            "content/staff/sato.md:3:9: error: `topics` must be a string or a list of strings, got a mapping"),
        // Images.
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nphoto: [a.jpg]\n---\n",
            "content/staff/sato.md:3:8: error: `photo` must be an image path or a mapping with `src` and `alt`, got a list"
        ),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nphoto:\n  alt: 佐藤の写真\n---\n",
            "content/staff/sato.md:4:3: error: missing required field `src` in `photo`"),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: 2024-04-01\nimage:\n  src: [a]\n---\n",
            "content/posts/a.md:5:8: error: `src` in `image` must be a string, got a list"),
        // Social.
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsocial: [x]\n---\n",
            "content/staff/sato.md:3:9: error: `social` must be a mapping of services to accounts, like `x: sato_city`, got a list"
        ),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsocial:\n  x: [a, b]\n---\n",
            "content/staff/sato.md:4:6: error: `x` in `social` must be a handle or a URL, got a list"),
        // Departments.
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\nservices:\n  name: x\n---\n",
            "content/departments/kikaku.md:4:3: error: `services` must be a list, got a mapping"),
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\nservices:\n  - 住民票\n---\n",
            "content/departments/kikaku.md:4:5: error: each item of `services` must be a mapping with `name`, `description`, `url`, got a string"
        ),
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\nservices:\n  - description: 発行\n---\n",
            "content/departments/kikaku.md:4:5: error: missing required field `name` in `services`"),
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\ncontact: 0187-43-1111\n---\n",
            "content/departments/kikaku.md:3:10: error: `contact` must be a mapping, got a string"),
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\ncontact:\n  phone: {a: 1}\n---\n",
            "content/departments/kikaku.md:4:10: error: `phone` in `contact` must be a string, got a mapping"),
        InvalidFile(
            "content/departments/kikaku.md", "---\nname: 企画課\nparent: [soumu]\n---\n",
            "content/departments/kikaku.md:3:9: error: `parent` must be a string, got a list"),
        // since.
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsince: April 2010\n---\n",
            "content/staff/sato.md:3:8: error: `since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got `April 2010`"
        ),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsince: 2010-13\n---\n",
            "content/staff/sato.md:3:8: error: `since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got `2010-13`"
        ),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsince: 210\n---\n",
            "content/staff/sato.md:3:8: error: `since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got `210`"
        ),
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nsince: [2010]\n---\n",
            "content/staff/sato.md:3:8: error: `since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got a list"
        ),
        // Dates.
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: 2024/04/01\n---\n",
            "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `2024/04/01`"
        ),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: 2024-02-30\n---\n",
            "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `2024-02-30`"
        ),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: \"2024-04-01 25:00\"\n---\n",
            "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `2024-04-01 25:00`"
        ),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: 20240401\n---\n",
            "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `20240401`"
        ),
        InvalidFile(
            "content/posts/a.md", "---\ntitle: A\ndate: {y: 2024}\n---\n",
            "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got a mapping"
        ),
        // YAML errors keep file positions (the front matter starts on line 2).
        InvalidFile(
            "content/staff/sato.md", "---\nname: 佐藤\nname: 鈴木\n---\n",
            "content/staff/sato.md:3:1: error: duplicate key `name`"),
    ]

    @Test(arguments: errors)
    func reportsError(_ c: InvalidFile) {
        let result = load([c.path: c.text])
        #expect(describe(result.diagnostics) == c.expected)
        // Every error carries the line it points at, for the caret display.
        for d in result.diagnostics where d.location?.line ?? 0 > 0 {
            #expect(d.sourceLine != nil)
        }
    }

    @Test func everyErrorOfEveryFileIsReported() {
        let result = load([
            "content/staff/sato.md": "---\nname: 佐藤\norder: x\ndraft: no\n---\n",
            "content/staff/suzuki.md": "---\nrole: 係長\n---\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024/4/1\nimage: [x]\n---\n",
        ])
        #expect(
            describe(result.diagnostics) == [
                "content/posts/a.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `2024/4/1`",
                "content/posts/a.md:4:8: error: `image` must be an image path or a mapping with `src` and `alt`, got a list",
                "content/staff/sato.md:3:8: error: `order` must be an integer, got a string",
                "content/staff/sato.md:4:8: error: `draft` must be true or false, got a string",
                "content/staff/suzuki.md:1:1: error: missing required field `name`",
            ])
        // An entry whose optional fields are wrong is still loaded (without them), so later checks can run.
        #expect(result.content?.staff.map(\.name) == ["佐藤"])
        #expect(result.content?.staff.first?.order == nil)
        #expect(result.content?.posts.isEmpty == true)
    }

    @Test(
        arguments: [
            ("draft: yes", "YAML 1.2 reads `yes` as text; write `true` or `false`"),
            ("order: x", nil),
        ] as [(String, String?)])
    func typeErrorHints(line: String, hint: String?) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n\(line)\n---\n"])
        #expect(result.diagnostics.map(\.hint) == [hint])
    }

    @Test func missingFieldHintSaysWhatToAdd() {
        let result = load(["content/staff/sato.md": "---\nrole: 係長\n---\n"])
        #expect(result.diagnostics.first?.hint == "add a line `name: …`")
        #expect(result.diagnostics.first?.sourceLine == "---")
    }
}

@Suite struct UnknownFieldTests {
    @Test(arguments: [
        (
            "deparment: kikaku", "content/staff/sato.md:3:1: warning: unknown field `deparment`",
            "did you mean `department`?"
        ),
        ("hashtag: 桜", "content/staff/sato.md:3:1: warning: unknown field `hashtag`", "did you mean `hashtags`?"),
        ("Name_en: Sato", "content/staff/sato.md:3:1: warning: unknown field `Name_en`", "did you mean `name_en`?"),
        (
            "favorite_food: 稲庭うどん", "content/staff/sato.md:3:1: warning: unknown field `favorite_food`",
            "templates can read it as `params.favorite_food`; write it under `params:` to keep it without this warning"
        ),
    ])
    func warnsWithSuggestion(line: String, expected: String, hint: String) {
        let result = load(["content/staff/sato.md": "---\nname: 佐藤\n\(line)\n---\n"])
        #expect(describe(result.diagnostics) == [expected])
        #expect(result.diagnostics.first?.hint == hint)
        #expect(result.diagnostics.first?.severity == .warning)
        // Still loaded, with the field kept for templates.
        #expect(result.content?.staff.count == 1)
        #expect(result.content?.staff.first?.file.params.count == 1)
    }

    @Test func aParamsMappingDeclaresOwnFieldsWithoutWarnings() throws {
        let text = "---\nname: 佐藤\nparams:\n  english: Hello\n  shift: [mon, tue]\n---\n"
        let result = load(["content/staff/sato.md": text])
        #expect(result.diagnostics.isEmpty)
        let staff = try #require(result.content?.staff.first)
        #expect(
            staff.file.params == [
                ContentPair(key: "english", value: .string("Hello")),
                ContentPair(key: "shift", value: .list([.string("mon"), .string("tue")])),
            ])
        let wrong = load(["content/staff/sato.md": "---\nname: 佐藤\nparams: hello\n---\n"])
        #expect(
            describe(wrong.diagnostics) == [
                "content/staff/sato.md:3:9: error: `params` must be a mapping of your own fields, got a string"
            ])
    }

    @Test func unknownFieldsAreKeptAsParamsInOrder() throws {
        let text = """
            ---
            title: A
            date: 2024-04-01
            venue: 市民会館
            capacity: 120
            free: true
            tags_extra: [a, b]
            held: 2024-04-10
            speaker:
              name: 佐藤
              role: null
            ---

            """
        let result = load(["content/posts/a.md": text])
        let post = try #require(result.content?.posts.first)
        #expect(
            post.file.params == [
                ContentPair(key: "venue", value: .string("市民会館")),
                ContentPair(key: "capacity", value: .int(120)),
                ContentPair(key: "free", value: .bool(true)),
                ContentPair(key: "tags_extra", value: .list([.string("a"), .string("b")])),
                ContentPair(
                    key: "held",
                    value: .date(
                        ZonedDate(secondsSinceEpoch: 1_712_674_800, utcOffsetSeconds: 32_400, hasTime: false))),
                ContentPair(
                    key: "speaker",
                    value: .map([
                        ContentPair(key: "name", value: .string("佐藤")), ContentPair(key: "role", value: .null),
                    ])),
            ])
        #expect(result.diagnostics.filter { $0.severity == .warning }.count == 6)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test(arguments: [
        (
            "content/staff/sato.md", "---\nname: 佐藤\nsocial:\n  tiktok: sato\n---\n",
            "content/staff/sato.md:4:3: warning: unknown social service `tiktok` in `social`",
            "known services: `x`, `instagram`, `facebook`, `bluesky`, `mastodon`, `threads`, `line`, `youtube`, `note`, `blog`, `website`"
        ),
        (
            "content/staff/sato.md", "---\nname: 佐藤\nsocial:\n  instagam: sato\n---\n",
            "content/staff/sato.md:4:3: warning: unknown social service `instagam` in `social`",
            "did you mean `instagram`? known services: `x`, `instagram`, `facebook`, `bluesky`, `mastodon`, `threads`, `line`, `youtube`, `note`, `blog`, `website`"
        ),
        (
            "content/departments/k.md", "---\nname: 企画課\ncontact:\n  fax: 0187-43-1112\n---\n",
            "content/departments/k.md:4:3: warning: unknown field `fax` in `contact`", "it is ignored"
        ),
        (
            "content/departments/k.md", "---\nname: 企画課\ncontact:\n  phon: 0187-43-1112\n---\n",
            "content/departments/k.md:4:3: warning: unknown field `phon` in `contact`", "did you mean `phone`?"
        ),
        (
            "content/staff/sato.md", "---\nname: 佐藤\nphoto:\n  src: a.jpg\n  atl: 写真\n---\n",
            "content/staff/sato.md:5:3: warning: unknown field `atl` in `photo`", "did you mean `alt`?"
        ),
    ])
    func nestedUnknownsWarn(path: String, text: String, expected: String, hint: String) {
        let result = load([path: text])
        #expect(describe(result.diagnostics) == [expected])
        #expect(result.diagnostics.first?.hint == hint)
    }
}
