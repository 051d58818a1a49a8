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

    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.description)" + ($0.hint.map { " [\($0)]" } ?? "") }
    }

    @Test func aCleanSiteHasNothingToSay() {
        #expect(Self.check([:]).isEmpty)
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
            image: /images/missing.jpg
            ---
            """
        let found = Self.lines(Self.check(["content/pages/links.md": page, "content/posts/photo.md": post]))
        #expect(
            found == [
                "content/pages/links.md:4:27: error: broken link: `/departments/kouho/` is not part of the site [did you mean `/departments/koho/`?]",
                "content/pages/links.md:7:1: warning: the image `/images/map.png` has no alternative text [describe what it shows: ![桜並木の写真](/images/map.png)]",
                "content/pages/links.md:8:1: error: broken image: `/images/nothing.png` is not part of the site [put the file at static/images/nothing.png, or fix the path]",
                "content/pages/links.md:9:1: warning: the link to `javascript:alert(1)` was removed [site paths and http(s), mailto, tel, sms, ftp, webcal and geo links are kept; `javascript:`, `vbscript:` and `data:` never are]",
                "content/posts/photo.md:4:8: warning: `image` has no `alt` text [add `alt:` describing what the picture shows, for people who can't see it]",
                "content/posts/photo.md:4:8: error: image `/images/missing.jpg` not found [put the file at static/images/missing.jpg, or fix the path]",
            ])
    }

    @Test func buildErrorsComeFirstAndStopTheCheck() {
        let found = Self.check(["content/staff/sato.md": "---\nname: 佐藤\ndepartment: nowhere\n---\n"])
        #expect(found.map(\.message) == ["unknown department `nowhere`"])
    }
}
