import Foundation
import KohoBuild
import KohoContent
import KohoDiagnostics
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small site built in memory, and helpers that read its output with real parsers.
enum TestSite {
    /// 2026-11-01T00:00:00Z, so which posts are in the future never depends on the day.
    static let now: Int64 = 1_793_491_200

    /// Two departments (課 under 部), three staff (one without posts), three posts (one at 18:30 +09:00 with an
    /// image, relative links and a tag), a page.
    static let files: [String: String] = [
        "site.yml": """
        title: テスト市役所
        description: テスト市の公式サイト
        base_url: https://example.jp/city/
        language: ja
        timezone: Asia/Tokyo
        hashtags: [テスト市]
        organization:
          name: テスト市役所
          logo: /images/logo.svg
          phone: 0123-45-6789
          social:
            x: test_city
        share_image: {src: /images/map.png, alt: テスト市の地図}
        feeds:
          items: 2
        """,
        "content/departments/somu.md": "---\nname: 総務部\nreading: そうむぶ\n---\n総務の仕事。\n",
        "content/departments/koho.md": """
        ---
        name: 広報課
        reading: こうほうか
        name_en: Public Relations Division
        parent: somu
        summary: 市の広報を担当します。
        contact:
          phone: 0123-45-0001
          email: koho@example.jp
          hours: 平日 8時30分〜17時15分
        ---
        [総務部](/departments/somu/)
        """,
        "content/staff/sato.md": """
        ---
        name: 佐藤 花子
        reading: さとう はなこ
        name_en: Hanako Sato
        role: 主事
        department: koho
        email: sato@example.jp
        social:
          x: sato_city
          website: sato.example.jp
        ---
        こんにちは。
        """,
        "content/staff/abe.md": "---\nname: 阿部 一郎\nreading: あべ いちろう\ndepartment: somu\n---\n",
        "content/staff/ueda.md": "---\nname: 上田 三郎\nreading: うえだ さぶろう\ndepartment: somu\n---\n",
        "content/posts/yozakura.md": """
        ---
        title: 夜桜 <ライトアップ> & "まつり" ]]> 開始
        date: 2026-04-01T18:30:00+09:00
        author: sato
        department: koho
        hashtags: [桜まつり, 夜桜]
        summary: 今夜から。
        image:
          src: /images/yozakura.png
          alt: 夜桜
        ---
        ![地図](/images/map.png) [会場](../access/) [上へ](#top) [外部](https://example.com/a?b=1&c=2)

        詳しくは[お知らせ一覧](/posts/)へ。
        """,
        "content/posts/older.md": "---\ntitle: 古いお知らせ\ndate: 2025-12-24\nauthor: abe\n---\n本文。\n",
        "content/posts/middle.md": "---\ntitle: 中くらいのお知らせ\ndate: 2026-01-05T09:00:00Z\nhashtags: [夜桜]\n---\n本文。\n",
        "content/pages/about.md": "---\ntitle: 概要\n---\n市の概要。\n",
        // Not raster images (a text file cannot hold a PNG): published as written, so these tests of feeds and
        // metadata keep the URLs written; images resized by the build are tested in KohoBuildTests.
        "static/images/map.png": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "static/images/yozakura.png": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "static/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    /// The site's files after `edit`, built in memory.
    static func plan(_ edit: (inout [String: String]) -> Void = { _ in }) throws -> [String: [UInt8]] {
        var files = Self.files
        edit(&files)
        let options = BuildOptions(source: "/site", now: now)
        let report = try SiteBuilder(options: options, fileSystem: MemoryFileSystem(files)).plan()
        var out: [String: [UInt8]] = [:]
        for file in report.files {
            if case .bytes(let bytes) = file.contents { out[file.path] = bytes }
        }
        return out
    }

    static func text(_ files: [String: [UInt8]], _ path: String) throws -> String {
        let bytes = try #require(files[path], "no \(path) in the output")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `path` parsed by libxml2 (Foundation's XMLDocument): fails the test when it is not well-formed.
    static func xml(_ files: [String: [UInt8]], _ path: String) throws -> XMLDocument {
        let bytes = try #require(files[path], "no \(path) in the output")
        return try XMLDocument(data: Data(bytes), options: [])
    }

    /// `path` parsed by JSONSerialization as an object.
    static func json(_ files: [String: [UInt8]], _ path: String) throws -> [String: Any] {
        let bytes = try #require(files[path], "no \(path) in the output")
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// Every JSON-LD block of an HTML page, each parsed by JSONSerialization.
    static func jsonLD(_ html: String) throws -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        var rest = Substring(html)
        let open = "<script type=\"application/ld+json\">"
        while let start = rest.range(of: open) {
            let end = try #require(rest[start.upperBound...].range(of: "</script>"))
            let text = rest[start.upperBound..<end.lowerBound]
            blocks.append(try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
            rest = rest[end.upperBound...]
        }
        return blocks
    }

    /// The `content` of `<meta property|name="key" content="…">` tags in a page (attribute entities decoded).
    static func meta(_ html: String, _ key: String) -> [String] {
        var values: [String] = []
        for attribute in ["property", "name"] {
            var rest = Substring(html)
            let prefix = "<meta \(attribute)=\"\(key)\" content=\""
            while let start = rest.range(of: prefix) {
                guard let end = rest[start.upperBound...].firstIndex(of: "\"") else { break }
                values.append(decodeEntities(String(rest[start.upperBound..<end])))
                rest = rest[end...]
            }
        }
        return values
    }

    /// `href` of `<link rel="rel" …>` tags.
    static func links(_ html: String, rel: String) -> [String] {
        html.components(separatedBy: "<link rel=\"\(rel)\"").dropFirst().compactMap { tail in
            guard let href = tail.range(of: "href=\"") else { return nil }
            return tail[href.upperBound...].split(separator: "\"", maxSplits: 1).first.map {
                decodeEntities(String($0))
            }
        }
    }

    static func decodeEntities(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension XMLNode {
    /// The nodes at an XPath (namespace prefixes as the document declares them).
    func all(_ xpath: String) throws -> [XMLNode] {
        try nodes(forXPath: xpath)
    }

    /// The text of the one node at an XPath.
    func text(_ xpath: String) throws -> String {
        let found = try nodes(forXPath: xpath)
        #expect(found.count == 1, "expected one \(xpath), found \(found.count)")
        return try #require(found.first?.stringValue)
    }
}
