import Foundation
import Testing

/// Dates on the pages are shown in site.yml's `timezone` (Asia/Tokyo here); what machines read keeps the
/// instant as written.
@Suite struct SiteTimeZoneTests {
    /// Three posts written at other offsets around a Tokyo midnight, and one at the turn of the year.
    static func plan() throws -> [String: [UInt8]] {
        try TestSite.plan { files in
            files["content/posts/midnight.md"] = "---\ntitle: 真夜中\ndate: 2025-03-31T15:30:00Z\n---\n本文。\n"
            files["content/posts/evening.md"] = "---\ntitle: 前夜\ndate: 2025-03-31T23:00:00+09:00\n---\n本文。\n"
            files["content/posts/dawn.md"] = "---\ntitle: 夜明け\ndate: 2025-03-31T12:00:00-04:00\n---\n本文。\n"
            files["content/posts/newyear.md"] = "---\ntitle: 新年\ndate: 2025-12-31T15:00:00Z\n---\n本文。\n"
        }
    }

    @Test(arguments: [
        ("posts/midnight/index.html", "<time datetime=\"2025-04-01\">2025年4月1日</time>"),
        ("posts/evening/index.html", "<time datetime=\"2025-03-31\">2025年3月31日</time>"),
        ("posts/dawn/index.html", "<time datetime=\"2025-04-01\">2025年4月1日</time>"),
        ("posts/newyear/index.html", "<time datetime=\"2026-01-01\">2026年1月1日</time>"),
    ])
    func postPageShowsTheDayInTokyo(_ path: String, _ time: String) throws {
        let html = try TestSite.text(try Self.plan(), path)
        #expect(html.contains(time), "\(path)")
    }

    @Test func listIsInTheOrderOfTheInstants() throws {
        let html = try TestSite.text(try Self.plan(), "posts/index.html")
        // 新年 (12-31 15:00Z) > 夜明け (03-31 16:00Z) > 真夜中 (15:30Z) > 前夜 (14:00Z), whatever the offsets.
        let positions = ["新年", "夜明け", "真夜中", "前夜"].map { html.range(of: $0)?.lowerBound }
        let found = positions.compactMap { $0 }
        #expect(found.count == 4)
        #expect(found == found.sorted())
    }

    @Test func jsonLDAndOpenGraphKeepTheWrittenInstant() throws {
        let html = try TestSite.text(try Self.plan(), "posts/midnight/index.html")
        let block = try #require(try TestSite.jsonLD(html).first)
        #expect(block["datePublished"] as? String == "2025-03-31T15:30:00+00:00")
        #expect(TestSite.meta(html, "article:published_time") == ["2025-03-31T15:30:00+00:00"])
    }

    @Test func footerYearIsTheYearInTokyo() throws {
        // The newest post, 2025-12-31T15:00:00Z, is the build date: 2026 in Tokyo.
        let files = try TestSite.plan { files in
            files = files.filter { !$0.key.hasPrefix("content/posts/") }
            files["content/posts/newyear.md"] = "---\ntitle: 新年\ndate: 2025-12-31T15:00:00Z\n---\n本文。\n"
        }
        let html = try TestSite.text(files, "index.html")
        #expect(html.contains("© 2026 テスト市役所"))
    }
}
