/// A part of an annotated text: text as written, or a word's kanji with their reading.
public enum FuriganaPiece: Sendable, Hashable {
    /// Text that gets no reading (kana, Latin, digits, punctuation, or a word the dictionary does not know).
    case text(String)
    /// Kanji and their reading in hiragana: `市役所` `しやくしょ`.
    case ruby(base: String, reading: String)

    /// What the piece reads as: its reading when it has one, else its text.
    public var spoken: String {
        switch self {
        case .text(let text): text
        case .ruby(_, let reading): reading
        }
    }

    /// The piece as written.
    public var written: String {
        switch self {
        case .text(let text): text
        case .ruby(let base, _): base
        }
    }
}

extension [FuriganaPiece] {
    /// The pieces with neighbouring texts joined, and empty ones left out.
    func joiningTexts() -> [FuriganaPiece] {
        var joined: [FuriganaPiece] = []
        for piece in self {
            if case .text(let text) = piece {
                if text.isEmpty { continue }
                if case .text(let before) = joined.last {
                    joined[joined.count - 1] = .text(before + text)
                    continue
                }
            }
            joined.append(piece)
        }
        return joined
    }
}
