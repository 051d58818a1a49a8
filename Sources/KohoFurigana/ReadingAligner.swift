/// Puts a word's reading over its kanji only: `取り扱い` read とりあつかい is 取 と, り, 扱 あつか, い — the
/// kana written in the word (okurigana) get no reading, as furigana are printed.
///
/// The word is cut into runs of kanji and runs of other characters; each run of kana must be found as it is
/// in the reading (katakana and hiragana alike), and each run of kanji takes at least one character of the
/// reading between them. When the runs cannot be matched that way the whole word gets the whole reading.
enum ReadingAligner {
    /// Words longer than this (in characters) get their reading whole rather than matched part by part.
    static let longestAligned = 48

    /// The pieces of `surface` read as `reading` (hiragana); no ruby when `surface` has no kanji.
    static func align(_ surface: String, reading: String) -> [FuriganaPiece] {
        guard JapaneseScript.hasKanji(surface), !reading.isEmpty else { return [.text(surface)] }
        let runs = Run.runs(of: surface)
        let spoken = Array(JapaneseScript.hiragana(reading).unicodeScalars)
        if runs.count == 1 { return [.ruby(base: surface, reading: String(String.UnicodeScalarView(spoken)))] }
        guard surface.unicodeScalars.count <= longestAligned,
            let cuts = { var matcher = Matcher(runs: runs, spoken: spoken); return matcher.match() }()
        else {
            return runs.allSatisfy({ $0.isKanji || $0.isKana })
                ? [.ruby(base: surface, reading: String(String.UnicodeScalarView(spoken)))] : [.text(surface)]
        }
        return zip(runs, cuts).map { run, cut in
            run.isKanji ? .ruby(base: run.text, reading: String(String.UnicodeScalarView(spoken[cut]))) : .text(run.text)
        }
    }

    /// A run of kanji, or of anything else.
    struct Run {
        var text: String
        var isKanji: Bool
        /// The run as it must appear in the reading (hiragana).
        var spoken: [Unicode.Scalar]
        var isKana: Bool { spoken.allSatisfy(JapaneseScript.isKana) }

        static func runs(of surface: String) -> [Run] {
            var runs: [Run] = []
            for scalar in surface.unicodeScalars {
                let kanji = JapaneseScript.isKanji(scalar)
                if let last = runs.last, last.isKanji == kanji {
                    runs[runs.count - 1].text.unicodeScalars.append(scalar)
                } else {
                    runs.append(Run(text: String(scalar), isKanji: kanji, spoken: []))
                }
            }
            for index in runs.indices where !runs[index].isKanji {
                runs[index].spoken = Array(JapaneseScript.hiragana(runs[index].text).unicodeScalars)
            }
            return runs
        }
    }

    /// Finds where each run's reading starts and ends, by backtracking over the kanji runs' lengths; a run
    /// and a position that failed once are not tried again, so the search is polynomial in the word's length.
    private struct Matcher {
        let runs: [Run]
        let spoken: [Unicode.Scalar]
        /// Runs and positions from which the rest cannot be matched.
        private var failed: Set<Int> = []

        init(runs: [Run], spoken: [Unicode.Scalar]) {
            self.runs = runs
            self.spoken = spoken
        }

        mutating func match() -> [Range<Int>]? {
            var cuts: [Range<Int>] = []
            return match(run: 0, at: 0, cuts: &cuts) ? cuts : nil
        }

        private mutating func match(run index: Int, at position: Int, cuts: inout [Range<Int>]) -> Bool {
            if index == runs.count { return position == spoken.count }
            let state = index * (spoken.count + 1) + position
            if failed.contains(state) { return false }
            if matchRun(index, at: position, cuts: &cuts) { return true }
            failed.insert(state)
            return false
        }

        private mutating func matchRun(_ index: Int, at position: Int, cuts: inout [Range<Int>]) -> Bool {
            let run = runs[index]
            if !run.isKanji {
                let end = position + run.spoken.count
                guard end <= spoken.count, Array(spoken[position..<end]) == run.spoken else { return false }
                cuts.append(position..<end)
                if match(run: index + 1, at: end, cuts: &cuts) { return true }
                cuts.removeLast()
                return false
            }
            // A kanji run reads as one character of the reading or more, leaving enough for the runs after.
            let needed = runs[(index + 1)...].reduce(0) { $0 + ($1.isKanji ? 1 : $1.spoken.count) }
            guard position + 1 <= spoken.count - needed else { return false }
            for end in (position + 1)...(spoken.count - needed) {
                cuts.append(position..<end)
                if match(run: index + 1, at: end, cuts: &cuts) { return true }
                cuts.removeLast()
            }
            return false
        }
    }
}
