import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `feed.json`, read back through JSONSerialization.
@Suite struct JSONFeedTests {
    @Test func topLevelFieldsFollowJSONFeed11() throws {
        let feed = try TestSite.json(try TestSite.plan(), "feed.json")
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "テスト市役所")
        #expect(feed["home_page_url"] as? String == "https://example.jp/city/")
        #expect(feed["feed_url"] as? String == "https://example.jp/city/feed.json")
        #expect(feed["language"] as? String == "ja")
    }

    @Test func itemsAreTheRSSFeedsItems() throws {
        let files = try TestSite.plan()
        let feed = try TestSite.json(files, "feed.json")
        let items = try #require(feed["items"] as? [[String: Any]])
        let rssGuids = try TestSite.xml(files, "feed.xml").all("/rss/channel/item/guid").map { $0.stringValue ?? "" }
        #expect(items.compactMap { $0["id"] as? String } == rssGuids)
        let first = try #require(items.first)
        #expect(first["url"] as? String == "https://example.jp/city/posts/yozakura/")
        #expect(first["date_published"] as? String == "2026-04-01T18:30:00+09:00")
        #expect(first["image"] as? String == "https://example.jp/city/images/yozakura.png")
        #expect(first["tags"] as? [String] == ["桜まつり", "夜桜"])
        #expect((first["authors"] as? [[String: String]])?.first?["url"] == "https://example.jp/city/staff/sato/")
        let html = try #require(first["content_html"] as? String)
        #expect(html.contains("src=\"https://example.jp/city/images/map.png\""))
        #expect(items.last?["date_published"] as? String == "2026-01-05T09:00:00Z")
    }

    @Test func summaryModeUsesContentText() throws {
        let files = try TestSite.plan { $0["site.yml"]! += "\n  full_content: false\n" }
        let items = try #require(try TestSite.json(files, "feed.json")["items"] as? [[String: Any]])
        #expect(items.allSatisfy { $0["content_html"] == nil && $0["content_text"] is String })
    }
}
