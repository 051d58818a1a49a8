import KohoDiagnostics

/// The files of a search index (the format is `docs/decisions.md`'s "Search index"): the manifest, the
/// term shards and the document chunks, each file's bytes; where they go is ``SiteRoutes``' business.
public struct SearchIndex: Sendable, Hashable {
    /// `meta.json`.
    public var meta: [UInt8]
    /// `terms/<n>.bin`, by `n`.
    public var shards: [[UInt8]]
    /// `docs/<n>.json`, by `n`.
    public var chunks: [[UInt8]]
    /// 16 lowercase hex digits, a hash of every shard's and chunk's bytes: the reader asks for each file
    /// with `?v=<stamp>` so that it never mixes two builds.
    public var stamp: String
}

/// Writes the search index of a list of documents: every token's postings (documents ascending, each
/// with its field class), sharded by FNV-1a of the token's shard key, and the documents in chunks of
/// ``chunkSize``. The same documents give the same bytes, however many cores tokenise them.
public struct SearchIndexWriter: Sendable {
    /// The format's version in `meta.json`.
    public static let version = 2
    /// How much each field class weighs in a score, by class (`meta.json`'s `weights`).
    public static let weights = [1, 3, 6, 10]

    /// Documents per chunk file.
    public var chunkSize = 64
    /// The size an average shard aims at, before compression: the number of shards is the smallest power
    /// of two that makes the shards at most this big on average.
    public var shardBytes = 12_000
    /// At most this many shards.
    public var maxShards = 4096

    public init() {}

    /// The index of `documents`; a document's id is its position. `tokens` are each document's
    /// ``tokens(of:)``, when the caller has made them (on every core); else they are made here.
    public func index(_ documents: [SearchDocument], tokens: [DocumentTokens]? = nil) -> SearchIndex {
        let postings = Self.postings(tokens ?? documents.map(Self.tokens(of:)))
        let blocks = postings.map { token, list in (token: token, block: Self.block(token: token, postings: list)) }
        let total = blocks.reduce(0) { $0 + $1.block.count }
        let shardCount = Self.shardCount(totalBytes: total, target: shardBytes, maximum: maxShards)

        var byShard = [[(token: String, block: [UInt8])]](repeating: [], count: shardCount)
        for entry in blocks {
            let key = SearchTokenizer.shardKey(of: entry.token)
            byShard[Int(FNV1a.hash32(key.utf8) % UInt32(shardCount))].append(entry)
        }
        let shards = byShard.map { entries -> [UInt8] in
            let sorted = entries.sorted { $0.token.utf8.lexicographicallyPrecedes($1.token.utf8) }
            var bytes = Array(Self.magic.utf8)
            VarInt.append(sorted.count, to: &bytes)
            for entry in sorted { bytes += entry.block }
            return bytes
        }

        let chunks = stride(from: 0, to: documents.count, by: max(1, chunkSize)).map { start in
            Self.chunk(documents[start..<min(start + max(1, chunkSize), documents.count)])
        }

        var hash = FNV1a.Hasher64()
        for file in shards + chunks {
            hash.combine(UInt64(file.count))
            hash.combine(file)
        }
        let stamp = hash.hex
        let weights = Self.weights.map(String.init).joined(separator: ",")
        let meta =
            "{\"version\":\(Self.version),\"stamp\":\"\(stamp)\",\"documents\":\(documents.count),"
            + "\"shards\":\(shardCount),\"chunk\":\(max(1, chunkSize)),\"weights\":[\(weights)]}"
        return SearchIndex(meta: Array(meta.utf8), shards: shards, chunks: chunks, stamp: stamp)
    }

    /// The smallest power of two at least `totalBytes / target`, from 1 to `maximum`.
    static func shardCount(totalBytes: Int, target: Int, maximum: Int) -> Int {
        var count = 1
        while count < maximum, count * max(1, target) < totalBytes { count *= 2 }
        return count
    }

    /// Every token's postings: `docId << 3 | leads << 2 | fieldClass`, documents ascending.
    static func postings(_ tokens: [DocumentTokens]) -> [String: [UInt32]] {
        var cjk: [UInt64: [UInt32]] = [:]
        var words: [String: [UInt32]] = [:]
        for (id, document) in tokens.enumerated() {
            for (key, mark) in document.cjk {
                cjk[key, default: []].append(UInt32(id) << 3 | (mark.leads ? 4 : 0) | UInt32(mark.fieldClass.rawValue))
            }
            for (word, fieldClass) in document.words {
                words[word, default: []].append(UInt32(id) << 3 | UInt32(fieldClass.rawValue))
            }
        }
        for (key, list) in cjk { words[SearchTokenizer.text(ofKey: key)] = list }
        return words
    }

