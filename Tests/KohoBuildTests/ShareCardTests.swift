import Foundation
import KohoBuild
import KohoCards
import KohoContent
import KohoDiagnostics
import Testing

/// What a shared link shows: a share card (or the entry's own raster image, or site.yml's `share_image`),
/// never an SVG; and dates with a time and an offset, the instant the feeds give.
@Suite struct ShareCardTests {
    static func site(_ extra: [String: String]) -> [String: String] {
        BuildTests.site.merging(extra) { _, new in new }
    }

    static func meta(_ html: String, _ name: String) -> String? {
        guard let start = html.range(of: name + "\" content=\"") else { return nil }
        return String(html[start.upperBound...].prefix(while: { $0 != "\"" }))
    }

    @Test func entriesAndTheHomePageGetTheirCards() throws {
        let report = try BuildTests.plan(BuildTests.site)
        let paths = Set(report.files.map(\.path))
        for path in ["cards/home.png", "cards/staff/sato.png", "cards/departments/koho.png", "cards/posts/past.png"] {
            #expect(paths.contains(path), "\(path)")
        }
        let expected: [(page: String, card: String, alt: String)] = [
            ("index.html", "cards/home.png", "テスト市役所"),
            ("staff/sato/index.html", "cards/staff/sato.png", "佐藤 花子"),
            ("departments/koho/index.html", "cards/departments/koho.png", "広報課"),
            ("posts/past/index.html", "cards/posts/past.png", "過去のお知らせ"),
        ]
        for (page, card, alt) in expected {
            let html = try #require(BuildTests.text(report, page))
            #expect(Self.meta(html, "og:image") == "https://example.jp/city/" + card)
            #expect(Self.meta(html, "twitter:image") == "https://example.jp/city/" + card)
            #expect(Self.meta(html, "og:image:width") == "1200")
            #expect(Self.meta(html, "og:image:height") == "630")
            #expect(Self.meta(html, "og:image:alt") == alt)
            #expect(Self.meta(html, "twitter:card") == "summary_large_image")
        }
        // JSON-LD: a Person's and a BlogPosting's image is always there, absolute.
        let profile = try #require(BuildTests.text(report, "staff/sato/index.html"))
        #expect(profile.contains(#""image":"https://example.jp/city/cards/staff/sato.png""#))
        let post = try #require(BuildTests.text(report, "posts/past/index.html"))
        #expect(post.contains(#""image":["https://example.jp/city/cards/posts/past.png"]"#))
        // List pages have no card and no share_image here: no picture, never the SVG logo.
        let list = try #require(BuildTests.text(report, "staff/index.html"))
        #expect(Self.meta(list, "og:image") == nil)
        #expect(Self.meta(list, "twitter:card") == "summary")
    }

    @Test func ownRasterImageWinsOverTheCard() throws {
        let report = try BuildTests.plan(
            Self.site([
                "content/posts/photo.md":
                    "---\ntitle: 写真\ndate: 2026-04-02\nimage: {src: /images/map.png, alt: 地図}\n---\n",
                "content/posts/vector.md":
                    "---\ntitle: 図\ndate: 2026-04-03\nimage: {src: /images/map.svg, alt: 図}\n---\n",
                "static/images/map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ]))
        let paths = Set(report.files.map(\.path))
        #expect(!paths.contains("cards/posts/photo.png"))
        #expect(paths.contains("cards/posts/vector.png"))
        let photo = try #require(BuildTests.text(report, "posts/photo/index.html"))
        #expect(Self.meta(photo, "og:image") == "https://example.jp/city/images/map.png")
        #expect(Self.meta(photo, "og:image:width") == nil)
        #expect(photo.contains(#""image":["https://example.jp/city/images/map.png"]"#))
        let vector = try #require(BuildTests.text(report, "posts/vector/index.html"))
        #expect(Self.meta(vector, "og:image") == "https://example.jp/city/cards/posts/vector.png")
    }

    @Test(arguments: ["a.jpg", "a.JPEG", "a.png", "a.webp", "a.avif", "a.gif", "/x/a.png?v=2"])
    func rasterImages(path: String) {
        #expect(ContentImage.isRaster(path))
    }

    @Test(arguments: ["a.svg", "a.SVG", "a", "a.png/", "a.svgz", "/images.png/logo", "a.pdf"])
    func notRasterImages(path: String) {
        #expect(!ContentImage.isRaster(path))
    }

    @Test func shareImageIsUsedWhereAPageHasNoCard() throws {
        let report = try BuildTests.plan(
            Self.site([
                "site.yml": BuildTests.site["site.yml", default: ""] + "\nshare_image: {src: /images/map.png, alt: 市の地図}\n"
            ]))
        for page in ["staff/index.html", "posts/index.html", "tags/テスト市/index.html", "pages/about/index.html"] {
            let html = try #require(BuildTests.text(report, page))
            #expect(Self.meta(html, "og:image") == "https://example.jp/city/images/map.png", "\(page)")
            #expect(Self.meta(html, "og:image:alt") == "市の地図", "\(page)")
            #expect(Self.meta(html, "twitter:card") == "summary_large_image", "\(page)")
        }
    }

    @Test func shareImageMustBeRaster() {
        let files = Self.site([
            "site.yml": BuildTests.site["site.yml", default: ""] + "\nshare_image: /images/logo.svg\n"
        ])
        do {
            _ = try BuildTests.plan(files)
            Issue.record("built with an SVG share_image")
        } catch {
            let d = error.diagnostics.first
            #expect(
                d?.headline(in: .english)
                    == "site.yml:5:14: error: `share_image` must be a PNG, JPEG, WebP, AVIF or GIF picture, not `/images/logo.svg`")
            #expect(d?.hint(in: .english) == "X, Facebook and LINE do not show SVG: export it as a 1200×630 PNG")
            #expect(
                d?.headline(in: .japanese)
                    == "site.yml:5:14: error: `share_image` には PNG・JPEG・WebP・AVIF・GIF の画像を指定します（`/images/logo.svg` になっています）")
            #expect(d?.hint(in: .japanese) == "X・Facebook・LINE は SVG を表示しません。1200×630 の PNG に書き出してください")
        }
    }

    @Test func shareImageMustExist() {
        let files = Self.site(["site.yml": BuildTests.site["site.yml", default: ""] + "\nshare_image: /images/none.png\n"])
        do {
            _ = try BuildTests.plan(files)
            Issue.record("built with a missing share_image")
        } catch {
            #expect(
                CheckTests.lines(error.diagnostics) == [
                    "site.yml:5:14: error: image `/images/none.png` not found [put the file at static/images/none.png, or fix the path]"
                ])
        }
    }

