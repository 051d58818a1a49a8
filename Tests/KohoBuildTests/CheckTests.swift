import KohoBuild
import KohoContent
import KohoDiagnostics
import Testing

/// `koho check`: what it adds to the build's own checks, each at the place it was written.
@Suite struct CheckTests {
    static func check(_ extra: [String: String]) -> [Diagnostic] {
        let files = BuildTests.site.merging(extra) { _, new in new }
        let options = BuildOptions(source: "/site", now: TestSupport.now)
        return SiteBuilder(options: options, fileSystem: MemoryFileSystem(files)).check()
    }

    /// Each diagnostic on one line, its hint in brackets, in `language`.
    static func lines(_ diagnostics: [Diagnostic], in language: Language = .english) -> [String] {
        diagnostics.map { $0.headline(in: language) + ($0.hint(in: language).map { " [\($0)]" } ?? "") }
    }

    @Test func aCleanSiteHasNothingToSay() {
        #expect(Self.check([:]).isEmpty)
    }

    /// A photo path with a typo is found in the same pass as the other mistakes of the content, by `koho check`
    /// and by the build, at the field: not after the other errors are fixed, not as a broken picture online.
    @Test func aMissingFrontMatterImageIsFoundWithTheOtherMistakes() throws {
        let files = [
            "content/posts/photo.md": "---\ntitle: 写真\ndate: 2026-04-02\nimage: {src: /images/mpa.png, alt: 地図}\n---\n",
            "content/staff/sato.md": "---\nname: 佐藤 花子\ndepartment: nowhere\nphoto: {src: /images/sato.jpg, alt: 佐藤}\n---\n",
        ]
        let expected = [
            "content/posts/photo.md:4:14: error: image `/images/mpa.png` not found [put the file at static/images/mpa.png, or fix the path]",
            "content/staff/sato.md:3:13: error: unknown department `nowhere` [departments that exist: `koho` (広報課), `somu` (総務部)]",
            "content/staff/sato.md:4:14: error: image `/images/sato.jpg` not found [put the file at static/images/sato.jpg, or fix the path]",
        ]
        #expect(Self.lines(Self.check(files)) == expected)
        let options = BuildOptions(source: "/site", now: TestSupport.now)
        do {
            _ = try SiteBuilder(options: options, fileSystem: MemoryFileSystem(BuildTests.site.merging(files) { _, new in new })).plan()
            Issue.record("built with a missing photo")
        } catch {
            #expect(Self.lines(error.diagnostics).filter { $0.contains("not found") } == [expected[0], expected[2]])
        }
    }

    @Test func reportsBrokenLinksMissingImagesAltTextAndDroppedLinks() {
        let page = """
            ---
            title: リンク集
            ---
            [総務部](/departments/somu/) [広報課](/departments/kouho/) [概要](../about/) [外部](https://example.com/)
            [見出し](#top) [連絡](mailto:info@example.jp)

            ![](/images/map.png)
            ![地図](/images/nothing.png)
            [危ない](javascript:alert(1))
            """
        let post = """
            ---
            title: 写真
            date: 2026-04-02
            image: /images/map.png
            ---
            """
        let diagnostics = Self.check(["content/pages/links.md": page, "content/posts/photo.md": post])
        let found = Self.lines(diagnostics)
        #expect(
            found == [
                "content/pages/links.md:4:27: error: broken link: `/departments/kouho/` is not part of the site [did you mean `/departments/koho/`?]",
                "content/pages/links.md:7:1: warning: the image `/images/map.png` has no alternative text [describe what it shows: ![桜並木の写真](/images/map.png)]",
                "content/pages/links.md:8:1: error: broken image: `/images/nothing.png` is not part of the site [put the file at static/images/nothing.png, or fix the path]",
                "content/pages/links.md:9:1: warning: the link to `javascript:alert(1)` was removed [site paths and http(s), mailto, tel, sms, ftp, webcal and geo links are kept; `javascript:`, `vbscript:` and `data:` never are]",
                "content/posts/photo.md:4:8: warning: `image` has no `alt` text [add `alt:` describing what the picture shows, for people who can't see it]",
            ])
        #expect(
            Self.lines(diagnostics, in: .japanese) == [
                "content/pages/links.md:4:27: error: リンク切れ: `/departments/kouho/` はサイトの中にありません [`/departments/koho/` のことですか？]",
                "content/pages/links.md:7:1: warning: 画像 `/images/map.png` に代替テキストがありません [何が写っているかを [ ] の中に書いてください。例: ![桜並木の写真](/images/map.png)]",
                "content/pages/links.md:8:1: error: 画像が見つかりません: `/images/nothing.png` はサイトの中にありません [ファイルを static/images/nothing.png に置くか、パスを直してください]",
                "content/pages/links.md:9:1: warning: `javascript:alert(1)` へのリンクを取り除きました [サイト内のパスと http(s)、mailto、tel、sms、ftp、webcal、geo のリンクは残ります。`javascript:`、`vbscript:`、`data:` のリンクは必ず取り除かれます]",
                "content/posts/photo.md:4:8: warning: `image` に `alt`（代替テキスト）がありません [画像を見られない人のために、写っているものを説明する `alt:` を追加してください]",
            ])
    }

    @Test func aBrokenLinkFarFromEveryPathIsToldToCheckThePath() {
        let page = "---\ntitle: リンク\n---\n[どこか](/zzzzzzzzzzzzzzzzzzzz/qqqqqqqqqqqq/)\n"
        let diagnostics = Self.check(["content/pages/links.md": page])
        #expect(
            Self.lines(diagnostics) == [
                "content/pages/links.md:4:1: error: broken link: `/zzzzzzzzzzzzzzzzzzzz/qqqqqqqqqqqq/` is not part of the site [check the path; site paths start with `/`]"
            ])
        #expect(
            Self.lines(diagnostics, in: .japanese) == [
                "content/pages/links.md:4:1: error: リンク切れ: `/zzzzzzzzzzzzzzzzzzzz/qqqqqqqqqqqq/` はサイトの中にありません [パスを確かめてください。サイト内のパスは `/` で始まります]"
            ])
    }

    @Test func buildErrorsComeFirstAndStopTheCheck() {
        let found = Self.check(["content/staff/sato.md": "---\nname: 佐藤\ndepartment: nowhere\n---\n"])
        #expect(found.map(\.message) == ["unknown department `nowhere`"])
    }
}

