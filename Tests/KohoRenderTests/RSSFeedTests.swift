import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The RSS 2.0 feeds, read back through libxml2.
@Suite struct RSSFeedTests {
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"

    /// Child elements of `node` in a namespace (XPath by namespace URI, whatever prefix the file uses).
    static func children(_ node: XMLNode, _ name: String, in namespace: String) throws -> [XMLNode] {
        try node.all("*[local-name()='\(name)' and namespace-uri()='\(namespace)']")
    }

    @Test func siteFeedHasTheChannelFieldsReadersNeed() throws {
        let files = try TestSite.plan()
        let doc = try TestSite.xml(files, "feed.xml")
        let root = try #require(doc.rootElement())
        #expect(root.name == "rss")
        #expect(root.attribute(forName: "version")?.stringValue == "2.0")
        let channel = try #require(try root.all("channel").first)
        #expect(try channel.text("title") == "テスト市役所")
        #expect(try channel.text("link") == "https://example.jp/city/")
        #expect(try channel.text("description") == "テスト市の公式サイト")
        #expect(try channel.text("language") == "ja")
        let selfLinks = try Self.children(channel, "link", in: Self.atom)
        #expect(selfLinks.count == 1)
        let selfLink = try #require(selfLinks.first as? XMLElement)
        #expect(selfLink.attribute(forName: "rel")?.stringValue == "self")
        #expect(selfLink.attribute(forName: "href")?.stringValue == "https://example.jp/city/feed.xml")
        #expect(selfLink.attribute(forName: "type")?.stringValue == "application/rss+xml")
        // lastBuildDate is the newest post's date, not the clock: builds are reproducible.
        #expect(try channel.text("lastBuildDate") == "Wed, 01 Apr 2026 18:30:00 +0900")
    }

    @Test func itemsAreNewestFirstAndLimitedByFeedsItems() throws {
        let files = try TestSite.plan()
        let doc = try TestSite.xml(files, "feed.xml")
        let titles = try doc.all("/rss/channel/item/title").map { $0.stringValue ?? "" }
        // feeds.items: 2 in site.yml; three posts exist.
        #expect(titles == ["夜桜 <ライトアップ> & \"まつり\" ]]> 開始", "中くらいのお知らせ"])
        let dates = try doc.all("/rss/channel/item/pubDate").map { $0.stringValue ?? "" }
        #expect(dates == ["Wed, 01 Apr 2026 18:30:00 +0900", "Mon, 05 Jan 2026 09:00:00 +0000"])
    }

    @Test func anItemCarriesGuidLinkAuthorCategoriesAndContent() throws {
        let files = try TestSite.plan()
        let doc = try TestSite.xml(files, "feed.xml")
        let item = try #require(try doc.all("/rss/channel/item").first)
        let permalink = "https://example.jp/city/posts/yozakura/"
        #expect(try item.text("link") == permalink)
        #expect(try item.text("guid") == permalink)
        #expect((try item.all("guid").first as? XMLElement)?.attribute(forName: "isPermaLink")?.stringValue == "true")
        #expect(try item.text("author") == "sato@example.jp (佐藤 花子)")
        #expect(try Self.children(item, "creator", in: Self.dc).map { $0.stringValue } == ["佐藤 花子"])
        #expect(try item.all("category").map { $0.stringValue } == ["桜まつり", "夜桜"])
        #expect(try item.text("description") == "<p>今夜から。</p>")
        let html = try #require(try Self.children(item, "encoded", in: Self.content).first?.stringValue)
        #expect(html.contains("<img src=\"https://example.jp/city/images/yozakura.png\" alt=\"夜桜\">"))
        #expect(html.contains("src=\"https://example.jp/city/images/map.png\""))
        #expect(html.contains("href=\"https://example.jp/city/posts/access/\""))
        #expect(html.contains("href=\"https://example.jp/city/posts/yozakura/#top\""))
        #expect(html.contains("href=\"https://example.com/a?b=1&amp;c=2\""))
        #expect(html.contains("href=\"https://example.jp/city/posts/\""))
    }

