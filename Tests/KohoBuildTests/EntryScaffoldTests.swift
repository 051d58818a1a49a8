import Foundation
import KohoBuild
import KohoDiagnostics
import KohoImages
import Testing

/// `koho new`: the draft it writes, its notes in the site's language, and what it says when it cannot.
@Suite struct EntryScaffoldTests {
    static let japaneseStaff = """
        ---
        # 新しい職員のページの下書きです
        # 「#」で始まる行は、説明か、まだ使っていない項目です。項目を使うときは、
        # その行の先頭の「# 」を消して値を書いてください

        # 名前（必須）。ページの見出しになります。氏名に書き換えてください
        name: ito-ken
        # 名前の読み（ひらがな）。ふりがなと一覧の並び順に使います
        # reading: さとう はなこ
        # 英語での名前
        # name_en: Hanako Sato
        # 職名
        # role: 主事
        # 所属する部署。部署のファイル名から `.md` を除いたものを書きます。複数なら [somu, koho] のように書きます
        # department: somu
        # ハッシュタグ。ページと一緒にシェアされ、タグごとに一覧のページができます
        # hashtags: [架空市]
        # 住民から尋ねてもらえる、担当の話題
        # topics: [窓口のご案内]
        # 写真。src は static/ の中の場所、alt は写っているものの説明です
        # photo: {src: /images/staff/ito-ken.jpg, alt: …}
        # SNS のアカウント
        # social: {x: handle}
        # この行があるあいだは公開されません。書き終えたら消してください
        draft: true
        ---

        """

    static let englishStaff = """
        ---
        # A draft of a new staff member's page
        # Lines starting with `#` are notes, or fields not used yet: to use a field,
        # remove the `# ` at the start of its line and write its value

        # Name (required), the heading of the page: write the person's full name
        name: ito-ken
        # How the name is read, in kana: for furigana and the order of lists
        # reading: さとう はなこ
        # The name in English
        # name_en: Hanako Sato
        # Job title
        # role: Clerk
        # Department: its file name without `.md`; several as a list, like [somu, koho]
        # department: somu
        # Hashtags: shared with the page, and each has a page listing what carries it
        # hashtags: [CityHall]
        # What the public can ask this person about
        # topics: [Counter services]
        # Photo: src is its path under static/, alt says what it shows
        # photo: {src: /images/staff/ito-ken.jpg, alt: …}
        # Accounts on social media
        # social: {x: handle}
        # Not published while this line is here: remove it when the page is ready
        draft: true
        ---

        """

    /// The test site with `language:` set to `language` (none when nil) in its site.yml, in a new folder.
    static func site(language: String?) throws -> URL {
        let root = try TestSupport.temporaryFolder()
        var files = BuildTests.site
        if let language { files["site.yml", default: ""] += "\nlanguage: \(language)\n" }
        try TestSupport.write(files, under: root)
        return root
    }

