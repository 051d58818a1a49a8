import Foundation
import KohoURL
import Testing

/// What every page's `<head>` tells search engines, social networks and feed readers.
@Suite struct PageMetadataTests {
    @Test func everyPageHasCanonicalOpenGraphTwitterAndJSONLD() throws {
        let files = try TestSite.plan()
        for (path, bytes) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: bytes, as: UTF8.self)
            // Pages kept out of search engines (the Mastodon share page) have no canonical address.
            if html.contains("<meta name=\"robots\" content=\"noindex\">") { continue }
            let url = "https://example.jp/city/" + String(path.dropLast("index.html".count))
            let canonical = TestSite.links(html, rel: "canonical")
            #expect(canonical.count == 1, "\(path): \(canonical.count) canonical links")
            #expect(canonical.first?.removingPercentEncoding == url, "\(path)")
            #expect(TestSite.meta(html, "og:url").first?.removingPercentEncoding == url, "\(path)")
            for key in [
                "og:title", "og:description", "og:site_name", "og:locale", "og:image", "twitter:card", "twitter:title",
            ] {
                #expect(TestSite.meta(html, key).count == 1, "\(path): \(key)")
            }
            #expect(TestSite.meta(html, "og:locale") == ["ja_JP"])
            #expect(TestSite.meta(html, "og:image").allSatisfy { $0.hasPrefix("https://example.jp/city/") }, "\(path)")
            #expect(TestSite.meta(html, "twitter:site") == ["@test_city"])
            let blocks = try TestSite.jsonLD(html)
            #expect(blocks.count == 1, "\(path): \(blocks.count) JSON-LD blocks")
            #expect(blocks.first?["@context"] as? String == "https://schema.org", "\(path)")
        }
    }

    @Test func notFoundPageIsNoindexWithoutCanonical() throws {
        let html = try TestSite.text(try TestSite.plan(), "404.html")
        #expect(TestSite.meta(html, "robots") == ["noindex"])
        #expect(TestSite.links(html, rel: "canonical").isEmpty)
    }

    @Test func feedDiscoveryLinks() throws {
        let files = try TestSite.plan()
        let home = try TestSite.text(files, "index.html")
        #expect(TestSite.links(home, rel: "alternate") == ["/city/feed.xml", "/city/feed.json"])
        let staff = try TestSite.text(files, "staff/sato/index.html")
        #expect(
            TestSite.links(staff, rel: "alternate") == [
                "/city/feed.xml", "/city/feed.json", "/city/staff/sato/feed.xml",
            ])
        let department = try TestSite.text(files, "departments/koho/index.html")
        #expect(TestSite.links(department, rel: "alternate").last == "/city/departments/koho/feed.xml")
        let tag = try TestSite.text(files, "tags/夜桜/index.html")
        #expect(TestSite.links(tag, rel: "alternate").last == "/city/tags/%E5%A4%9C%E6%A1%9C/feed.xml")
        // No posts yet: the feed is there to subscribe to all the same.
        let quiet = try TestSite.text(files, "staff/ueda/index.html")
        #expect(
            TestSite.links(quiet, rel: "alternate") == [
                "/city/feed.xml", "/city/feed.json", "/city/staff/ueda/feed.xml",
            ])
    }

    @Test func staffPageDescribesAPerson() throws {
        let html = try TestSite.text(try TestSite.plan(), "staff/sato/index.html")
        let person = try #require(try TestSite.jsonLD(html).first)
        #expect(person["@type"] as? String == "Person")
        #expect(person["name"] as? String == "佐藤 花子")
        #expect(person["alternateName"] as? [String] == ["さとう はなこ", "Hanako Sato"])
        #expect(person["jobTitle"] as? String == "主事")
        #expect(person["sameAs"] as? [String] == ["https://x.com/sato_city", "https://sato.example.jp"])
        let worksFor = try #require((person["worksFor"] as? [[String: Any]])?.first)
        #expect(worksFor["name"] as? String == "広報課")
        #expect(worksFor["url"] as? String == "https://example.jp/city/departments/koho/")
        let parent = try #require(worksFor["parentOrganization"] as? [String: Any])
        #expect(parent["name"] as? String == "総務部")
        #expect((parent["parentOrganization"] as? [String: Any])?["name"] as? String == "テスト市役所")
    }

    @Test func departmentPageDescribesAGovernmentOrganization() throws {
        let html = try TestSite.text(try TestSite.plan(), "departments/koho/index.html")
        let organization = try #require(try TestSite.jsonLD(html).first)
        #expect(organization["@type"] as? String == "GovernmentOrganization")
        #expect(organization["alternateName"] as? [String] == ["こうほうか", "Public Relations Division"])
        #expect(
            (organization["parentOrganization"] as? [String: Any])?["url"] as? String
                == "https://example.jp/city/departments/somu/")
        let contact = try #require(organization["contactPoint"] as? [String: Any])
        #expect(contact["@type"] as? String == "ContactPoint")
        #expect(contact["telephone"] as? String == "0123-45-0001")
        #expect(contact["email"] as? String == "koho@example.jp")
        let top = try #require(
            try TestSite.jsonLD(try TestSite.text(try TestSite.plan(), "departments/somu/index.html")).first)
        #expect((top["parentOrganization"] as? [String: Any])?["name"] as? String == "テスト市役所")
    }

    @Test func postPageDescribesABlogPosting() throws {
        let html = try TestSite.text(try TestSite.plan(), "posts/yozakura/index.html")
        let posting = try #require(try TestSite.jsonLD(html).first)
        #expect(posting["@type"] as? String == "BlogPosting")
        #expect(posting["headline"] as? String == "夜桜 <ライトアップ> & \"まつり\" ]]> 開始")
        #expect(posting["datePublished"] as? String == "2026-04-01T18:30:00+09:00")
        #expect(posting["image"] as? [String] == ["https://example.jp/city/images/yozakura.png"])
        #expect((posting["author"] as? [[String: Any]])?.first?["name"] as? String == "佐藤 花子")
        // `<` inside JSON-LD is escaped, so a title can never end the script element.
        #expect(!html.contains("\"夜桜 <ライトアップ>"))
        #expect(TestSite.meta(html, "og:type") == ["article"])
        #expect(TestSite.meta(html, "article:published_time") == ["2026-04-01T18:30:00+09:00"])
    }

    @Test func jsonLDStaysInsideItsScriptWhateverTheContent() throws {
        let files = try TestSite.plan {
            $0["content/posts/evil.md"] =
                "---\ntitle: \"</script><script>alert(1)</script>\"\ndate: 2026-10-30\nsummary: \"\\u2028 <!-- x\"\n---\n"
        }
        let html = try TestSite.text(files, "posts/evil/index.html")
        let posting = try #require(try TestSite.jsonLD(html).first)
        #expect(posting["headline"] as? String == "</script><script>alert(1)</script>")
        #expect(posting["description"] as? String == "\u{2028} <!-- x")
    }
}