    /// Each token of a document once, with the most important field class it occurs in; a CJK token also
    /// with whether it starts a run in a field of that class (林 in 林 太郎, not in 小林). Documents are
    /// independent: a caller may make these on every core and pass them to ``index(_:tokens:)``.
    public static func tokens(of document: SearchDocument) -> DocumentTokens {
        var cjk: [UInt64: Mark] = [:]
        var words: [String: SearchDocument.FieldClass] = [:]
        for field in document.fields {
            let fieldClass = field.fieldClass
            SearchTokenizer.forEachKey(
                SearchNormalizer.normalize(field.text),
                cjk: { key, leads in
                    // A more important field wins; in one of the same class, leading is kept once seen.
                    if let known = cjk[key] {
                        let same = known.fieldClass == fieldClass
                        if known.fieldClass > fieldClass || (same && (known.leads || !leads)) { return }
                    }
                    cjk[key] = Mark(fieldClass: fieldClass, leads: leads)
                },
                word: { word in
                    if let known = words[word], known >= fieldClass { return }
                    words[word] = fieldClass
                })
        }
        for tag in document.tags {
            let normalized = SearchNormalizer.normalize(tag)
            if !normalized.isEmpty { words[SearchTokenizer.tagToken(normalized)] = .related }
        }
        return DocumentTokens(cjk: cjk.map { ($0.key, $0.value) }, words: words.map { ($0.key, $0.value) })
    }

    /// The distinct tokens of one document, each with its field class: CJK tokens by their number
    /// (`SearchTokenizer.key`), words by their text.
    public struct DocumentTokens: Sendable {
        var cjk: [(UInt64, Mark)]
        var words: [(String, SearchDocument.FieldClass)]
    }

    /// What a document's posting of a CJK token says besides the document: its most important field class,
    /// and whether the token starts a run there.
    struct Mark: Sendable, Equatable {
        var fieldClass: SearchDocument.FieldClass
        var leads: Bool
    }

    /// The first bytes of a shard file; the number changes with the postings' layout.
    static let magic = "KHS2"

    /// One token's entry in its shard: its UTF-8 bytes, then its postings, delta-coded: each posting is
    /// `(id − previous id) << 3 | leads << 2 | field class`.
    static func block(token: String, postings: [UInt32]) -> [UInt8] {
        var encoded: [UInt8] = []
        var previous: UInt32 = 0
        for posting in postings {
            let id = posting >> 3
            VarInt.append(Int((id - previous) << 3 | (posting & 7)), to: &encoded)
            previous = id
        }
        var bytes: [UInt8] = []
        let utf8 = Array(token.utf8)
        VarInt.append(utf8.count, to: &bytes)
        bytes += utf8
        VarInt.append(postings.count, to: &bytes)
        VarInt.append(encoded.count, to: &bytes)
        return bytes + encoded
    }

    /// A chunk file: a JSON array of the documents' short forms (`k`, `u`, `t`, `r`, `s`, `x`).
    static func chunk(_ documents: ArraySlice<SearchDocument>) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, document) in documents.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let members: [(String, String?)] = [
                ("k", document.kind.rawValue), ("u", document.url), ("t", document.title), ("r", document.reading),
                ("s", document.subtitle), ("x", document.excerpt),
            ]
            out.append(UInt8(ascii: "{"))
            for (j, (key, value)) in members.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out += Array("\"\(key)\":".utf8)
                if let value { JSONString.append(value, to: &out) } else { out += Array("null".utf8) }
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }
}

/// Unsigned LEB128: seven bits a byte, low first, the high bit set on every byte but the last.
enum VarInt {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// FNV-1a: the shard of a token (32 bits) and the index's stamp (64 bits).
public enum FNV1a {
    /// The 32-bit FNV-1a hash of `bytes` (offset basis 2166136261, prime 16777619).
    public static func hash32<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// The 64-bit FNV-1a hash, fed piece by piece.
    struct Hasher64 {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine<S: Sequence<UInt8>>(_ bytes: S) {
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
        }

        mutating func combine(_ number: UInt64) {
            withUnsafeBytes(of: number.littleEndian) { combine($0) }
        }

        /// 16 lowercase hex digits.
        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