    /// A theme that names an SVG for sharing (here a site's own head partial naming the logo) is warned about.
    @Test func checkWarnsWhenAnSVGWouldBeShared() {
        let head = #"<meta charset="utf-8"><title>{{ page.title }}</title><meta property="og:image" content="{{ "/images/logo.svg" | abs_url }}">"#
        let diagnostics = CheckTests.check([
            "layouts/partials/head.html": head, "static/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        let warnings = diagnostics.filter { $0.message(in: .english).contains("is an SVG") }
        #expect(warnings.count > 5)
        let home = warnings.first { $0.message(in: .english).contains("when index.html is shared") }
        #expect(
            home.map { CheckTests.lines([$0]) } == [
                "warning: the picture shown when index.html is shared is an SVG (`https://example.jp/city/images/logo.svg`), which X, Facebook and LINE do not show [set `share_image:` in site.yml to a 1200×630 PNG, or give the page a PNG or JPEG image]"
            ])
        #expect(
            home.map { CheckTests.lines([$0], in: .japanese) } == [
                "warning: index.html を共有したときの画像が SVG（`https://example.jp/city/images/logo.svg`）です。X・Facebook・LINE では表示されません [site.yml の `share_image:` に 1200×630 の PNG を指定するか、ページに PNG か JPEG の画像を付けてください]"
            ])
    }

    /// JSON-LD and Open Graph give a post's date with its time and offset: the instant its feed items give
    /// (a date-only post is midnight in the site's time zone).
    @Test func datesHaveATimeAndAnOffsetLikeTheFeeds() throws {
        let report = try BuildTests.plan(
            Self.site(["content/posts/dateonly.md": "---\ntitle: 日付だけ\ndate: 2026-03-01\n---\n"]))
        let cases = [("dateonly", "2026-03-01T00:00:00+09:00"), ("past", "2026-04-01T18:30:00+09:00")]
        let feed = try #require(BuildTests.text(report, "feed.json"))
        for (slug, instant) in cases {
            let html = try #require(BuildTests.text(report, "posts/\(slug)/index.html"))
            #expect(Self.meta(html, "article:published_time") == instant)
            #expect(html.contains(#""datePublished":"\#(instant)","dateModified":"\#(instant)""#))
            #expect(feed.contains(#""date_published": "\#(instant)""#))
        }
    }

    @Test func progressAndFailureMessages() {
        let progress = Message(.outputProgressCards, ["count": .number(1)])
        #expect(progress.text(in: .english) == "drawing 1 share card")
        #expect(Message(.outputProgressCards, ["count": .number(32)]).text(in: .english) == "drawing 32 share cards")
        #expect(Message(.outputProgressCards, ["count": .number(32)]).text(in: .japanese) == "共有カード 32 枚を作成中")
        let failure = Message(.outputCardNotDrawn, ["path": .text("cards/home.png"), "reason": .text("bad XML")])
        #expect(failure.text(in: .english) == "the share card cards/home.png could not be drawn: bad XML")
        #expect(failure.text(in: .japanese) == "共有カード cards/home.png を描けませんでした: bad XML")
        let hint = Message(.outputCardNotDrawnHint, ["template": .text("themes/mine/cards/home.svg")])
        #expect(hint.text(in: .english) == "themes/mine/cards/home.svg must make a well-formed SVG document")
        #expect(hint.text(in: .japanese) == "themes/mine/cards/home.svg が正しい SVG 文書を出力するようにしてください")
    }

    /// A card whose SVG and renderer are unchanged is taken from the previous output, not drawn again; a
    /// change draws it anew. (The previous file is marked by appending bytes after its end: the kept file
    /// still has them.)
    @Test func unchangedCardsAreKeptFromThePreviousOutput() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        try SiteBuilder(options: options).build()
        let card = root.appendingPathComponent("public/cards/staff/sato.png")
        let drawn = try Data(contentsOf: card)
        #expect(CardStamp.key(in: Array(drawn)) != nil)
        let marked = drawn + Data("kept".utf8)
        try marked.write(to: card)

        try SiteBuilder(options: options).build()
        #expect(try Data(contentsOf: card) == marked)

        try TestSupport.write(
            ["content/staff/sato.md": "---\nname: 佐藤 花子子\nreading: さとう はなこ\ndepartment: koho\n---\n"], under: root)
        try SiteBuilder(options: options).build()
        let redrawn = try Data(contentsOf: card)
        #expect(redrawn != marked && redrawn != drawn)
        #expect(CardStamp.key(in: Array(redrawn)) != CardStamp.key(in: Array(drawn)))
    }
}
