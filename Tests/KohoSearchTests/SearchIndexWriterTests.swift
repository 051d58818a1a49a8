import Testing

@testable import KohoSearch

/// The index files: FNV-1a, the shard bytes, the postings read back, the chunks, the manifest, determinism.
@Suite struct SearchIndexWriterTests {
    /// A staff member, a department and two posts.
    static let documents: [SearchDocument] = {
        var suzuki = SearchDocument(
            kind: .staff, url: "/city/staff/suzuki/", title: "鈴木 一郎", reading: "すずき いちろう",
            subtitle: "子育て支援課 主事", excerpt: "子育ての相談を受けています。")
        suzuki.add("鈴木 一郎", .name)
        suzuki.addReading("すずき いちろう")
        suzuki.add("Ichiro Suzuki", .reading)
        suzuki.add("子育て支援課 主事", .related)
        suzuki.add("子育ての相談を受けています。", .body)
        var department = SearchDocument(
            kind: .department, url: "/city/departments/kosodate/", title: "子育て支援課", reading: "こそだてしえんか",
            subtitle: "保育園と児童手当", excerpt: nil)
        department.add("子育て支援課", .name)
        department.addReading("こそだてしえんか")
        department.add("保育園と児童手当", .related)
        var passport = SearchDocument(kind: .post, url: "/city/posts/passport/", title: "Passport office hours")
        passport.add("Passport office hours", .name)
        passport.add("パスポートの申請は、鈴木が受け付けます。", .body)
        var garbage = SearchDocument(kind: .page, url: "/city/pages/gomi/", title: "ごみの出し方", subtitle: "分別")
        garbage.add("ごみの出し方", .name)
        garbage.add("分別", .related)
        return [suzuki, department, passport, garbage]
    }()

    /// Every shard of `index` read back, merged: token → postings.
    static func read(_ index: SearchIndex) throws -> [String: [SearchShard.Posting]] {
        var all: [String: [SearchShard.Posting]] = [:]
        for bytes in index.shards {
            for (token, postings) in try SearchShard(bytes: bytes).tokens { all[token] = postings }
        }
        return all
    }

    @Test(arguments: [
        ("", UInt32(2_166_136_261)), ("a", 3_826_002_220), ("foobar", 0xbf9c_f968), ("子育", 0),
    ])
    func fnv1a32(text: String, expected: UInt32) {
        if text == "子育" {
            // Over the UTF-8 bytes: the same as hashing them one by one.
            var hash: UInt32 = 2_166_136_261
            for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            #expect(FNV1a.hash32(text.utf8) == hash)
        } else {
            #expect(FNV1a.hash32(text.utf8) == expected)
        }
    }

