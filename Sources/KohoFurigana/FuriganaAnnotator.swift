/// Gives the kanji of a text their readings, for readers who cannot read them yet: children, people
/// learning Japanese, anyone meeting a rare place name.
///
/// Names the site knows (``NameReadings``) are found first; the rest is cut into words by MeCab with the IPA
/// dictionary, and each word's dictionary reading goes over its kanji only (``ReadingAligner``). Two readings
/// the dictionary gives out of context are corrected after a number: 月 is がつ (4月), and 分 is ふん or ぷん
/// by the number's last digit (30分 さんじゅっぷん). Words the dictionary does not know stay text. An
/// annotator holds no per-text state: one value serves every thread.
public struct FuriganaAnnotator: Sendable {
    private let analyzer: MorphologicalAnalyzer
    private let names: NameReadings

    /// An annotator that knows the readings of `names` (a name as written and its reading in kana), or why
    /// none can be made here (MeCab's dictionary is missing).
    public init(names: [(name: String, reading: String)] = []) throws(FuriganaUnavailable) {
        analyzer = try MorphologicalAnalyzer.shared.get()
        self.names = NameReadings(names)
    }

    /// Whether furigana can be made on this machine.
    public static var isAvailable: Bool {
        if case .success = MorphologicalAnalyzer.shared { true } else { false }
    }

    /// `text` as pieces: text, and kanji with their reading. The scalars in `excluded` (offsets in
    /// `text.unicodeScalars`, in order) stay text: a hashtag, whose link a ruby must not cut.
    public func annotate(_ text: String, excluding excluded: [Range<Int>] = []) -> [FuriganaPiece] {
        guard JapaneseScript.hasKanji(text) else { return [.text(text)] }
        let scalars = Array(text.unicodeScalars)
        var pieces: [FuriganaPiece] = []
        var start = 0
        for range in excluded where range.lowerBound >= start && range.upperBound <= scalars.count {
            pieces += annotate(scalars, start..<range.lowerBound)
            pieces.append(.text(Self.string(scalars[range])))
            start = range.upperBound
        }
        pieces += annotate(scalars, start..<scalars.count)
        return pieces.joiningTexts()
    }

    /// The pieces of `scalars[range]`: names first, the words between them from the dictionary.
    private func annotate(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [FuriganaPiece] {
        guard !range.isEmpty else { return [] }
        guard !names.isEmpty else { return analyze(Self.string(scalars[range])) }
        var pieces: [FuriganaPiece] = []
        var textStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if let found = names.name(in: scalars, at: index, before: range.upperBound) {
                pieces += analyze(Self.string(scalars[textStart..<index]))
                pieces += found.pieces
                index += found.length
                textStart = index
            } else {
                index += 1
            }
        }
        pieces += analyze(Self.string(scalars[textStart..<range.upperBound]))
        return pieces
    }

    /// The pieces of `text` from MeCab's words.
    private func analyze(_ text: String) -> [FuriganaPiece] {
        guard JapaneseScript.hasKanji(text) else { return [.text(text)] }
        let utf8 = Array(text.utf8)
        func slice(_ bytes: Range<Int>) -> String { String(decoding: utf8[bytes], as: UTF8.self) }
        var pieces: [FuriganaPiece] = []
        var position = 0
        var previous: (morpheme: Morpheme, surface: String)?
        for morpheme in analyzer.morphemes(of: text) {
            guard morpheme.bytes.lowerBound >= position, morpheme.bytes.upperBound <= utf8.count else { continue }
            pieces.append(.text(slice(position..<morpheme.bytes.lowerBound)))
            let surface = slice(morpheme.bytes)
            if let reading = Self.reading(of: morpheme, surface, after: previous) {
                pieces += ReadingAligner.align(surface, reading: reading)
            } else {
                pieces.append(.text(surface))
            }
            position = morpheme.bytes.upperBound
            previous = (morpheme, surface)
        }
        pieces.append(.text(slice(position..<utf8.count)))
        return pieces
    }

    /// The reading of a word: the dictionary's, corrected for a counter written just after a number.
    private static func reading(
        of morpheme: Morpheme, _ surface: String, after previous: (morpheme: Morpheme, surface: String)?
    ) -> String? {
        guard let reading = morpheme.reading else { return nil }
        guard let previous, previous.morpheme.isNumber, previous.morpheme.bytes.upperBound == morpheme.bytes.lowerBound
        else { return reading }
        switch surface {
        case "月": return "ガツ"
        case "分":
            guard let last = previous.surface.unicodeScalars.last else { return reading }
            return Self.halfVoicedFun.contains(last) ? "プン" : "フン"
        default: return reading
        }
    }

    /// The last digits after which 分 is read ぷん: 1, 3, 4, 6, 8, 0 (いっぷん, さんぷん, よんぷん, ろっぷん,
    /// はっぷん, じゅっぷん; 十, 百, 千 alike); after 2, 5, 7, 9 it is ふん (にふん, ごふん, ななふん, きゅうふん).
    private static let halfVoicedFun: Set<Unicode.Scalar> = [
        "1", "3", "4", "6", "8", "0", "１", "３", "４", "６", "８", "０",
        "一", "三", "四", "六", "八", "十", "百", "千", "万",
    ]

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
