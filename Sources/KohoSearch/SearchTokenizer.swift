/// Splits normalised text (``SearchNormalizer``) into the index's tokens, and a query into its terms — the
/// index format's rule, which the reader applies the same way.
///
/// Code points are of three classes (``SearchCharacterClass``). A run of CJK characters gives each character
/// (a unigram), each pair of neighbours (a bigram) and each three (a trigram): 子育て → 子, 子育, 子育て, 育,
/// 育て, て. A run of word characters is one token: `passport`, `2025`. Everything else separates runs.
public enum SearchTokenizer {
    /// The index tokens of `normalized` text in the order found, repeats included.
    public static func tokens(_ normalized: String) -> [String] {
        var tokens: [String] = []
        forEachToken(normalized) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each index token of `normalized` text, in order, repeats included.
    public static func forEachToken(_ normalized: String, _ body: (String) -> Void) {
        forEachKey(normalized, cjk: { key, _ in body(text(ofKey: key)) }, word: body)
    }

    /// Each index token of `normalized` text, in order, repeats included: a CJK token as a number (``key(_:_:)``,
    /// cheap to hash) with whether it starts its run (林 and 林太 of 林 太郎, not 林 of 小林), a word as its text.
    static func forEachKey(_ normalized: String, cjk: (UInt64, Bool) -> Void, word: (String) -> Void) {
        forEachRun(normalized) { run, isCJK in
            guard isCJK else {
                word(String(String.UnicodeScalarView(run)))
                return
            }
            for i in run.indices {
                let leads = i == run.startIndex
                cjk(UInt64(run[i].value), leads)
                if i + 1 < run.endIndex { cjk(key(run[i], run[i + 1]), leads) }
                if i + 2 < run.endIndex { cjk(key(run[i], run[i + 1], run[i + 2]), leads) }
            }
        }
    }

    /// A CJK bigram as a number: a flag bit, then the two code points (21 bits each). A unigram is its code
    /// point.
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        1 << 42 | UInt64(a.value) << 21 | UInt64(b.value)
    }

    /// A CJK trigram as a number: the top bit, then the three code points (21 bits each).
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> UInt64 {
        1 << 63 | UInt64(a.value) << 42 | UInt64(b.value) << 21 | UInt64(c.value)
    }

    /// The text of a CJK token's number.
    static func text(ofKey key: UInt64) -> String {
        var scalars = String.UnicodeScalarView()
        let mask: UInt64 = 0x1F_FFFF
        if key >> 63 != 0 {
            for shift: UInt64 in [42, 21, 0] {
                if let c = Unicode.Scalar(UInt32(key >> shift & mask)) { scalars.append(c) }
            }
            return String(scalars)
        }
        if key >> 42 != 0, let a = Unicode.Scalar(UInt32(key >> 21 & mask)) { scalars.append(a) }
        if let b = Unicode.Scalar(UInt32(key & mask)) { scalars.append(b) }
        return String(scalars)
    }

    /// Where a query's CJK run of `count` characters is cut into trigrams (three or more characters): every
    /// other character, and the last three, so each pair of neighbours is inside one (子育て支援課 → 子育て,
    /// て支援, 支援課): half the terms of its bigrams, and as strict.
    static func trigramStarts(_ count: Int) -> [Int] {
        guard count >= 3 else { return [] }
        var starts = [0]
        while let last = starts.last, last + 3 < count { starts.append(min(last + 2, count - 3)) }
        return starts
    }

    /// The token a hashtag is indexed by, whole: `#` and its normalised name (`#南区防災`, `#kakucity`).
    public static func tagToken(_ normalizedName: String) -> String {
        "#" + normalizedName
    }

    /// A hashtag typed in a query (a piece after a space that starts with `#` and has a letter or digit),
    /// as its ``tagToken(_:)``, the separators after its last letter dropped (`#桜まつり、` → `#桜まつり`).
    static func typedTag(_ piece: Substring) -> String? {
        guard piece.first == "#" else { return nil }
        let name = piece.unicodeScalars.dropFirst()
        guard let last = name.lastIndex(where: { SearchCharacterClass($0) != .other }) else { return nil }
        return tagToken(String(String.UnicodeScalarView(name[...last])))
    }

    /// The terms of a query, already normalised, each once, in order: a hashtag (`#南区防災`) is a prefix
    /// term of the tags' tokens; a CJK run of one or two characters is its unigram or bigram, a longer one
    /// its trigrams at ``trigramStarts(_:)`` (all required); a word is a prefix term.
    public static func queryTerms(_ normalized: String) -> [SearchQueryTerm] {
        var terms: [SearchQueryTerm] = []
        var seen = Set<SearchQueryTerm>()
        func add(_ term: SearchQueryTerm) {
            if seen.insert(term).inserted { terms.append(term) }
        }
        for piece in normalized.split(whereSeparator: \.isWhitespace) {
            if let tag = typedTag(piece) {
                add(.prefix(tag))
            } else {
                addRunTerms(String(piece), add)
            }
        }
        return terms
    }

