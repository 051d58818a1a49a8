import KohoDates
import Foundation
import KohoContent
import KohoDiagnostics
import Testing

@Suite struct ContentLoaderTests {
    static let site: [String: String] = [
        "site.yml": minimalSite,
        "content/staff/sato.md": """
        ---
        name: 佐藤 花子
        reading: さとう はなこ
        name_en: Hanako Sato
        role: 主任
        department: kikaku
        hashtags: [田沢湖, '#角館']
        topics: [観光, 移住]
        photo: /images/sato.jpg
        social:
          x: sato_city
          website: https://example.jp/sato
        email: sato@example.jp
        phone: 0187431111
        since: 2010-04-01
        order: 3
        ---
        佐藤です。

        """,
        "content/staff/suzuki.yml": "name: 鈴木\ndepartment: [kikaku, somu]\nsince: 2015\n",
        "content/departments/kikaku.md": """
        ---
        name: 企画課
        reading: きかくか
        name_en: Planning
        parent: somu
        summary: まちの計画
        services:
          - name: 観光案内
            description: 観光の相談
            url: https://example.jp/kanko/
          - name: 移住相談
        contact:
          phone: 0187-43-1111
          email: kikaku@example.jp
          address: 田沢湖生保内
          hours: 平日
        hashtags: 企画
        social:
          instagram: semboku_kikaku
        order: 1
        ---
        計画をつくります。

        """,
        "content/departments/somu.yml": "name: 総務部\n",
        "content/posts/2024/04/spring.md": """
        ---
        title: 春
        date: 2024-04-01T18:30:00+09:00
        author: [sato, suzuki]
        department: kikaku
        hashtags: [桜]
        summary: 桜が咲きました
        image:
          src: /images/sakura.jpg
          alt: 桜
        ---
        本文

        """,
        "content/posts/2023/autumn.md": "---\ntitle: 秋\ndate: 2023-10-01\n---\n",
        "content/pages/about.md": "---\ntitle: About\ndescription: このサイト\norder: 2\n---\n本文\n",
    ]

    @Test func loadsAFullValidSite() throws {
        let result = ContentLoader(fileSystem: MemoryFileSystem(Self.site)).load()
        #expect(describe(result.diagnostics) == [])
        let content = try #require(result.content)
        #expect(content.site.title == "仙北市役所")
        #expect(content.site.timezone == "Asia/Tokyo")

        #expect(content.staff.map(\.file.path) == ["content/staff/sato.md", "content/staff/suzuki.yml"])
        let sato = content.staff[0]
        #expect(sato.file.slug.value == "sato")
        #expect(sato.file.slug.location.description == "content/staff/sato.md:1:1")
        #expect(sato.file.body == "佐藤です。\n")
        #expect(sato.file.bodyStartLine == 18)
        #expect(!sato.file.draft)
        #expect(sato.file.params.isEmpty)
        #expect(sato.name == "佐藤 花子")
        #expect(sato.reading == "さとう はなこ")
        #expect(sato.nameEn == "Hanako Sato")
        #expect(sato.role == "主任")
        #expect(sato.departments.map(\.value) == ["kikaku"])
        #expect(sato.departments.map(\.location.description) == ["content/staff/sato.md:6:13"])
        #expect(sato.hashtags.map(\.value) == ["田沢湖", "#角館"])
        #expect(sato.topics == ["観光", "移住"])
        #expect(
            sato.photo
                == ContentImage(
                    src: Located(
                        "/images/sato.jpg", at: SourceLocation(path: "content/staff/sato.md", line: 9, column: 8)),
                    alt: nil))
        #expect(sato.social.map(\.service.rawValue) == ["x", "website"])
        #expect(sato.social.map(\.value.value) == ["sato_city", "https://example.jp/sato"])
        #expect(sato.email == "sato@example.jp")
        #expect(sato.phone == "0187431111")
        #expect(sato.since == "2010-04-01")
        #expect(sato.order == 3)

        let suzuki = content.staff[1]
        #expect(suzuki.file.body == "")
        #expect(suzuki.departments.map(\.value) == ["kikaku", "somu"])
        #expect(suzuki.since == "2015")

