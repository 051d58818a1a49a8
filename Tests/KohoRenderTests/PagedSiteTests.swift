import Foundation
import KohoBuild
import KohoContent
import KohoSite
import KohoURL
import Testing

/// A large generated site with the default theme stays in small pages: every HTML page is under a size
/// bound, every link between the pages of a list (and of the kana index) leads to a page the build writes,
/// and the sitemap lists every page.
@Suite struct PagedSiteTests {
    static let staff = 600
    static let posts = 300
    static let departments = 12
    static let tags = ["防災", "子育て", "観光", "Sakura", "図書館", "健康"]
    static let kana = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ")

    /// The generated site: deterministic, with readings in every kana row and a few Latin names without one.
    static func files(language: String) -> [String: String] {
        var files = [
            "site.yml": """
            title: 架空市役所
            base_url: https://example.jp/city/
            language: \(language)
            timezone: Asia/Tokyo
            hashtags: [架空市]
            mastodon_instance: mastodon.example
            paginate:
              post-list: 10
              staff-list: 50
              tag: 10
              department: 5
              staff: 3
            """
        ]
        for d in 0..<departments {
            let parent = d >= 3 ? "parent: dept-\(String(format: "%02d", d % 3))\n" : ""
            files["content/departments/dept-\(String(format: "%02d", d)).md"] =
                "---\nname: 第\(d)課\nreading: だい\(d)か\n\(parent)order: \(d)\nhashtags: [\(tags[d % tags.count])]\n---\n仕事。\n"
        }
        for i in 0..<staff {
            let reading = i % 40 == 0 ? "" : "reading: \(kana[(i * 7) % kana.count])\(kana[i % kana.count])\(kana[(i / 3) % kana.count])\n"
            let name = i % 40 == 0 ? "Staff \(i)" : "職員 \(i)"
            files["content/staff/staff-\(String(format: "%04d", i)).md"] = """
                ---
                name: \(name)
                \(reading)role: 主事
                department: dept-\(String(format: "%02d", i % departments))
                hashtags: [\(tags[i % tags.count]), \(tags[(i / 7) % tags.count])]
                topics: [窓口, 相談]
                ---
                担当しています。

                """
        }
        for i in 0..<posts {
            files["content/posts/post-\(String(format: "%04d", i)).md"] = """
                ---
                title: お知らせ 第\(i)報
                date: 2025-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))T09:\(String(format: "%02d", i % 60)):00+09:00
                author: staff-\(String(format: "%04d", i % 7))
                department: dept-\(String(format: "%02d", i % departments))
                hashtags: [\(tags[i % tags.count])]
                summary: 第\(i)報の要約です。
                ---
                本文です。 #\(tags[(i + 1) % tags.count])

                """
        }
        return files
    }

    /// The largest page allowed: the directory and tag pages would be several times this unsplit.
    static let maximumPageBytes = 64 * 1024

    @Test(arguments: ["ja", "en"])
    func pagesStaySmall(language: String) throws {
        let report = try SiteBuilder(
            options: BuildOptions(source: "/site", now: TestSite.now),
            fileSystem: MemoryFileSystem(Self.files(language: language))
        ).plan()
        var pages: [String: String] = [:]
        for file in report.files where file.path.hasSuffix(".html") {
            guard case .bytes(let bytes) = file.contents else { continue }
            #expect(bytes.count < Self.maximumPageBytes, "\(file.path) is \(bytes.count) bytes")
            pages[file.path] = String(decoding: bytes, as: UTF8.self)
        }
        let routes = SiteRoutes(address: try #require(SiteAddress("https://example.jp/city/")))

        // The lists are split: the pages exist.
        let directory = pages.keys.filter { $0.hasPrefix("staff/page/") }.sorted()
        #expect(directory.count == Self.staff / 50 - 1)
        #expect(pages["posts/page/30/index.html"] != nil)
        #expect(pages["posts/page/31/index.html"] == nil)
        #expect(pages.keys.contains { $0.hasPrefix("tags/防災/page/") })
        #expect(pages["departments/dept-00/page/2/index.html"] != nil)
        #expect(pages["staff/staff-0000/page/2/index.html"] != nil)

        // Every paging link and every kana index link leads to a written page, and a fragment to an id on it.
        var checked = 0
        for (path, html) in pages {
            for href in Self.navLinks(html) {
                let target = try #require(routes.outputPath(forURL: href), "\(path): \(href) is outside the site")
                let page = try #require(pages[target], "\(path): \(href) leads to no page")
                if let hash = href.firstIndex(of: "#") {
                    let id = href[href.index(after: hash)...]
                    #expect(page.contains("id=\"\(id)\""), "\(path): \(href) has no element \(id)")
                }
                checked += 1
            }
            #expect(Self.count("id=\"kana-", in: html) == Set(Self.ids(html).filter { $0.hasPrefix("kana-") }).count)
        }
        #expect(checked > 1000)

        // The kana index: every row of the directory is reachable; a Latin name is under "other".
        let first = try #require(pages["staff/index.html"])
        #expect(first.contains("<nav class=\"kana-index\""))
        #expect(Self.count("href=\"/city/staff/", in: Self.nav(first, "kana-index").joined()) == 11)

        // The sitemap lists every page but the 404 page, the Mastodon share page and the search page.
        let sitemap = try #require(report.files.first { $0.path == "sitemap.xml" })
        guard case .bytes(let xml) = sitemap.contents else { return }
        let listed = Set(
            String(decoding: xml, as: UTF8.self).components(separatedBy: "<loc>").dropFirst().compactMap { tail in
                tail.components(separatedBy: "</loc>").first.flatMap {
                    routes.outputPath(forURL: String($0.dropFirst("https://example.jp".count)))
                }
            })
        let expected = Set(pages.keys.filter { $0 != "404.html" && !$0.hasPrefix("share/") && !$0.hasPrefix("search/") })
        #expect(listed == expected)
    }

    /// The `href`s inside the pagination and kana-index navigation of a page, entities decoded.
    static func navLinks(_ html: String) -> [String] {
        (nav(html, "pagination") + nav(html, "kana-index")).flatMap { block in
            block.components(separatedBy: "href=\"").dropFirst().compactMap {
                $0.split(separator: "\"", maxSplits: 1).first.map { TestSite.decodeEntities(String($0)) }
            }
        }
    }

    /// The text of each `<nav class="name" …>…</nav>` of a page.
    static func nav(_ html: String, _ name: String) -> [String] {
        html.components(separatedBy: "<nav class=\"\(name)\"").dropFirst().compactMap {
            $0.components(separatedBy: "</nav>").first
        }
    }

    static func ids(_ html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
