import Foundation
import KohoBuild
import KohoContent
import KohoDiagnostics
import Testing

/// What the resolve phase says (references between entries, the department tree, hashtags, dates far ahead,
/// static files over generated ones), word for word in English and in Japanese.
@Suite struct ResolveMessageTests {
    /// (files added to the test site; the first diagnostic's headline and hint in English, then in Japanese).
    static let cases: [([String: String], String, String, String, String)] = [
        (
            ["content/staff/new.md": "---\nname: 新人\ndepartment: kikaku\n---\n"],
            "content/staff/new.md:3:13: error: unknown department `kikaku`",
            "departments that exist: `koho` (広報課), `somu` (総務部)",
            "content/staff/new.md:3:13: error: 部署 `kikaku` が見つかりません",
            "ある部署: `koho`（広報課）、`somu`（総務部）"
        ),
        (
            ["content/departments/kikaku.md": "---\nname: 企画課\nparent: soumu\n---\n"],
            "content/departments/kikaku.md:3:9: error: unknown parent department `soumu`",
            "did you mean `somu` (総務部)?",
            "content/departments/kikaku.md:3:9: error: 上位の部署 `soumu` が見つかりません",
            "`somu`（総務部） のことですか？"
        ),
        (
            ["content/posts/new.md": "---\ntitle: 新着\ndate: 2026-04-01\nauthor: satou\n---\n"],
            "content/posts/new.md:4:9: error: unknown author `satou`",
            "did you mean `sato` (佐藤 花子)?",
            "content/posts/new.md:4:9: error: 投稿者 `satou` が職員の中に見つかりません",
            "`sato`（佐藤 花子） のことですか？"
        ),
        (
            [
                "content/departments/a.md": "---\nname: A\nparent: b\n---\n",
                "content/departments/b.md": "---\nname: B\nparent: a\n---\n",
            ],
            "content/departments/a.md:3:9: error: department `a` is inside itself: a → b → a",
            "a `parent:` must point up the tree; remove or change one of these",
            "content/departments/a.md:3:9: error: 部署 `a` の `parent` をたどると自分に戻ってしまいます: a → b → a",
            "`parent:` には一つ上の部署を書いてください。この中のどれかの `parent:` を消すか、書き直してください"
        ),
        (
            [
                "content/posts/many.md":
                    "---\ntitle: T\ndate: 2026-04-02\n---\n" + (0...100).map { "#tag\($0)" }.joined(separator: " ")
                    + "\n"
            ],
            "content/posts/many.md:5:1: error: content/posts/many.md has 101 hashtags; an entry may have at most 100",
            "each hashtag gets a page and a feed that carries the entry: keep the ones people look for",
            "content/posts/many.md:5:1: error: content/posts/many.md にハッシュタグが 101 個あります（1つのファイルに書けるのは 100 個までです）",
            "ハッシュタグごとに、一覧のページと更新情報（フィード）が作られます。人が探しそうなものだけを残してください"
        ),
        (
            ["content/posts/typo.md": "---\ntitle: 年の打ち間違い\ndate: 2062-04-01\n---\n"],
            "content/posts/typo.md:3:7: warning: `date` is more than a year ahead: the post stays unpublished until then",
            "check the year; `koho build --future` builds it now",
            "content/posts/typo.md:3:7: warning: `date` が1年以上先の日付です: その日までこの投稿は公開されません",
            "年が正しいか確かめてください。`koho build --future` で作ると今すぐ公開されます"
        ),
        (
            ["static/404.html": "mine"],
            "static/404.html:1:1: error: `static/404.html` would overwrite the generated `404.html`",
            "rename or move the static file",
            "static/404.html:1:1: error: `static/404.html` は、Koho が作る `404.html` と同じ場所に置かれてしまいます",
            "`static/` のこのファイルの名前を変えるか、別の場所に移してください"
        ),
    ]

    @Test(arguments: cases)
    func saysWhatIsWrongInBothLanguages(
        files: [String: String], english: String, englishHint: String, japanese: String, japaneseHint: String
    ) throws {
        let found = CheckTests.check(files)
        #expect(found.count == 1, "\(found)")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.headline(in: .english) == english)
        #expect(diagnostic.hint(in: .english) == englishHint)
        #expect(diagnostic.headline(in: .japanese) == japanese)
        #expect(diagnostic.hint(in: .japanese) == japaneseHint)
    }