    @Test(arguments: [(0, [UInt8(0)]), (1, [1]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]),
                      (16384, [0x80, 0x80, 0x01])])
    func varints(value: Int, bytes: [UInt8]) {
        var out: [UInt8] = []
        VarInt.append(value, to: &out)
        #expect(out == bytes)
    }

    @Test(arguments: [(0, 1), (1, 1), (12_000, 1), (12_001, 2), (24_001, 4), (100_000, 16), (Int(1e9), 4096)])
    func shardCounts(total: Int, shards: Int) {
        #expect(SearchIndexWriter.shardCount(totalBytes: total, target: 12_000, maximum: 4096) == shards)
    }

    /// One token in one shard, byte by byte: the magic, the count, the token, its postings delta-coded
    /// with their classes.
    @Test func shardBytesFollowTheFormat() {
        var a = SearchDocument(kind: .page, url: "/a/", title: "x")
        a.add("x", .name)
        var b = SearchDocument(kind: .page, url: "/b/", title: "y")
        b.add("x", .body)
        var c = SearchDocument(kind: .page, url: "/c/", title: "z")
        c.add("x", .related)
        let index = SearchIndexWriter().index([a, b, b, c])
        #expect(index.shards.count == 1)
        // doc 0 class 3: 0<<3|3 = 3; doc 1 class 0: 1<<3|0 = 8; doc 2: 8; doc 3 class 1: 1<<3|1 = 9.
        #expect(index.shards[0] == Array("KHS2".utf8) + [1, 1, UInt8(ascii: "x"), 4, 4, 3, 8, 8, 9])
    }

    @Test func postingsReadBackGiveEachTokensDocumentsAndClasses() throws {
        let postings = try Self.read(SearchIndexWriter().index(Self.documents))
        // (document, class, whether the token starts a run of that class's text).
        func p(_ marks: [(Int, SearchDocument.FieldClass, Bool)]) -> [SearchShard.Posting] {
            marks.map { SearchShard.Posting(document: $0.0, fieldClass: $0.1, leads: $0.2) }
        }
        #expect(postings["鈴木"] == p([(0, .name, true), (2, .body, true)]))
        #expect(postings["すず"] == p([(0, .reading, true)]))
        #expect(postings["suzuki"] == p([(0, .reading, false)]))
        #expect(postings["ichiro"] == p([(0, .reading, false)]))
        #expect(postings["ichirou"] == p([(0, .reading, false)]))
        #expect(postings["子育"] == p([(0, .related, true), (1, .name, true)]))
        #expect(postings["ぱす"] == p([(2, .body, true)]))
        #expect(postings["passport"] == p([(2, .name, false)]))
        #expect(postings["出し"] == p([(3, .name, false)]))
        #expect(postings["子"] == p([(0, .related, true), (1, .name, true)]))
        #expect(postings["kosodateshienka"] == p([(1, .reading, false)]))
        #expect(postings["の出"] == p([(3, .name, false)]))
        #expect(postings["。"] == nil)
        // Each token is in the shard its key names.
        let index = SearchIndexWriter().index(Self.documents)
        for (n, bytes) in index.shards.enumerated() {
            for (token, _) in try SearchShard(bytes: bytes).tokens {
                let key = SearchTokenizer.shardKey(of: token)
                #expect(Int(FNV1a.hash32(key.utf8) % UInt32(index.shards.count)) == n)
            }
        }
    }

    /// 林 starts a name in 林 太郎 and not in 小林 一郎, so a one-character query can put the first first.
    /// What counts is the most important field the token is in: a lead in the body does not make up for
    /// none in the name, and one field of the class leading is enough (鈴木花子 beside 鈴木 花子).
    @Test func aTokenStartingARunIsMarked() throws {
        func person(_ name: String, _ more: [(String, SearchDocument.FieldClass)] = []) -> SearchDocument {
            var document = SearchDocument(kind: .staff, url: "/\(name)/", title: name)
            document.add(name, .name)
            for (text, fieldClass) in more { document.add(text, fieldClass) }
            return document
        }
        let index = SearchIndexWriter().index([
            person("林 太郎"), person("小林 一郎", [("林業の担当", .body)]), person("鈴木 花子", [("鈴木花子", .name)]),
            person("花子", [("お花", .related)]),
        ])
        let postings = try Self.read(index)
        #expect(postings["林"]?.map(\.leads) == [true, false])
        #expect(postings["林"]?.map(\.fieldClass) == [.name, .name])
        #expect(postings["花"]?.map(\.leads) == [true, true])
        #expect(postings["花子"]?.map(\.leads) == [true, true])
        #expect(postings["木花"]?.map(\.leads) == [false])
    }

    /// A hashtag is indexed whole (and its text as usual): `#南区防災` finds what carries the tag and not
    /// what has 南区 and 防災 apart, and every tag starting with `#南区` is in the shard of `#南`.
    @Test func hashtagsAreIndexedWhole() throws {
        var tagged = SearchDocument(kind: .post, url: "/a/", title: "防災訓練")
        tagged.addHashtags(["南区防災", "ＫａｋｕＣｉｔｙ"])
        var apart = SearchDocument(kind: .post, url: "/b/", title: "南区の防災訓練")
        apart.add("南区の防災訓練", .name)
        apart.addHashtags(["南区防犯"])
        var writer = SearchIndexWriter()
        writer.shardBytes = 1
        let index = writer.index([tagged, apart])
        let postings = try Self.read(index)
        #expect(postings["#南区防災"] == [SearchShard.Posting(document: 0, fieldClass: .related)])
        #expect(postings["#kakucity"] == [SearchShard.Posting(document: 0, fieldClass: .related)])
        #expect(postings["#南区防犯"] == [SearchShard.Posting(document: 1, fieldClass: .related)])
        #expect(postings["防災"]?.map(\.document) == [0, 1])
        #expect(postings["防犯"] == [SearchShard.Posting(document: 1, fieldClass: .related)])
        let holding = try index.shards.filter { try !SearchShard(bytes: $0).postings("#南区防災").isEmpty }
        #expect(try holding.count == 1 && SearchShard(bytes: holding[0]).postings("#南区防犯").count == 1)
    }

    @Test func tokensOfAShardAreInUTF8Order() throws {
        var writer = SearchIndexWriter()
        writer.shardBytes = 1_000_000
        let tokens = try SearchShard(bytes: writer.index(Self.documents).shards[0]).tokens.map(\.token)
        #expect(tokens.count > 20)
        #expect(tokens == tokens.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func wordsSharingTheirFirstTwoLettersShareAShard() throws {
        var document = SearchDocument(kind: .page, url: "/", title: "p")
        document.add("passport pass past pa parade", .body)
        var writer = SearchIndexWriter()
        writer.shardBytes = 1
        let index = writer.index([document])
        #expect(index.shards.count > 1)
        let holding = try index.shards.filter { try SearchShard(bytes: $0).postings("passport").count == 1 }
        #expect(holding.count == 1)
        let words = try SearchShard(bytes: holding[0]).tokens.map(\.token)
        #expect(Set(["pa", "parade", "pass", "passport", "past"]).isSubset(of: words))
    }

    @Test func chunksHoldTheDocumentsShortForms() throws {
        var writer = SearchIndexWriter()
        writer.chunkSize = 3
        let index = writer.index(Self.documents)
        #expect(index.chunks.count == 2)
        #expect(
            String(decoding: index.chunks[1], as: UTF8.self)
                == #"[{"k":"page","u":"/city/pages/gomi/","t":"ごみの出し方","r":null,"s":"分別","x":null}]"#)
        #expect(String(decoding: index.chunks[0], as: UTF8.self).hasPrefix(
            #"[{"k":"staff","u":"/city/staff/suzuki/","t":"鈴木 一郎","r":"すずき いちろう","s":"子育て支援課 主事","x":"子育ての相談を受けています。"},"#))
    }

    @Test func manifestNamesTheStampAndTheSizes() {
        let index = SearchIndexWriter().index(Self.documents)
        #expect(index.stamp.count == 16)
        #expect(index.stamp.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(
            String(decoding: index.meta, as: UTF8.self)
                == #"{"version":2,"stamp":"\#(index.stamp)","documents":4,"shards":1,"chunk":64,"weights":[1,3,6,10]}"#)
    }

    @Test func theSameDocumentsGiveTheSameBytes() {
        let first = SearchIndexWriter().index(Self.documents)
        let again = SearchIndexWriter().index(Self.documents)
        let tokens = Self.documents.map(SearchIndexWriter.tokens(of:))
        #expect(first == again)
        #expect(first == SearchIndexWriter().index(Self.documents, tokens: tokens))
        // Any change to a document changes the stamp.
        var changed = Self.documents
        changed[3].excerpt = "燃やすごみ"
        #expect(SearchIndexWriter().index(changed).stamp != first.stamp)
    }

    @Test func anEmptySiteHasOneEmptyShard() throws {
        let index = SearchIndexWriter().index([])
        #expect(index.shards == [Array("KHS2".utf8) + [0]])
        #expect(index.chunks.isEmpty)
        #expect(try SearchShard(bytes: index.shards[0]).tokens.isEmpty)
    }

    /// Shards that do not fit the format, and what is said about each.
    static let badShards: [([UInt8], SearchShard.DecodingError)] = {
        let magic: [UInt8] = Array("KHS2".utf8)
        return [
            (Array("KHS0".utf8) + [0], .badMagic),
            (Array("KHS1".utf8) + [0], .badMagic),
            (magic, .truncated(at: 4)),
            (magic + [1, 5, 0x61], .badToken(at: 5)),
            (magic + [0, 0], .truncated(at: 5)),
        ]
    }()

    @Test(arguments: badShards)
    func badShardsAreRefused(bytes: [UInt8], error: SearchShard.DecodingError) {
        #expect(throws: error) { try SearchShard(bytes: bytes) }
    }
}