        #expect(content.departments.map(\.file.slug.value) == ["kikaku", "somu"])
        let kikaku = content.departments[0]
        #expect(kikaku.name == "企画課")
        #expect(kikaku.reading == "きかくか")
        #expect(kikaku.nameEn == "Planning")
        #expect(kikaku.parent?.value == "somu")
        #expect(kikaku.parent?.location.description == "content/departments/kikaku.md:5:9")
        #expect(kikaku.summary == "まちの計画")
        #expect(
            kikaku.services == [
                DepartmentService(name: "観光案内", description: "観光の相談", url: "https://example.jp/kanko/"),
                DepartmentService(name: "移住相談"),
            ])
        #expect(
            kikaku.contact
                == DepartmentContact(phone: "0187-43-1111", email: "kikaku@example.jp", address: "田沢湖生保内", hours: "平日"))
        #expect(kikaku.hashtags.map(\.value) == ["企画"])
        #expect(kikaku.social.map(\.service.rawValue) == ["instagram"])
        #expect(kikaku.order == 1)

        #expect(content.posts.map(\.file.slug.value) == ["autumn", "spring"])
        let spring = content.posts[1]
        #expect(spring.title == "春")
        #expect(
            spring.date.value == ZonedDate(secondsSinceEpoch: 1_711_963_800, utcOffsetSeconds: 32_400, hasTime: true))
        #expect(spring.authors.map(\.value) == ["sato", "suzuki"])
        #expect(spring.departments.map(\.value) == ["kikaku"])
        #expect(spring.hashtags.map(\.value) == ["桜"])
        #expect(spring.summary == "桜が咲きました")
        #expect(spring.image?.src.value == "/images/sakura.jpg")
        #expect(spring.image?.alt == "桜")
        #expect(spring.file.bodyStartLine == 12)

        #expect(content.pages.map(\.title) == ["About"])
        #expect(content.pages[0].description == "このサイト")
        #expect(content.pages[0].order == 2)
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        var files = Self.site
        files["content/posts/draft.md"] = "---\ntitle: 下書き\ndate: 2024-05-01\ndraft: true\n---\n"
        files["content/staff/new.yml"] = "name: 新人\ndraft: true\n"
        let published = ContentLoader(fileSystem: MemoryFileSystem(files)).load()
        #expect(published.diagnostics.isEmpty)
        #expect(published.content?.posts.map(\.title) == ["秋", "春"])
        #expect(published.content?.staff.count == 2)

        let preview = ContentLoader(fileSystem: MemoryFileSystem(files), options: ContentOptions(includeDrafts: true))
            .load()
        // Path order: content/posts/2023/…, content/posts/2024/…, content/posts/draft.md.
        #expect(preview.content?.posts.map(\.title) == ["秋", "春", "下書き"])
        #expect(preview.content?.posts.last?.file.draft == true)
        #expect(preview.content?.staff.map(\.name) == ["新人", "佐藤 花子", "鈴木"])
    }

    @Test func errorsInADraftAreStillReported() {
        let result = load(["content/posts/d.md": "---\ntitle: 下書き\ndate: 2024/05/01\ndraft: true\n---\n"])
        #expect(
            describe(result.diagnostics) == [
                "content/posts/d.md:3:7: error: `date` must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got `2024/05/01`"
            ])
    }

    @Test func filesKohoDoesNotReadAreWarnedAboutOrSkipped() {
        let result = load([
            "content/staff/photo.jpg": "binary",
            "content/staff/old/tanaka.md": "---\nname: 田中\n---\n",
            "content/staff/.DS_Store": "x",
            "content/staff/.sato.md.swp": "x",
            "content/.obsidian/config": "x",
            "content/posts/.hidden/a.md": "x",
            "content/pages/about.yml": "title: About\n",
            "content/post/a.md": "---\ntitle: A\n---\n",
            "content/README.md": "notes",
        ])
        #expect(
            describe(result.diagnostics) == [
                "warning: content/README.md is ignored: Koho reads content/staff, content/departments, content/posts and content/pages",
                "warning: content/post is ignored: Koho reads content/staff, content/departments, content/posts and content/pages",
                "content/pages/about.yml:1:1: warning: content/pages/about.yml is ignored: pages are `.md` files",
                "content/staff/old/tanaka.md:1:1: warning: content/staff/old/tanaka.md is ignored: staff entries must be directly in content/staff/",
                "content/staff/photo.jpg:1:1: warning: content/staff/photo.jpg is ignored: staff entries are `.md` or `.yml` files",
            ])
        #expect(result.diagnostics[1].hint == "did you mean `posts`?")
        #expect(result.diagnostics[0].hint == nil)
        #expect(result.diagnostics[2].hint == "images and other files belong in static/")
        #expect(
            result.diagnostics.map { $0.headline(in: .japanese) } == [
                "warning: content/README.md は読み込みません。Koho が読むのは content/staff、content/departments、content/posts、content/pages です",
                "warning: content/post は読み込みません。Koho が読むのは content/staff、content/departments、content/posts、content/pages です",
                "content/pages/about.yml:1:1: warning: content/pages/about.yml は読み込みません。ページのファイルは `.md` のファイルです",
                "content/staff/old/tanaka.md:1:1: warning: content/staff/old/tanaka.md は読み込みません。職員のファイルは content/staff/ の直下に置きます",
                "content/staff/photo.jpg:1:1: warning: content/staff/photo.jpg は読み込みません。職員のファイルは `.md` か `.yml` のファイルです",
            ])
        #expect(result.diagnostics[1].hint(in: .japanese) == "`posts` のことですか？")
        #expect(result.diagnostics[2].hint(in: .japanese) == "画像などのファイルは static/ に置いてください")
        #expect(result.content?.staff.isEmpty == true)
    }

    @Test func manyFilesLoadInParallelInPathOrder() throws {
        var files: [String: String] = [:]
        for i in (0..<200).reversed() {
            let name = String(format: "p%03d", i)
            files["content/posts/\(i % 7)/\(name).md"] =
                "---\ntitle: \(name)\ndate: 2024-04-01\n\(i % 50 == 0 ? "order: x\n" : "")---\n"
        }
        let first = load(files)
        let second = load(files)
        let paths = try #require(first.content?.posts.map(\.file.path))
        #expect(paths.count == 200)
        #expect(paths == paths.sorted())
        #expect(paths == second.content?.posts.map(\.file.path))
        #expect(describe(first.diagnostics) == describe(second.diagnostics))
        #expect(first.diagnostics.count == 4)
    }

    // MARK: - On disk

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        .path

    @Test func loadsAFixtureSiteFromDisk() throws {
        let fs = LocalFileSystem(root: Self.fixtures + "/site")
        #expect(fs.exists("site.yml"))
        #expect(!fs.exists("content"))
        #expect(
            fs.listFiles(under: "content/departments") == [
                "content/departments/kikaku.md", "content/departments/somu.yml",
            ])
        #expect(fs.listFiles(under: "missing").isEmpty)
        #expect(throws: SiteFileError.self) { try fs.read("nope.md") }

        let result = ContentLoader(fileSystem: fs).load()
        #expect(
            describe(result.diagnostics) == [
                "content/staff/notes.txt:1:1: warning: content/staff/notes.txt is ignored: staff entries are `.md` or `.yml` files"
            ])
        let content = try #require(result.content)
        #expect(content.site.baseURL == "https://example.jp/city/")
        #expect(content.site.share == [.x, .line, .bluesky])
        #expect(content.staff.map(\.file.slug.value) == ["sato", "suzuki"])
        #expect(content.staff[0].photo?.alt == "佐藤 花子の写真")
        #expect(content.staff[0].since == "2010-04")
        #expect(content.staff[0].file.bodyStartLine == 12)
        #expect(content.staff[1].order == 2)
        #expect(content.departments.map(\.name) == ["企画課", "総務部"])
        #expect(content.departments[0].contact?.hours == "平日 8:30–17:15")
        #expect(content.posts.map(\.file.path) == ["content/posts/2024/spring.md"])
        #expect(content.posts[0].date.value.secondsSinceEpoch == 1_711_929_600)
        #expect(content.posts[0].hashtags.map(\.value) == ["桜"])
        #expect(content.pages.map(\.file.slug.value) == ["about"])
    }

    @Test func reportsEveryProblemOfAnInvalidFixtureSite() {
        let result = ContentLoader(fileSystem: LocalFileSystem(root: Self.fixtures + "/invalid-site/")).load()
        #expect(result.content == nil)
        #expect(
            result.diagnostics.map { DiagnosticFormatter.text($0) }.joined() == """
                content/staff/sato.md:3:8: error: `order` must be an integer, got a string
                    order: first
                           ^
                content/staff/sato.md:4:1: warning: unknown field `deparment`
                    deparment: kikaku
                    ^
                  hint: did you mean `department`?
                site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `example.jp`
                    base_url: example.jp
                              ^
                  hint: write the full address the site is published at, with `https://` and a trailing `/`

                """)
    }
}