/// A department or author written by its name, or a typo: answered with the slug that was meant and its name.
@Suite struct ReferenceByNameTests {
    static func check(_ extra: [String: String]) throws -> [Diagnostic] {
        CheckTests.check(extra).filter { $0.severity == .error }
    }

    static let bySlugJapanese = "`koho`（広報課） のことですか？ 名前ではなく、ファイル名から `.md` を除いた部分を書いてください"

    @Test(arguments: [
        (
            "department: 広報課", "did you mean `koho` (広報課)? write the slug, the file's name without `.md`",
            bySlugJapanese
        ),
        (
            "department: 広報 課", "did you mean `koho` (広報課)? write the slug, the file's name without `.md`",
            bySlugJapanese
        ),
        ("department: kouho", "did you mean `koho` (広報課)?", "`koho`（広報課） のことですか？"),
    ])
    func aDepartmentWrittenByItsNameGetsItsSlug(_ line: String, _ hint: String, _ japanese: String) throws {
        let errors = try Self.check(["content/staff/new.md": "---\nname: 新人\n\(line)\n---\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.hint == hint)
        #expect(errors.first?.hint(in: .japanese) == japanese)
    }

    @Test(arguments: ["佐藤花子", "佐藤 花子", "さとう はなこ", "さとうはなこ"])
    func anAuthorWrittenByNameOrReadingGetsTheirSlug(_ written: String) throws {
        let errors = try Self.check([
            "content/posts/new.md": "---\ntitle: 新着\ndate: 2026-04-01\nauthor: \(written)\n---\n"
        ])
        #expect(errors.map(\.message) == ["unknown author `\(written)`"])
        #expect(errors.first?.hint == "did you mean `sato` (佐藤 花子)? write the slug, the file's name without `.md`")
        #expect(errors.map { $0.message(in: .japanese) } == ["投稿者 `\(written)` が職員の中に見つかりません"])
        #expect(
            errors.first?.hint(in: .japanese)
                == "`sato`（佐藤 花子） のことですか？ 名前ではなく、ファイル名から `.md` を除いた部分を書いてください")
    }

    @Test func theListOfWhatExistsSaysHowManyMore() throws {
        var extra: [String: String] = [:]
        for i in 0..<20 { extra["content/departments/d\(i).md"] = "---\nname: 第\(i)課\n---\n" }
        extra["content/staff/new.md"] = "---\nname: 新人\ndepartment: zzzzzzzz\n---\n"
        let errors = try Self.check(extra)
        let hint = try #require(errors.first?.hint)
        #expect(hint.hasPrefix("departments that exist: `d0` (第0課), `d1` (第1課), `d10` (第10課)"))
        #expect(hint.hasSuffix(", `d19` (第19課), … (22 in all)"))
        let japanese = try #require(errors.first?.hint(in: .japanese))
        #expect(japanese.hasPrefix("ある部署: `d0`（第0課）、`d1`（第1課）、`d10`（第10課）"))
        #expect(japanese.hasSuffix("、`d19`（第19課）、…（全部で22件）"))
    }
}

/// A site in a language its theme has no interface strings for: the pages would not speak the site's language.
@Suite struct ThemeLanguageTests {
    @Test(arguments: [("fr", true), ("ja", false), ("en-US", false), ("ja-JP", false)])
    func aThemeWithoutTheSitesLanguageIsWarnedAbout(_ language: String, _ warned: Bool) throws {
        let site = try #require(BuildTests.site["site.yml"])
        let found = CheckTests.check(["site.yml": site + "\nlanguage: \(language)\n"])
            .filter { $0.message.contains("interface strings") }
        #expect(found.count == (warned ? 1 : 0))
        if warned {
            #expect(
                found.first?.description
                    == "site.yml:1:1: warning: theme `default` has no interface strings for `fr`: its pages will be in English")
            #expect(
                found.first?.hint
                    == "add themes/default/i18n/fr.yml (copy the English one and translate it), or choose a language the theme has: en, ja")
            #expect(
                found.first?.headline(in: .japanese)
                    == "site.yml:1:1: warning: テーマ `default` に `fr` の表示用の言葉がないため、ページは英語になります")
            #expect(
                found.first?.hint(in: .japanese)
                    == "themes/default/i18n/fr.yml を追加してください（英語のものをコピーして翻訳します）。または、テーマにある言語を選んでください: en、ja")
        }
    }
}
