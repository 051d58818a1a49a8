/// A term shard read back (`terms/<n>.bin`): what `koho`'s tests and checks use to see what the search
/// page will find. The reader in the theme's `search.js` decodes the same format.
public struct SearchShard: Sendable, Hashable {
    /// One document a token occurs in, with the most important field class it occurs in there, and (a CJK
    /// token) whether it starts a run of that class's text (林 in 林 太郎, not in 小林).
    public struct Posting: Sendable, Hashable {
        public var document: Int
        public var fieldClass: SearchDocument.FieldClass
        public var leads: Bool

        public init(document: Int, fieldClass: SearchDocument.FieldClass, leads: Bool = false) {
            self.document = document
            self.fieldClass = fieldClass
            self.leads = leads
        }
    }

    /// Every token of the shard, in the file's order (ascending UTF-8), with its postings.
    public var tokens: [(token: String, postings: [Posting])]

    /// The postings of `token`, empty when the shard does not hold it.
    public func postings(_ token: String) -> [Posting] {
        tokens.first { $0.token == token }?.postings ?? []
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.tokens.map(\.token) == b.tokens.map(\.token) && a.tokens.map(\.postings) == b.tokens.map(\.postings)
    }

    public func hash(into hasher: inout Hasher) {
        for entry in tokens { hasher.combine(entry.token) }
    }

    /// What is wrong with a shard's bytes.
    public enum DecodingError: Error, Equatable {
        case badMagic
        case truncated(at: Int)
        case badToken(at: Int)
        case badPostings(at: Int)
    }

    /// Reads a shard file; throws at the first byte that does not fit the format.
    public init(bytes: [UInt8]) throws(DecodingError) {
        guard bytes.starts(with: Array(SearchIndexWriter.magic.utf8)) else { throw .badMagic }
        var at = 4
        func varint() throws(DecodingError) -> Int {
            var value = 0
            var shift = 0
            while true {
                guard at < bytes.count, shift < 63 else { throw .truncated(at: at) }
                let byte = bytes[at]
                at += 1
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
        let count = try varint()
        var tokens: [(token: String, postings: [Posting])] = []
        for _ in 0..<count {
            let start = at
            let length = try varint()
            guard length <= bytes.count - at, let token = String(validating: bytes[at..<at + length], as: UTF8.self)
            else { throw .badToken(at: start) }
            at += length
            let n = try varint()
            let size = try varint()
            guard size <= bytes.count - at else { throw .truncated(at: at) }
            let end = at + size
            var postings: [Posting] = []
            var document = 0
            for _ in 0..<n {
                let value = try varint()
                document += value >> 3
                guard let fieldClass = SearchDocument.FieldClass(rawValue: UInt8(value & 3)) else {
                    throw .badPostings(at: at)
                }
                postings.append(Posting(document: document, fieldClass: fieldClass, leads: value & 4 != 0))
            }
            guard at == end else { throw .badPostings(at: start) }
            tokens.append((token, postings))
        }
        guard at == bytes.count else { throw .truncated(at: at) }
        self.tokens = tokens
    }
}
