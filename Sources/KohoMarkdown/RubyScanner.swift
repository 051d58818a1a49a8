/// Finds ruby written in a run of text: `{漢字|かんじ}` gives the whole base one reading, and
/// `{漢字|かん|じ}` gives each character of the base its own.
///
/// A ruby starts at `{` and ends at the next `}`, with at least one `|` between; the part before the first
/// `|` is the base and each part after one is a reading. Braces without a `|` between them (`{x}`) are
/// text. With several readings, they go on the base's characters one by one, and the last one covers the
/// characters left: `{東京都|とう|きょうと}` reads 東 とう and 京都 きょうと. A ruby that cannot be read
/// that way is a ``Problem`` and stays text.
public enum RubyScanner {
    /// One ruby found in the text.
    struct Ruby: Equatable {
        /// The parts of the base, each with its reading; one part for a whole-base reading.
        var pairs: [(base: String, reading: String)]
        /// The ruby as written, braces included.
        var source: String
        /// Whether the reading was found by ``FuriganaAnnotator`` rather than written by the author.
        var isFurigana = false
        /// The base, whole: what the ruby reads as in plain text.
        var base: String { pairs.map(\.base).joined() }

        static func == (lhs: Ruby, rhs: Ruby) -> Bool {
            lhs.source == rhs.source
                && lhs.pairs.elementsEqual(rhs.pairs) { $0.base == $1.base && $0.reading == $1.reading }
        }
    }

    /// Why braces with a `|` are not a ruby.
    public enum Problem: Sendable, Hashable {
        /// Nothing before the first `|`: `{|かんじ}`.
        case emptyBase
        /// Nothing after a `|`: `{漢字|}`, `{漢字|かん|}`.
        case emptyReading
        /// More readings than the base has characters: `{漢字|か|ん|じ}`.
        case tooManyReadings(readings: Int, characters: Int)
        /// No `}` after `{…|` in the same run of text.
        case unclosed
    }

    /// A part of the scanned text.
    enum Piece: Equatable {
        /// Text as written.
        case text(String)
        /// A ruby.
        case ruby(Ruby)
        /// Braces with a `|` that are not a ruby, kept as text; `source` is the text from the `{` to the
        /// `}` or the end.
        case problem(Problem, source: String)
    }

    /// Whether `text` may hold a ruby or a problem with one: it has a `{` and a `|`.
    static func mayContainRuby(_ text: String) -> Bool {
        var sawBrace = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") {
                sawBrace = true
            } else if byte == UInt8(ascii: "|"), sawBrace {
                return true
            }
        }
        return false
    }

    /// `text` cut into text, rubies and problems, in order; adjacent text is one piece.
    static func scan(_ text: String) -> [Piece] {
        let characters = Array(text)
        var pieces: [Piece] = []
        var pending = ""
        func flush() {
            if !pending.isEmpty { pieces.append(.text(pending)) }
            pending = ""
        }
        var index = 0
        while index < characters.count {
            guard characters[index] == "{" else {
                pending.append(characters[index])
                index += 1
                continue
            }
            // From this `{` to the next brace.
            var end = index + 1
            var sawBar = false
            while end < characters.count, characters[end] != "{", characters[end] != "}" {
                if characters[end] == "|" { sawBar = true }
                end += 1
            }
            let closed = end < characters.count && characters[end] == "}"
            if !sawBar {
                // `{x}` or a lone `{`: text; a `{` found next starts again there.
                let stop = closed ? end + 1 : end
                pending.append(contentsOf: characters[index..<stop])
                index = stop
                continue
            }
            guard closed else {
                flush()
                pieces.append(.problem(.unclosed, source: String(characters[index..<end])))
                index = end
                continue
            }
            let inside = String(characters[(index + 1)..<end])
            let source = String(characters[index...end])
            flush()
            switch ruby(inside, source: source) {
            case .success(let ruby): pieces.append(.ruby(ruby))
            case .failure(let problem): pieces.append(.problem(problem.problem, source: source))
            }
            index = end + 1
        }
        flush()
        return pieces
    }

    /// A ``Problem`` as an `Error`, for `Result`.
    private struct Failure: Error {
        var problem: Problem
    }

    /// The ruby written `inside` the braces (`漢字|かんじ`), which has a `|`.
    private static func ruby(_ inside: String, source: String) -> Result<Ruby, Failure> {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let base = parts.first, !base.isEmpty else { return .failure(Failure(problem: .emptyBase)) }
        let readings = parts.dropFirst()
        guard readings.allSatisfy({ !$0.isEmpty }) else { return .failure(Failure(problem: .emptyReading)) }
        guard readings.count > 1 else { return .success(Ruby(pairs: [(base, readings[1])], source: source)) }
        let characters = Array(base)
        guard readings.count <= characters.count else {
            return .failure(Failure(problem: .tooManyReadings(readings: readings.count, characters: characters.count)))
        }
        var pairs: [(base: String, reading: String)] = []
        for (offset, reading) in readings.enumerated() {
            let isLast = offset == readings.count - 1
            pairs.append((isLast ? String(characters[offset...]) : String(characters[offset]), reading))
        }
        return .success(Ruby(pairs: pairs, source: source))
    }
}
