import Foundation
import KohoBuild
import KohoDiagnostics
import KohoSearch
import Testing

/// The search page and its index, written with the site: where, what they hold, and the same bytes each time.
@Suite struct SearchIndexBuildTests {
    /// Every file of the report under `search/index/` by path.
    static func indexFiles(_ report: BuildReport) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in report.files where file.path.hasPrefix("search/index/") {
            if case .bytes(let bytes) = file.contents { files[file.path] = bytes }
        }
        return files
    }

    /// The documents of every chunk, in id order: `k`, `u`, `t`.
    static func documents(_ files: [String: [UInt8]]) throws -> [[String: Any]] {
        var all: [[String: Any]] = []
        var n = 0
        while let bytes = files["search/index/docs/\(n).json"] {
            all += try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
            n += 1
        }
        return all
    }

    @Test func theExampleSiteHasASearchPageAndItsIndex() throws {
        let report = try ExampleSiteGoldenTests.buildExample()
        let files = Self.indexFiles(report)
        let meta = try #require(files["search/index/meta.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(meta)) as? [String: Any])
        let shards = try #require(manifest["shards"] as? Int)
        let count = try #require(manifest["documents"] as? Int)
        #expect(manifest["version"] as? Int == 2)
        #expect(manifest["chunk"] as? Int == 64)
        for n in 0..<shards { #expect(files["search/index/terms/\(n).bin"] != nil, "terms/\(n).bin missing") }
        let documents = try Self.documents(files)
        #expect(documents.count == count)
        #expect(files.count == 1 + shards + (count + 63) / 64)

        // すずき (its bigrams), suzuki and 鈴木 all find the staff member 鈴木 花子.
        var postings: [String: [SearchShard.Posting]] = [:]
        for (path, bytes) in files where path.hasSuffix(".bin") {
            for (token, list) in try SearchShard(bytes: bytes).tokens { postings[token] = list }
        }
        let suzuki = try #require(documents.firstIndex { $0["t"] as? String == "鈴木 花子" })
        #expect(documents[suzuki]["k"] as? String == "staff")
        #expect(documents[suzuki]["u"] as? String == "/kaku/staff/suzuki-hanako/")
        // 木花 and きは: the name and its reading typed without the space.
        for token in ["すず", "ずき", "suzuki", "鈴木", "hanako", "木花", "きは"] {
            #expect(postings[token, default: []].contains { $0.document == suzuki }, "\(token) does not find 鈴木 花子")
        }
        #expect(postings["鈴木", default: []].first { $0.document == suzuki }?.fieldClass == .name)
        #expect(postings["suzuki", default: []].first { $0.document == suzuki }?.fieldClass == .reading)

        let page = try #require(BuildTests.text(report, "search/index.html"))
        #expect(page.contains(#"<form role="search""#))
        #expect(page.contains(#"id="search-results""#))
        #expect(page.contains(#"<meta name="robots" content="noindex">"#))
        #expect(!(BuildTests.text(report, "sitemap.xml") ?? "").contains("/search/"))
    }

    @Test func documentsAreInTheirKindsOrderUnderTheBasePath() throws {
        let documents = try Self.documents(Self.indexFiles(try BuildTests.plan(BuildTests.site)))
        try #require(documents.count == 6)
        #expect(documents.map { $0["k"] as? String } == ["staff", "staff", "department", "department", "post", "page"])
        #expect(documents.map { $0["t"] as? String } == ["阿部 一郎", "佐藤 花子", "総務部", "広報課", "過去のお知らせ", "概要"])
        #expect(documents[0]["u"] as? String == "/city/staff/abe/")
        #expect(documents[1]["s"] as? String == "広報課")
        #expect(documents[4]["s"] as? String == "2026-04-01")
        #expect(documents[5]["x"] as? String == "市の概要。")
    }

    /// Posts go by their first department in the directory's tree order (総務部, then its 広報課), newest
    /// first in each, those with no department last: a department's posts share chunks, so a query about
    /// a department reads few files.
    @Test func postsAreInTheirDepartmentsOrderNewestFirst() throws {
        var files = BuildTests.site
        func post(_ slug: String, _ title: String, _ date: String, _ department: String?) {
            let field = department.map { "department: \($0)\n" } ?? ""
            files["content/posts/\(slug).md"] = "---\ntitle: \(title)\ndate: \(date)\n\(field)---\n本文。\n"
        }
        post("k1", "広報の新しい話", "2026-05-03", "koho")
        post("s1", "総務の古い話", "2026-04-10", "somu")
        post("n1", "どこでもない話", "2026-05-05", nil)
        post("s2", "総務の新しい話", "2026-05-01", "somu")
        post("k2", "広報と総務の話", "2026-04-20", "[koho, somu]")
        let documents = try Self.documents(Self.indexFiles(try BuildTests.plan(files)))
        let posts = documents.filter { $0["k"] as? String == "post" }.map { $0["t"] as? String }
        #expect(posts == ["総務の新しい話", "総務の古い話", "広報の新しい話", "広報と総務の話", "どこでもない話", "過去のお知らせ"])
    }

    @Test func theIndexIsTheSameOnEveryBuild() throws {
        let first = Self.indexFiles(try ExampleSiteGoldenTests.buildExample())
        let again = Self.indexFiles(try ExampleSiteGoldenTests.buildExample())
        #expect(!first.isEmpty)
        #expect(first == again)
    }

    @Test func indexingIsAStepOfTheBuild() {
        let step = Message(.outputProgressSearch, ["count": .number(1)])
        #expect(step.text(in: .english) == "indexing 1 entry for search")
        #expect(Message(.outputProgressSearch, ["count": .number(10313)]).text(in: .english) == "indexing 10313 entries for search")
        #expect(Message(.outputProgressSearch, ["count": .number(10313)]).text(in: .japanese) == "検索の索引（10313 件）を作成中")
    }
}
