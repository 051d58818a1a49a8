/// Names whose reading the site knows (staff members' `name` and `reading`), found in a text before the
/// dictionary is asked: a name's own reading wins over any guess (東海林 is しょうじ, not とうかいりん).
///
/// A name written with a space (`佐藤 花子`, read `さとう はなこ`) is found with the space, without it and
/// with a full-width space, each part with its own reading; its first part (the family name) is found
/// alone too when it has two characters or more and no other name gives it another reading. A name is found
/// only where no kanji comes just before it, so 佐藤 is not read inside 加佐藤.
struct NameReadings: Sendable {
    /// Each name as it may be written, and its pieces.
    private var forms: [[Unicode.Scalar]: [FuriganaPiece]] = [:]
    /// The lengths of the forms starting with each character, longest first: a name is looked for with one
    /// dictionary lookup per length, however many names share a first character.
    private var lengths: [Unicode.Scalar: [Int]] = [:]

    /// No names.
    init() {}

    /// The names of `pairs` (a name and its reading in kana); names without kanji, and readings with
    /// anything but kana and spaces, are left out.
    init(_ pairs: [(name: String, reading: String)]) {
        var found: [String: [FuriganaPiece]] = [:]
        var families: [String: Set<[FuriganaPiece]>] = [:]
        for (name, reading) in pairs {
            let nameParts = Self.parts(name)
            let readingParts = Self.parts(reading).map(JapaneseScript.hiragana)
            guard JapaneseScript.hasKanji(name), !readingParts.isEmpty,
                readingParts.allSatisfy({ $0.unicodeScalars.allSatisfy(JapaneseScript.isKana) })
            else { continue }
            guard nameParts.count == readingParts.count, nameParts.count > 1 else {
                let whole = nameParts.joined()
                found[whole] = ReadingAligner.align(whole, reading: readingParts.joined())
                continue
            }
            let partPieces = zip(nameParts, readingParts).map { ReadingAligner.align($0, reading: $1) }
            for space in ["", " ", "\u{3000}"] {
                found[nameParts.joined(separator: space)] = Array(partPieces.joined(separator: [.text(space)]))
            }
            if nameParts[0].count >= 2 { families[nameParts[0], default: []].insert(partPieces[0]) }
        }
        for (family, readings) in families where readings.count == 1 && found[family] == nil {
            found[family] = readings.first
        }
        for (written, pieces) in found {
            let scalars = Array(written.unicodeScalars)
            guard let first = scalars.first else { continue }
            forms[scalars] = pieces.joiningTexts()
            lengths[first, default: []].append(scalars.count)
        }
        for key in lengths.keys {
            lengths[key] = Array(Set(lengths[key] ?? [])).sorted(by: >)
        }
    }

    /// Whether no name is known.
    var isEmpty: Bool { forms.isEmpty }

    /// The longest name starting at `index` of `scalars` within `limit`, as its length and pieces.
    func name(in scalars: [Unicode.Scalar], at index: Int, before limit: Int) -> (length: Int, pieces: [FuriganaPiece])? {
        guard let candidates = lengths[scalars[index]] else { return nil }
        if index > 0, JapaneseScript.isKanji(scalars[index - 1]) { return nil }
        for length in candidates where index + length <= limit {
            if let pieces = forms[Array(scalars[index..<(index + length)])] { return (length, pieces) }
        }
        return nil
    }

    /// `text` cut at spaces (half- and full-width).
    private static func parts(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
    }
}
