import KohoContent
import KohoDiagnostics
import KohoSocial
import Testing

@Suite struct SiteConfigTests {
    static let base = "title: 仙北市\nbase_url: https://example.jp/city/\n"

    static func site(_ yml: String, options: ContentOptions = .init()) -> (SiteConfig?, [Diagnostic]) {
        let result = ContentLoader(fileSystem: MemoryFileSystem(["site.yml": yml]), options: options).load()
        return (result.content?.site, result.diagnostics)
    }

    @Test(arguments: ["ja", "en", "en-US", "ja-JP", "zh-Hant", "zh-Hant-TW", "es-419", "ain", "fil", "ryu"])
    func languageTagsThatExistAreTaken(_ tag: String) {
        let (config, diagnostics) = Self.site("title: T\nbase_url: https://example.jp/\nlanguage: \(tag)\n")
        #expect(diagnostics.isEmpty, "\(describe(diagnostics))")
        #expect(config?.language == tag)
    }

    @Test func fullSettings() throws {
        let yml = """
            title: 仙北市役所
            description: 仙北市の職員と部署
            base_url: https://example.jp/city
            language: ja
            timezone: Asia/Tokyo
            theme: city
            hashtags: [仙北市, '#角館']
            share: [x, line, mastodon]
            mastodon_instance: Mastodon.Social
            organization:
              name: 仙北市
              logo: /images/logo.png
              address: 秋田県仙北市田沢湖生保内字宮ノ後30
              phone: 0187-43-1111
              email: info@example.jp
              social:
                x: semboku_city
            feeds:
              items: 50
              full_content: false
            paginate: 10
            markdown:
              unsafe_html: true
            analytics_id: abc

            """
        let (config, diagnostics) = Self.site(yml)
        #expect(describe(diagnostics) == ["site.yml:24:1: warning: unknown field `analytics_id`"])
        let site = try #require(config)
        #expect(site.title == "仙北市役所")
        #expect(site.description == "仙北市の職員と部署")
        #expect(site.baseURL == "https://example.jp/city/")
        #expect(site.language == "ja")
        #expect(site.timezone == "Asia/Tokyo")
        #expect(site.theme == "city")
        #expect(site.hashtags.map(\.value) == ["仙北市", "#角館"])
        #expect(site.hashtags.map(\.location.description) == ["site.yml:7:12", "site.yml:7:17"])
        #expect(site.share == [.x, .line, .mastodon])
        #expect(site.mastodonInstance == "mastodon.social")
        #expect(site.organization?.name == "仙北市")
        #expect(site.organization?.phone == "0187-43-1111")
        #expect(site.organization?.social.map(\.service.rawValue) == ["x"])
        #expect(site.feeds == FeedSettings(items: 50, fullContent: false))
        #expect(site.pageSizes[.postList] == 10)
        #expect(site.pageSizes.sizes.keys.map(\.rawValue) == ["post-list"])
        #expect(site.markdown.unsafeHTML)
        #expect(site.params == [ContentPair(key: "analytics_id", value: .string("abc"))])
    }

