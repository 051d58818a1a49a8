/// Gives the kanji of a text their readings, for readers who cannot read them yet: children, people
/// learning Japanese, anyone meeting a rare place name.
///
/// Names the site knows (``NameReadings``) are found first; the rest is cut into words by MeCab with the IPA
/// dictionary, and each word's dictionary reading goes over its kanji only (``ReadingAligner``). What a
/// dictionary reading word by word gets wrong is corrected: a number and its counter are read together
/// (``CounterReading``: 一回 いっかい, 3日 みっか), words of public notices the dictionary misreads or splits
/// are read as one (``PublicVocabulary``: 避難所 ひなんじょ), and 方 after a person (対象の方は) is かた. Words the
/// dictionary does not know stay text. An annotator holds no per-text state: one value serves every thread.
public struct FuriganaAnnotator: Sendable {
    private let analyzer: MorphologicalAnalyzer
    private let names: NameReadings

    /// An annotator that knows the readings of `names` (a name as written and its reading in kana), or why
    /// none can be made here (MeCab's dictionary is missing).
    public init(names: [(name: String, reading: String)] = []) throws(FuriganaUnavailable) {
        analyzer = try MorphologicalAnalyzer.shared.get()
        self.names = NameReadings(names)
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
        let words = analyzer.morphemes(of: text).filter { $0.bytes.upperBound <= utf8.count }
        let surfaces = words.map { String(decoding: utf8[$0.bytes], as: UTF8.self) }
        var pieces: [FuriganaPiece] = []
        var position = 0
        var index = 0
        while index < words.count {
            guard words[index].bytes.lowerBound >= position else {
                index += 1
                continue
            }
            pieces.append(.text(String(decoding: utf8[position..<words[index].bytes.lowerBound], as: UTF8.self)))
            let (read, count) = reading(at: index, words, surfaces)
            pieces += read
            position = words[index + count - 1].bytes.upperBound
            index += count
        }
        pieces.append(.text(String(decoding: utf8[position...], as: UTF8.self)))
        return pieces
    }

    /// The pieces of the word at `index` and how many words they cover: a word of ``PublicVocabulary`` made
    /// of several of MeCab's, a number with its counter, or the word with its dictionary reading (corrected
    /// in context for 方 and 間).
    private func reading(at index: Int, _ words: [Morpheme], _ surfaces: [String]) -> ([FuriganaPiece], Int) {
        /// Whether the `count` words from `index` follow each other with nothing between them.
        func adjacent(_ count: Int) -> Bool {
            index + count <= words.count
                && (index..<(index + count - 1)).allSatisfy { words[$0].bytes.upperBound == words[$0 + 1].bytes.lowerBound }
        }
        let mayBeVocabulary = surfaces[index].unicodeScalars.first.map(PublicVocabulary.firstCharacters.contains) ?? false
        for count in stride(from: min(PublicVocabulary.longest, words.count - index), through: 1, by: -1)
        where mayBeVocabulary && adjacent(count) {
            let written = surfaces[index..<(index + count)].joined()
            if let reading = PublicVocabulary.readings[written] { return (ReadingAligner.align(written, reading: reading), count) }
        }
        if let number = numberWithCounter(at: index, words, surfaces, adjacent: adjacent) { return number }
        let surface = surfaces[index]
        if !words[index].isAdjectivalNoun, let (number, value, counter) = CounterReading.split(surface),
            let counted = CounterReading.reading(value, counter, afterMonth: index > 0 && surfaces[index - 1].hasSuffix("月"))
        {
            return ([.ruby(base: number + counter, reading: counted.number + counted.counter)], 1)
        }
        guard var reading = words[index].reading else { return ([.text(surface)], 1) }
        let next = index + 1 < words.count ? surfaces[index + 1] : ""
        let before = index > 0 ? surfaces[index - 1] : ""
        if surface == "方", reading == "ホウ", next.isEmpty || Self.particlesAfterAPerson.contains(next) {
            // 対象の方は, お持ちの方に: a person (かた), as public notices nearly always mean.
            reading = "カタ"
        } else if surface == "間", reading == "マ", before == "の" {
            // しばらくの間: a span of time.
            reading = "アイダ"
        }
        return (ReadingAligner.align(surface, reading: reading), 1)
    }

    /// What follows 方 read as a person: `対象の方は`, `お持ちの方に`, `方の`.
    private static let particlesAfterAPerson: Set<String> = [
        "は", "を", "に", "へ", "も", "で", "と", "の", "や", "、", "。", "には", "へは",
    ]

    /// A number and the counter after it read together (``CounterReading``): numbers in kanji get one
    /// reading over both; in digits, only the counter gets its part. A number in kanji without a counter is
    /// read whole (二十四 にじゅうよん).
    private func numberWithCounter(
        at index: Int, _ words: [Morpheme], _ surfaces: [String], adjacent: (Int) -> Bool
    ) -> ([FuriganaPiece], Int)? {
        guard words[index].isNumber else { return nil }
        var count = 1
        while adjacent(count + 1), words[index + count].isNumber { count += 1 }
        let numberText = surfaces[index..<(index + count)].joined()
        let kanji = CounterReading.value(ofKanji: numberText)
        guard let value = kanji ?? CounterReading.value(ofDigits: numberText) else { return nil }
        let afterMonth = index >= 1 && surfaces[index - 1].hasSuffix("月")
        if adjacent(count + 1), let (counter, rest) = CounterReading.counter(startingWord: surfaces[index + count]),
            let counted = CounterReading.reading(value, counter, afterMonth: afterMonth)
        {
            var pieces: [FuriganaPiece] =
                kanji != nil
                ? [.ruby(base: numberText + counter, reading: counted.number + counted.counter)]
                : [.text(numberText), .ruby(base: counter, reading: counted.counter)]
            pieces.append(.text(rest))
            return (pieces, count + 1)
        }
        guard kanji != nil, count > 1 else { return nil }
        return ([.ruby(base: numberText, reading: CounterReading.spoken(value))], count)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