    @Test func aReferenceWhereThereAreNoEntriesOfTheKindSaysSo() throws {
        let files = BuildTests.site.filter { !$0.key.hasPrefix("content/staff/") }.merging([
            "content/posts/past.md": "---\ntitle: 過去のお知らせ\ndate: 2026-04-01\nauthor: sato\n---\n"
        ]) { $1 }
        let options = BuildOptions(source: "/site", now: TestSupport.now)
        let found = SiteBuilder(options: options, fileSystem: MemoryFileSystem(files)).check()
        let diagnostic = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(diagnostic.message == "unknown author `sato`")
        #expect(diagnostic.hint == "there are no staff yet")
        #expect(diagnostic.message(in: .japanese) == "投稿者 `sato` が職員の中に見つかりません")
        #expect(diagnostic.hint(in: .japanese) == "職員はまだありません")
    }

    /// Why a hashtag is invalid comes from the hashtag rules; the words around it are the resolve phase's.
    @Test func anInvalidHashtagIsNamedInBothLanguages() throws {
        let found = CheckTests.check(["content/staff/sato.md": "---\nname: 佐藤 花子\nhashtags: [\"#2024\"]\n---\n"])
        let diagnostic = try #require(found.first)
        #expect(found.count == 1, "\(found)")
        #expect(
            diagnostic.headline(in: .english).hasPrefix("content/staff/sato.md:3:12: error: invalid hashtag `#2024`: "))
        #expect(
            diagnostic.hint == "a hashtag is letters, digits and `_` of any script, like `#架空市` or `#Sakura2024`")
        #expect(
            diagnostic.headline(in: .japanese).hasPrefix("content/staff/sato.md:3:12: error: ハッシュタグ `#2024` は使えません: "))
        #expect(
            diagnostic.hint(in: .japanese)
                == "ハッシュタグは文字・数字・`_` で書いてください（どの言語の文字でも使えます）。例: `#架空市`、`#Sakura2024`")
    }
}

/// The progress a build reports as each phase starts, in the reader's language.
@Suite struct ProgressMessageTests {
    /// Messages collected from any thread.
    final class Collected: @unchecked Sendable {
        // @unchecked: every access holds `lock`.
        private let lock = NSLock()
        private var stored: [Message] = []
        func append(_ message: Message) { lock.withLock { stored.append(message) } }
        func all(in language: Language) -> [String] { lock.withLock { stored.map { $0.text(in: language) } } }
    }

    @Test func eachPhaseIsNamedInBothLanguages() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let collected = Collected()
        let builder = SiteBuilder(
            options: BuildOptions(source: root.path, now: TestSupport.now), progress: { collected.append($0) })
        try builder.build()
        #expect(
            collected.all(in: .english) == [
                "loading content and theme", "resolving 2 staff, 2 departments, 2 posts", "making template values",
                "planning pages", "rendering 15 pages", "drawing 6 share cards", "writing feeds and the sitemap",
                "indexing 6 entries for search", "listing static files", "writing 6 more files",
            ])
        #expect(
            collected.all(in: .japanese) == [
                "内容とテーマを読み込み中", "職員 2 人、部署 2 件、投稿 2 件を照合中", "テンプレートに渡す値を準備中",
                "作るページを決定中", "15 ページを作成中", "共有カード 6 枚を作成中", "更新情報（フィード）とサイトマップを作成中",
                "検索の索引（6 件）を作成中", "`static/` のファイルを確認中", "残りのファイル 6 個を書き込み中",
            ])
    }

    @Test func writingAPlannedSiteSaysHowManyFiles() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let collected = Collected()
        let builder = SiteBuilder(
            options: BuildOptions(source: root.path, now: TestSupport.now), progress: { collected.append($0) })
        let report = try builder.plan()
        _ = try builder.write(report)
        let count = report.files.count
        #expect(collected.all(in: .english).last == "writing \(count) files")
        #expect(collected.all(in: .japanese).last == "ファイル \(count) 個を書き込み中")
    }
}