    static func read(_ path: String, in root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The site builds, drafts included, with nothing to say about `path`.
    static func expectBuildsCleanly(_ root: URL, _ path: String) throws {
        var options = BuildOptions(source: root.path, now: TestSupport.now)
        options.includeDrafts = true
        let report = try SiteBuilder(options: options).plan()
        #expect(!report.diagnostics.contains { $0.location?.path == path }, "\(report.diagnostics)")
    }

    /// (site.yml's `language`, the language asked for, the staff draft that is written).
    @Test(
        arguments: [
            ("ja", nil, japaneseStaff), ("ja-JP", nil, japaneseStaff), (nil, nil, japaneseStaff),
            ("en", nil, englishStaff), ("en-US", nil, englishStaff), ("fr", nil, englishStaff),
            ("ja", Language.english, englishStaff), ("en", Language.japanese, japaneseStaff),
        ] as [(String?, Language?, String)])
    func aStaffDraftHasNotesInTheSitesLanguage(siteLanguage: String?, asked: Language?, expected: String) throws {
        let root = try Self.site(language: siteLanguage)
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try EntryScaffold.create(.staff, name: "ito-ken", source: root.path, language: asked)
        #expect(path == "content/staff/ito-ken.md")
        #expect(try Self.read(path, in: root) == expected)
        try Self.expectBuildsCleanly(root, path)
    }

    /// Every kind's draft builds as it is, and, for staff and posts, with every field taken out of its comment.
    @Test(arguments: [("ja", Language.japanese), ("en", .english)])
    func everyDraftBuildsAsItIsAndWithItsFieldsInUse(siteLanguage: String, language: Language) throws {
        let root = try Self.site(language: siteLanguage)
        defer { try? FileManager.default.removeItem(at: root) }
        let now = Date(timeIntervalSince1970: TimeInterval(TestSupport.now - 86_400))
        var paths: [String] = []
        let kinds: [(EntryScaffold.Kind, String, MessageKey)] = [
            (.staff, "ito-ken", .scaffoldCommentIntroStaff), (.department, "zeimu", .scaffoldCommentIntroDepartment),
            (.post, "natsu", .scaffoldCommentIntroPost),
        ]
        for (kind, name, intro) in kinds {
            let path = try EntryScaffold.create(kind, name: name, source: root.path, now: now)
            let text = try Self.read(path, in: root)
            #expect(text.hasPrefix("---\n# \(Message(intro).text(in: language))\n"))
            paths.append(path)
        }
        for path in paths { try Self.expectBuildsCleanly(root, path) }
        // A field written in its comment is the start of a line `# key: ` (notes never start so).
        for path in [paths[0], paths[2]] {
            let text = try Self.read(path, in: root)
            let inUse = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.wholeMatch(of: #/# ([a-z_]+: .*)/#).map { String($0.1) } ?? String(line)
            }.joined(separator: "\n")
            #expect(inUse != text)
            try Data(inUse.utf8).write(to: root.appendingPathComponent(path))
        }
        // The photo the staff draft names is a file the build looks for: put it where the draft says.
        let photo = root.appendingPathComponent("static/images/staff/ito-ken.jpg")
        try FileManager.default.createDirectory(at: photo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(SampleImage.jpegWithGPS(width: 320, height: 320)).write(to: photo)
        try Self.expectBuildsCleanly(root, paths[0])
        try Self.expectBuildsCleanly(root, paths[2])
    }

    @Test func aPostDraftHasItsDateAndNotesInJapanese() throws {
        let root = try Self.site(language: "ja")
        defer { try? FileManager.default.removeItem(at: root) }
        let now = Date(timeIntervalSince1970: 1_775_035_800)  // 2026-04-01T09:30:00Z
        let path = try EntryScaffold.create(.post, name: "natsu", source: root.path, now: now)
        #expect(path == "content/posts/2026/natsu.md")
        #expect(
            try Self.read(path, in: root) == """
                ---
                # 新しい投稿の下書きです
                # 「#」で始まる行は、説明か、まだ使っていない項目です。項目を使うときは、
                # その行の先頭の「# 」を消して値を書いてください

                # 題名（必須）。投稿の題名に書き換えてください
                title: natsu
                # 投稿の日時。この日時から公開されます
                date: 2026-04-01T18:30:00+09:00
                # 書いた職員。職員のファイル名から `.md` を除いたものを書きます
                # author: sato
                # 投稿に関係する部署。部署のファイル名から `.md` を除いたものを書きます
                # department: somu
                # ハッシュタグ。ページと一緒にシェアされ、タグごとに一覧のページができます
                # hashtags: [架空市]
                # 投稿の要約を一行で。一覧やシェアに使われます
                # summary: 4月5日に春まつりを開きます
                # この行があるあいだは公開されません。書き終えたら消してください
                draft: true
                ---

                """)
    }

    @Test func aDepartmentDraftHasNotesInEnglish() throws {
        let root = try Self.site(language: "en")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try EntryScaffold.create(.department, name: "zeimu", source: root.path)
        #expect(
            try Self.read(path, in: root) == """
                ---
                # A draft of a new department's page
                # Lines starting with `#` are notes, or fields not used yet: to use a field,
                # remove the `# ` at the start of its line and write its value

                # Name (required), the heading of the page: write the department's name
                name: zeimu
                # How the name is read, in kana: for furigana and the order of lists
                # reading: そうむか
                # The name in English
                # name_en: General Affairs Division
                # The department above this one: its file name without `.md`
                # parent: somu
                # What the department does, in one line
                # summary: Residence records, family registers and elections
                # Services, each with a name, a description and a link
                # services: [{name: …, description: …, url: …}]
                # How to reach the department: phone, e-mail, address, opening hours
                # contact: {phone: …, email: …, address: …, hours: …}
                # Not published while this line is here: remove it when the page is ready
                draft: true
                ---

                """)
    }

    // MARK: - Refusals

    static func refusal(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let error as DiagnosticError {
            return error.diagnostics.first
        } catch {
            return nil
        }
    }

    @Test func anExistingFileIsNotOverwritten() throws {
        let root = try Self.site(language: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostic = try #require(
            Self.refusal { _ = try EntryScaffold.create(.staff, name: "sato", source: root.path) })
        #expect(diagnostic.description == "error: content/staff/sato.md already exists")
        #expect(diagnostic.hint == "choose another name, or edit that file")
        #expect(diagnostic.headline(in: .japanese) == "error: content/staff/sato.md はすでにあります")
        #expect(diagnostic.hint(in: .japanese) == "別の名前にするか、そのファイルを編集してください")
    }

    /// (the kind, the file already there, the kind's name in the hint in English and in Japanese).
    @Test(arguments: [
        (EntryScaffold.Kind.staff, "content/staff/Ito-Ken.yml", "staff", "職員"),
        (.department, "content/departments/ITO-KEN.yaml", "departments", "部署"),
        (.post, "content/posts/2019/ito-ken.md", "posts", "投稿"),
    ])
    func aSlugAnotherFileHasIsRefused(kind: EntryScaffold.Kind, existing: String, english: String, japanese: String)
        throws
    {
        let root = try Self.site(language: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write([existing: "name: x\n"], under: root)
        let diagnostic = try #require(
            Self.refusal { _ = try EntryScaffold.create(kind, name: "ito-ken", source: root.path) })
        #expect(diagnostic.description == "\(existing):1:1: error: slug `ito-ken` is already used by \(existing)")
        #expect(
            diagnostic.hint
                == "slugs must be unique among \(english), ignoring case; choose another name, or edit that file")
        #expect(diagnostic.headline(in: .japanese) == "\(existing):1:1: error: 名前 `ito-ken` は \(existing) ですでに使われています")
        #expect(
            diagnostic.hint(in: .japanese)
                == "\(japanese)のファイル名は、大文字と小文字の違いだけでは区別されません。別の名前にするか、そのファイルを編集してください")
    }

    @Test func aFolderThatCannotBeMadeIsReported() throws {
        let root = try Self.site(language: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        // content/departments is a file, so no draft can be written under it.
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/departments"))
        try TestSupport.write(["content/departments": "a file"], under: root)
        let diagnostic = try #require(
            Self.refusal { _ = try EntryScaffold.create(.department, name: "zeimu", source: root.path) })
        #expect(diagnostic.message.hasPrefix("cannot write content/departments/zeimu.md: "))
        #expect(diagnostic.message(in: .japanese).hasPrefix("content/departments/zeimu.md に書き込めません: "))
    }
}
