import KohoBuild
import KohoDiagnostics
import Testing

/// Furigana as a site asks for them: site.yml's `furigana` for every body, an entry's own `furigana` over
/// it, staff names read from their `reading`, the theme's switch only on pages with readings, feeds without.
@Suite struct SiteFuriganaTests {
    static func site(furigana: String?) -> [String: String] {
        var files = BuildTests.site
        files["site.yml"] = "title: テスト市役所\nbase_url: https://example.jp/city/\ntimezone: Asia/Tokyo\n"
            + (furigana.map { "furigana: \($0)\n" } ?? "")
        files["content/staff/shoji.md"] =
            "---\nname: 東海林 太郎\nreading: しょうじ たろう\ndepartment: koho\n---\n窓口担当です。\n"
        files["content/posts/past.md"] =
            "---\ntitle: 窓口のお知らせ\ndate: 2026-04-01T18:30:00+09:00\nauthor: shoji\n---\n担当は東海林太郎です。\n"
        files["content/pages/about.md"] = "---\ntitle: 概要\nfurigana: false\n---\n市の概要。\n"
        return files
    }

    static let madoguchi = "<ruby class=\"furigana\">窓口<rp>(</rp><rt>まどぐち</rt><rp>)</rp></ruby>"
    static let shoji = "<ruby class=\"furigana\">東海林<rp>(</rp><rt>しょうじ</rt><rp>)</rp></ruby>"
    static let toggle = "<input type=\"checkbox\" id=\"furigana-toggle\">"

    @Test func aSiteWithFuriganaReadsEveryBodyButTheOnesThatSayNo() throws {
        let report = try BuildTests.plan(Self.site(furigana: "true"))
        #expect(report.diagnostics.isEmpty)
        let staff = try #require(BuildTests.text(report, "staff/shoji/index.html"))
        #expect(staff.contains(Self.madoguchi))
        #expect(staff.contains(Self.toggle))
        #expect(staff.contains("<body class=\"kind-staff has-furigana\">"))
        let post = try #require(BuildTests.text(report, "posts/past/index.html"))
        #expect(post.contains("担当<rp>(</rp><rt>たんとう</rt><rp>)</rp></ruby>は\(Self.shoji)"))
        // `furigana: false` in the entry wins: no readings, no switch.
        let about = try #require(BuildTests.text(report, "pages/about/index.html"))
        #expect(about.contains("<p>市の概要。</p>"))
        #expect(!about.contains("furigana-toggle"))
        #expect(!about.contains("has-furigana"))
        // A page without a body of its own has no switch.
        #expect(!(try #require(BuildTests.text(report, "staff/index.html"))).contains("furigana-toggle"))
        // Feeds carry the text without the readings found.
        let feed = try #require(BuildTests.text(report, "feed.xml"))
        #expect(feed.contains("&lt;p&gt;担当は東海林太郎です。&lt;/p&gt;"))
    }

    @Test func aSiteWithoutFuriganaReadsOnlyTheEntriesThatAsk() throws {
        var files = Self.site(furigana: nil)
        files["content/staff/shoji.md"] =
            "---\nname: 東海林 太郎\nreading: しょうじ たろう\ndepartment: koho\nfurigana: true\n---\n窓口担当です。\n"
        let report = try BuildTests.plan(files)
        #expect(report.diagnostics.isEmpty)
        #expect(try #require(BuildTests.text(report, "staff/shoji/index.html")).contains(Self.madoguchi))
        let post = try #require(BuildTests.text(report, "posts/past/index.html"))
        #expect(post.contains("<p>担当は東海林太郎です。</p>"))
        #expect(!post.contains("furigana-toggle"))
    }

    /// Shown at the first `furigana: true` when MeCab's dictionary is not installed.
    @Test func theMissingDictionaryMessageInBothLanguages() {
        let words = Message(.markdownFuriganaUnavailable)
        let hint = Message(.markdownFuriganaUnavailableHint)
        #expect(words.text(in: .english) == "furigana need MeCab's Japanese dictionary, which is not installed on this machine")
        #expect(hint.text(in: .english) == "install it (`sudo apt install mecab-ipadic-utf8`), or remove `furigana: true`")
        #expect(words.text(in: .japanese) == "ふりがなを付けるには MeCab の日本語辞書が必要ですが、このコンピューターには入っていません")
        #expect(hint.text(in: .japanese) == "辞書を入れる（`sudo apt install mecab-ipadic-utf8`）か、`furigana: true` を消してください")
    }

    @Test func furiganaWrittenAsTextIsAnErrorAtItsValue() throws {
        let files = Self.site(furigana: "はい")
        #expect(throws: (any Error).self) { try BuildTests.plan(files) }
        do {
            _ = try BuildTests.plan(files)
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.location?.path == "site.yml")
            #expect(diagnostic.location?.line == 4)
            #expect(diagnostic.location?.column == 11)
            #expect(diagnostic.message(in: .english) == "`furigana` must be true or false, got a string")
            #expect(diagnostic.message(in: .japanese).hasPrefix("`furigana` は true か false で書きます"))
        }
    }
}