    @Test func defaults() throws {
        let (config, diagnostics) = Self.site("title: T\nbase_url: http://localhost:8080\n")
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.baseURL == "http://localhost:8080/")
        #expect(site.language == "ja")
        #expect(site.timezone == "UTC")
        #expect(site.theme == "default")
        #expect(site.share == ShareNetwork.allCases)
        #expect(site.feeds == FeedSettings())
        #expect(site.pageSizes == PageSizes())
        #expect(site.markdown == MarkdownSettings())
    }

    @Test(arguments: [
        (
            "base_url: https://example.jp/\n", "site.yml:1:1: error: missing required field `title`",
            "add a line `title: …`"
        ),
        ("title: T\n", "site.yml:1:1: error: missing required field `base_url`", "add a line `base_url: …`"),
        (
            "title: T\nbase_url: example.jp\n",
            "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `example.jp`",
            "write the full address the site is published at, with `https://` and a trailing `/`"
        ),
        (
            "title: T\nbase_url: ftp://example.jp/\n",
            "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `ftp://example.jp/`",
            "write the full address the site is published at, with `https://` and a trailing `/`"
        ),
        (
            "title: T\nbase_url: https:///city/\n",
            "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `https:///city/`",
            "write the full address the site is published at, with `https://` and a trailing `/`"
        ),
        (
            "title: T\nbase_url: https://example.jp/?a=1\n",
            "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `https://example.jp/?a=1`",
            "write the full address the site is published at, with `https://` and a trailing `/`"
        ),
    ])
    func requiredSettings(yml: String, expected: String, hint: String) {
        let (config, diagnostics) = Self.site(yml)
        #expect(describe(diagnostics) == [expected])
        #expect(diagnostics.first?.hint == hint)
        #expect(config == nil)
    }

    @Test(
        arguments: [
            (
                "language: japanese\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`, got `japanese`",
                "did you mean `ja`?"
            ),
            (
                "language: 日本語\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`, got `日本語`",
                "did you mean `ja`?"
            ),
            (
                "language: English\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`, got `English`",
                "did you mean `en`?"
            ),
            (
                "language: jp\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`: `jp` is not a language code (`JP` is a country)",
                "did you mean `ja`?"
            ),
            (
                "language: jpn\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`: `jpn` is written `ja` in a language tag (the two-letter code where there is one)",
                "did you mean `ja`?"
            ),
            (
                "language: ja-JA\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`: `JA` is not a region code",
                "did you mean `ja-JP`?"
            ),
            (
                "language: xq\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`: `xq` is not a language code",
                "use a BCP 47 language tag: `ja`, `en`, `en-US`, `zh-Hant`"
            ),
            (
                "language: ja_JP\n",
                "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`, got `ja_JP`",
                "write `ja-JP`: language tags use `-`"
            ),
            (
                "timezone: Tokyo\n", "site.yml:3:11: error: unknown time zone `Tokyo`",
                "did you mean `Asia/Tokyo`? use an IANA time zone name like Asia/Tokyo or America/New_York"
            ),
            (
                "timezone: Asia/Tokio\n", "site.yml:3:11: error: unknown time zone `Asia/Tokio`",
                "did you mean `Asia/Tokyo`? use an IANA time zone name like Asia/Tokyo or America/New_York"
            ),
            (
                "timezone: JST\n", "site.yml:3:11: error: unknown time zone `JST`",
                "use an IANA time zone name like Asia/Tokyo or America/New_York"
            ),
            (
                "theme: ../other\n",
                "site.yml:3:8: error: `theme` must be a folder name under `themes/`, got `../other`",
                "write the theme folder's name only, like `default` or `city`"
            ),
            (
                "share: [x, twitter]\n", "site.yml:3:12: error: unknown share target `twitter`",
                "did you mean `x`? share targets: `x`, `facebook`, `line`, `bluesky`, `mastodon`, `threads`, `linkedin`, `hatena`, `email`"
            ),
            (
                "share: [facebok]\n", "site.yml:3:9: error: unknown share target `facebok`",
                "did you mean `facebook`? share targets: `x`, `facebook`, `line`, `bluesky`, `mastodon`, `threads`, `linkedin`, `hatena`, `email`"
            ),
            ("share: [x, line, x]\n", "site.yml:3:18: error: share target `x` is listed twice", "remove one of them"),
            (
                "share: [x, mastodon]\n",
                "site.yml:3:12: warning: `share` lists `mastodon` but `mastodon_instance` is not set",
                "set `mastodon_instance: mastodon.social` (or your own instance), or remove `mastodon`"
            ),
            (
                "mastodon_instance: https://mastodon.social/\n",
                "site.yml:3:20: error: `mastodon_instance` must be a host name like mastodon.social, got `https://mastodon.social/`",
                "write only the host name, without `https://` or a path"
            ),
            (
                "mastodon_instance: mastodon\n",
                "site.yml:3:20: error: `mastodon_instance` must be a host name like mastodon.social, got `mastodon`",
                "write a host name like mastodon.social"
            ),
            ("paginate: 0\n", "site.yml:3:11: error: `paginate` must be at least 1, got 0", nil),
            ("paginate: ten\n", "site.yml:3:11: error: `paginate` must be an integer, got a string", nil),
            (
                "paginate:\n  stafflist: 60\n", "site.yml:4:3: error: unknown list `stafflist` in `paginate`",
                "did you mean `staff-list`? lists that can be paginated: `post-list`, `staff-list`, `department-list`, `tag-list`, `staff`, `department`, `tag`"
            ),
            (
                "paginate:\n  tag: 0\n", "site.yml:4:8: error: `tag` in `paginate` must be at least 1, got 0",
                "leave `tag` out to show the whole list on one page"
            ),
            (
                "paginate: [10]\n",
                "site.yml:3:11: error: `paginate` must be a number of posts per page or a mapping of lists to numbers, like `staff-list: 100`, got a list",
                nil
            ),
            ("feeds:\n  items: 0\n", "site.yml:4:10: error: `items` in `feeds` must be at least 1, got 0", nil),
            (
                "feeds:\n  full_content: \"no\"\n",
                "site.yml:4:17: error: `full_content` in `feeds` must be true or false, got a string", nil
            ),
            (
                "markdown:\n  unsafe_html: on\n",
                "site.yml:4:16: error: `unsafe_html` in `markdown` must be true or false, got a string",
                "YAML 1.2 reads `on` as text; write `true` or `false`"
            ),
            ("markdown: true\n", "site.yml:3:11: error: `markdown` must be a mapping, got a boolean", nil),
            (
                "organization:\n  logo: a.png\n",
                "site.yml:4:3: error: missing required field `name` in `organization`",
                "add `name: …` under `organization`"
            ),
            (
                "organization:\n  name: 市\n  social:\n    tiktok: a\n",
                "site.yml:6:5: warning: unknown social service `tiktok` in `social` in `organization`",
                "known services: `x`, `instagram`, `facebook`, `bluesky`, `mastodon`, `threads`, `line`, `youtube`, `note`, `blog`, `website`"
            ),
            (
                "hashtags: {a: 1}\n",
                "site.yml:3:11: error: `hashtags` must be a string or a list of strings, got a mapping", nil
            ),
            ("titel: x\n", "site.yml:3:1: warning: unknown field `titel`", "did you mean `title`?"),
        ] as [(String, String, String?)])
    func settingErrors(extra: String, expected: String, hint: String?) {
        let (config, diagnostics) = Self.site(Self.base + extra)
        #expect(describe(diagnostics) == [expected])
        #expect(diagnostics.first?.hint == hint)
        // A wrong optional setting falls back to its default; the site is still usable.
        #expect(config != nil)
    }

    @Test func baseURLOverrideReplacesTheFile() throws {
        let (config, diagnostics) = Self.site(
            Self.base, options: ContentOptions(baseURLOverride: "https://preview.example.jp/pr-12"))
        #expect(diagnostics.isEmpty)
        #expect(config?.baseURL == "https://preview.example.jp/pr-12/")
        // The override is enough on its own.
        let (bare, none) = Self.site("title: T\n", options: ContentOptions(baseURLOverride: "http://localhost:8080/"))
        #expect(none.isEmpty)
        #expect(bare?.baseURL == "http://localhost:8080/")
    }

    @Test func invalidOverrideHasNoLocation() {
        let (config, diagnostics) = Self.site(Self.base, options: ContentOptions(baseURLOverride: "localhost:8080"))
        #expect(
            describe(diagnostics) == [
                "error: the base URL given to the build must be an absolute http(s) URL like https://example.jp/, got `localhost:8080`"
            ])
        #expect(diagnostics.first?.location == nil)
        #expect(config == nil)
    }

    @Test func missingSiteYML() {
        let result = ContentLoader(fileSystem: MemoryFileSystem(["content/staff/a.md": "---\nname: A\n---\n"])).load()
        #expect(describe(result.diagnostics) == ["error: site.yml is missing: every site needs one at its root"])
        #expect(
            result.diagnostics.first?.hint
                == "create site.yml at the site's root with at least `title:` and `base_url:`")
        #expect(result.content == nil)
        let renamed = ContentLoader(fileSystem: MemoryFileSystem(["site.yaml": Self.base])).load()
        #expect(renamed.diagnostics.first?.hint == "rename site.yaml to site.yml")
    }

    @Test(
        arguments: [
            ("- a\n- b\n", "site.yml:1:1: error: site.yml must be a mapping of fields like `title: …`, got a list"),
            ("title: [\n", nil),
            ("", "site.yml:1:1: error: missing required field `base_url`"),
            ("# nothing yet\n", "site.yml:1:1: error: missing required field `base_url`"),
        ] as [(String, String?)])
    func unreadableSiteYML(yml: String, expected: String?) {
        let (config, diagnostics) = Self.site(yml)
        #expect(config == nil)
        #expect(diagnostics.count >= 1)
        if let expected { #expect(describe(diagnostics).first == expected) }
        #expect(diagnostics.allSatisfy { $0.location?.path == "site.yml" })
    }

    @Test func siteErrorsAndEntryErrorsAreAllReported() {
        let result = load([
            "site.yml": "title: T\nbase_url: nope\ntimezone: Tokyo\n",
            "content/staff/a.md": "---\nname: A\norder: x\n---\n",
        ])
        #expect(
            describe(result.diagnostics) == [
                "content/staff/a.md:3:8: error: `order` must be an integer, got a string",
                "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `nope`",
                "site.yml:3:11: error: unknown time zone `Tokyo`",
            ])
        #expect(result.content == nil)
    }

    /// `paginate` as a mapping names the lists the site splits into pages (over the theme's sizes).
    @Test func paginateMapping() throws {
        let (config, diagnostics) = Self.site(Self.base + "paginate:\n  post-list: 12\n  staff-list: 60\n  tag: 5\n")
        #expect(diagnostics.isEmpty)
        let sizes = try #require(config?.pageSizes)
        #expect(sizes[.postList] == 12)
        #expect(sizes[.staffList] == 60)
        #expect(sizes[.tag] == 5)
        #expect(sizes[.department] == nil)
        #expect(sizes.sizes[.tag]?.location.description == "site.yml:6:8")
    }

    /// The site's sizes over the theme's; the post list always split, 20 a page when nothing says.
    @Test(arguments: [
        ([:], [:], [PagedList.postList: 20]),
        ([.postList: 5], [:], [.postList: 5]),
        ([:], [.postList: 12, .tag: 20], [.postList: 12, .tag: 20]),
        ([.tag: 7, .staffList: 30], [.postList: 12, .tag: 20], [.postList: 12, .tag: 7, .staffList: 30]),
    ] as [([PagedList: Int], [PagedList: Int], [PagedList: Int])])
    func resolvedSizes(site: [PagedList: Int], theme: [PagedList: Int], expected: [PagedList: Int]) {
        func sizes(_ values: [PagedList: Int]) -> PageSizes {
            PageSizes(values.mapValues { Located($0, at: SourceLocation(path: "x.yml", line: 1, column: 1)) })
        }
        #expect(PageSizes.resolved(site: sizes(site), theme: sizes(theme)) == expected)
    }
}