    @Test func noURLInsideItemContentIsRelative() throws {
        let files = try TestSite.plan()
        for path in files.keys where path.hasSuffix("feed.xml") {
            let doc = try TestSite.xml(files, path)
            for node in try doc.all("/rss/channel/item/*[local-name()='encoded']") {
                let html = node.stringValue ?? ""
                for attribute in ["href=\"", "src=\""] {
                    for tail in html.components(separatedBy: attribute).dropFirst() {
                        #expect(
                            tail.hasPrefix("https://") || tail.hasPrefix("http://"),
                            "\(path): relative \(attribute)\(tail.prefix(40))")
                    }
                }
            }
        }
    }

    @Test func everyDepartmentStaffMemberAndTagHasAFeed() throws {
        let files = try TestSite.plan()
        for path in [
            "departments/koho/feed.xml", "staff/sato/feed.xml", "staff/abe/feed.xml", "tags/夜桜/feed.xml",
            "tags/桜まつり/feed.xml",
        ] {
            #expect(files[path] != nil, "missing \(path)")
        }
        // 上田 has no posts yet, 総務部 none either (posts name departments explicitly), テスト市 tags nothing:
        // their feeds exist all the same (RSS 2.0 allows an empty channel), so people can subscribe now.
        for path in ["staff/ueda/feed.xml", "departments/somu/feed.xml", "tags/テスト市/feed.xml"] {
            let feed = try TestSite.xml(files, path)
            #expect(try feed.all("/rss/channel").count == 1, "\(path)")
            #expect(try feed.all("/rss/channel/item").isEmpty, "\(path)")
        }
        let tag = try TestSite.xml(files, "tags/夜桜/feed.xml")
        let tagChannel = try #require(try tag.all("/rss/channel").first)
        let selfLink = try #require(try Self.children(tagChannel, "link", in: Self.atom).first as? XMLElement)
        #expect(
            selfLink.attribute(forName: "href")?.stringValue
                == "https://example.jp/city/tags/%E5%A4%9C%E6%A1%9C/feed.xml")
        #expect(try tag.text("/rss/channel/link") == "https://example.jp/city/tags/%E5%A4%9C%E6%A1%9C/")
        #expect(try tag.all("/rss/channel/item/title").map { $0.stringValue ?? "" }.count == 2)
        let staff = try TestSite.xml(files, "staff/sato/feed.xml")
        #expect(try staff.text("/rss/channel/title") == "佐藤 花子 – テスト市役所")
        #expect(try staff.text("/rss/channel/link") == "https://example.jp/city/staff/sato/")
    }

    @Test func summariesOnlyWhenFullContentIsOff() throws {
        let files = try TestSite.plan { $0["site.yml"]! += "\n  full_content: false\n" }
        let doc = try TestSite.xml(files, "feed.xml")
        #expect(try doc.all("/rss/channel/item/*[local-name()='encoded']").isEmpty)
        #expect(try doc.all("/rss/channel/item/description").map { $0.stringValue } == ["<p>今夜から。</p>", "<p>本文。</p>"])
    }

    @Test func aDateInAnotherOffsetStaysTheSameInstant() throws {
        let files = try TestSite.plan {
            $0["content/posts/ny.md"] = "---\ntitle: NY\ndate: 2026-10-30T23:15:00-04:00\n---\n"
        }
        let doc = try TestSite.xml(files, "feed.xml")
        #expect(try doc.all("/rss/channel/item/pubDate").first?.stringValue == "Fri, 30 Oct 2026 23:15:00 -0400")
        #expect(try doc.text("/rss/channel/lastBuildDate") == "Fri, 30 Oct 2026 23:15:00 -0400")
    }

    /// Control characters never get this far: content refuses them where they are written
    /// (`HostileValueTests`); the XML writer's own handling of them is in `XMLTextTests`.
    @Test func cdataEndsAndMarkupCannotBreakTheDocument() throws {
        let files = try TestSite.plan {
            $0["content/posts/bad.md"] =
                "---\ntitle: \"AB ]]> <C> \\t D\"\ndate: 2026-10-30\n---\nx ]]> yz\n"
        }
        let doc = try TestSite.xml(files, "feed.xml")
        #expect(try doc.all("/rss/channel/item/title").first?.stringValue == "AB ]]> <C> \t D")
        let html = try doc.all("/rss/channel/item/*[local-name()='encoded']").first?.stringValue ?? ""
        #expect(html.contains("x ]]&gt; yz") || html.contains("x ]]> yz"))
    }

    @Test func feedsAreTheSameBytesOnEveryBuild() throws {
        let first = try TestSite.plan()
        let second = try TestSite.plan()
        for path in first.keys where path.hasSuffix("feed.xml") || path == "feed.json" || path == "sitemap.xml" {
            #expect(first[path] == second[path], "\(path) differs between builds")
        }
    }
}