    /// The terms of the CJK runs and words of one piece of a query.
    private static func addRunTerms(_ normalized: String, _ add: (SearchQueryTerm) -> Void) {
        forEachRun(normalized) { run, isCJK in
            guard isCJK else {
                add(.prefix(String(String.UnicodeScalarView(run))))
                return
            }
            if run.count <= 2 {
                add(.exact(String(String.UnicodeScalarView(run))))
                return
            }
            for i in trigramStarts(run.count) {
                add(.exact(String(String.UnicodeScalarView(run[i..<i + 3]))))
            }
        }
    }

    /// The text that picks a token's shard: a CJK token itself, a word or a hashtag's token its first two
    /// code points (the whole token when shorter), so that every token a prefix query can match is in one
    /// shard.
    public static func shardKey(of token: String) -> Substring {
        guard let first = token.unicodeScalars.first, SearchCharacterClass(first) == .word || first == "#" else {
            return Substring(token)
        }
        let scalars = token.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: 2, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[scalars.startIndex..<end])
    }

    /// Calls `body` with each run of CJK or word characters and whether it is CJK.
    private static func forEachRun(_ text: String, _ body: ([Unicode.Scalar], Bool) -> Void) {
        var run: [Unicode.Scalar] = []
        var runClass = SearchCharacterClass.other
        for scalar in text.unicodeScalars {
            let kind = SearchCharacterClass(scalar)
            if kind != runClass, !run.isEmpty {
                body(run, runClass == .cjk)
                run.removeAll(keepingCapacity: true)
            }
            runClass = kind
            if kind != .other { run.append(scalar) }
        }
        if !run.isEmpty { body(run, runClass == .cjk) }
    }
}

/// One term of a query.
public enum SearchQueryTerm: Hashable, Sendable {
    /// A CJK unigram, bigram or trigram, matched exactly.
    case exact(String)
    /// A word, matching every indexed word that starts with it.
    case prefix(String)
}

/// What a code point is to the tokenizer.
public enum SearchCharacterClass: Sendable, Equatable {
    /// Han (with 々 〆 〇), hiragana, katakana, ー, Hangul: indexed as unigrams, bigrams and trigrams.
    case cjk
    /// Other letters, marks and digits: a run is one word.
    case word
    /// Separators: they end runs.
    case other

    public init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .word
            default: self = .other
            }
            return
        }
        if value >= 0x1100, Self.isCJK(value) {
            self = .cjk
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber:
            self = .word
        default:
            self = .other
        }
    }

    /// Whether `value` is in ``cjkRanges`` (binary search).
    static func isCJK(_ value: UInt32) -> Bool {
        var low = 0
        var high = cjkRanges.count
        while low < high {
            let mid = (low + high) / 2
            let range = cjkRanges[mid]
            if value < range.lowerBound {
                high = mid
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Script=Han, Hiragana, Katakana and Hangul (Unicode 17), with 〆 U+3006 and ー U+30FC (both of
    /// script Common), sorted; made from the script property, and held to ICU's by `SearchTokenizerTests`.
    static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005...0x3007,
        0x3021...0x3029, 0x302E...0x302F, 0x3038...0x303B, 0x3041...0x3096, 0x309D...0x309F,
        0x30A1...0x30FA, 0x30FC...0x30FF, 0x3131...0x318E, 0x31F0...0x321E, 0x3260...0x327E,
        0x32D0...0x32FE, 0x3300...0x3357, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97C,
        0xAC00...0xD7A3, 0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0xF900...0xFA6D, 0xFA70...0xFAD9,
        0xFF66...0xFF6F, 0xFF71...0xFF9D, 0xFFA0...0xFFBE, 0xFFC2...0xFFC7, 0xFFCA...0xFFCF,
        0xFFD2...0xFFD7, 0xFFDA...0xFFDC, 0x16FE2...0x16FE3, 0x16FF0...0x16FF6, 0x1AFF0...0x1AFF3,
        0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152,
        0x1B155...0x1B155, 0x1B164...0x1B167, 0x1F200...0x1F200, 0x20000...0x2A6DF, 0x2A700...0x2B81D,
        0x2B820...0x2CEAD, 0x2CEB0...0x2EBE0, 0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D, 0x30000...0x3134A,
        0x31350...0x33479,
    ]
}