/// A site whose listed file cannot be read (permissions, a file removed mid-build).
private struct UnreadableFileSystem: SiteFileSystem {
    let inner = MemoryFileSystem(["site.yml": minimalSite, "content/staff/a.md": "---\nname: A\n---\n"])

    func read(_ path: String) throws -> [UInt8] {
        if path == "content/staff/a.md" { throw SiteFileError(path: path, reason: "permission denied") }
        return try inner.read(path)
    }
    func listFiles(under folder: String) -> [String] { inner.listFiles(under: folder) }
    func exists(_ path: String) -> Bool { inner.exists(path) }
}

@Test func unreadableFileIsAnErrorNamingIt() {
    let result = ContentLoader(fileSystem: UnreadableFileSystem()).load()
    #expect(describe(result.diagnostics) == ["content/staff/a.md:1:1: error: cannot read content/staff/a.md: permission denied"])
    #expect(
        result.diagnostics.map { $0.headline(in: .japanese) } == [
            "content/staff/a.md:1:1: error: content/staff/a.md を読めません: 読む権限がありません"
        ])
    #expect(result.content?.staff.isEmpty == true)
}

@Test func windowsFileWithBOMAndCRLFKeepsPositions() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nname: 佐藤\r\norder: x\r\n---\r\n本文\r\n".utf8)
    let fs = MemoryFileSystem(bytes: ["site.yml": Array(minimalSite.utf8), "content/staff/sato.md": bytes])
    let result = ContentLoader(fileSystem: fs).load()
    #expect(
        describe(result.diagnostics) == ["content/staff/sato.md:3:8: error: `order` must be an integer, got a string"])
    #expect(result.diagnostics.first?.sourceLine == "order: x")
    let sato = try #require(result.content?.staff.first)
    #expect(sato.file.body == "本文\n")
    #expect(sato.file.bodyStartLine == 5)
}
