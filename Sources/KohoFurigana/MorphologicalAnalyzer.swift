internal import CMeCab
import Foundation

/// A word MeCab found in a text.
struct Morpheme: Sendable, Hashable {
    /// Where the word is in the text, in UTF-8 bytes.
    var bytes: Range<Int>
    /// Its reading in katakana as the dictionary has it; nil for a word the dictionary does not know.
    var reading: String?
    /// Whether the dictionary calls it a number (名詞,数): `8`, `三`.
    var isNumber: Bool
    /// Whether it is an adjectival noun (名詞,形容動詞語幹): 十分 じゅうぶん, not a number of minutes.
    var isAdjectivalNoun: Bool
}

/// MeCab with the IPA dictionary (Debian's `mecab-ipadic-utf8`), loaded once and shared by every thread.
///
/// MeCab's model is shared; a tagger and a lattice are not, so each analysis borrows a pair from a pool and
/// gives it back. The dictionary is mapped from disk, so loading it costs little.
final class MorphologicalAnalyzer: @unchecked Sendable {
    /// Where Debian puts the UTF-8 IPA dictionary. A named folder, not the system's default dictionary
    /// (`/var/lib/mecab/dic/debian` may be another one), so readings are the same on every machine.
    static let dictionaryFolders = ["/var/lib/mecab/dic/ipadic-utf8", "/usr/share/mecab/dic/ipadic-utf8"]

    /// The analyser every site shares, or why there is none.
    static let shared: Result<MorphologicalAnalyzer, FuriganaUnavailable> = {
        guard let folder = dictionaryFolders.first(where: { FileManager.default.fileExists(atPath: $0 + "/sys.dic") })
        else { return .failure(.noDictionary) }
        guard let analyzer = MorphologicalAnalyzer(dictionary: folder) else { return .failure(.dictionaryUnreadable(folder)) }
        return .success(analyzer)
    }()

    private let model: OpaquePointer
    private let lock = NSLock()
    private var idle: [(tagger: OpaquePointer, lattice: OpaquePointer)] = []

    /// The analyser over the dictionary in `folder`; nil when MeCab cannot load it.
    init?(dictionary folder: String) {
        // `-r /dev/null`: no resource file is read, the dictionary's own `dicrc` says everything.
        guard let model = mecab_model_new2("-r /dev/null -d \(folder)") else { return nil }
        self.model = model
    }

    deinit {
        for (tagger, lattice) in idle {
            mecab_lattice_destroy(lattice)
            mecab_destroy(tagger)
        }
        mecab_model_destroy(model)
    }

    /// The words of `text`, in order; empty when MeCab fails.
    func morphemes(of text: String) -> [Morpheme] {
        guard let worker = borrow() else { return [] }
        defer { giveBack(worker) }
        var utf8 = Array(text.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer -> [Morpheme] in
            guard let start = buffer.baseAddress else { return [] }
            return start.withMemoryRebound(to: CChar.self, capacity: buffer.count) { sentence in
                mecab_lattice_set_sentence2(worker.lattice, sentence, buffer.count - 1)
                guard mecab_parse_lattice(worker.tagger, worker.lattice) != 0 else { return [] }
                var found: [Morpheme] = []
                var node = mecab_lattice_get_bos_node(worker.lattice)
                while let current = node {
                    let word = current.pointee
                    node = word.next
                    guard word.stat == MECAB_NOR_NODE || word.stat == MECAB_UNK_NODE, let surface = word.surface
                    else { continue }
                    let offset = surface - sentence
                    let features = word.feature.map { String(cString: $0) } ?? ""
                    found.append(Self.morpheme(at: offset..<(offset + Int(word.length)), features: features))
                }
                return found
            }
        }
    }

    /// A word from MeCab's features: `名詞,一般,*,*,*,*,窓口,マドグチ,マドグチ` (part of speech, three
    /// sub-classes, conjugation, form, base form, reading, pronunciation).
    private static func morpheme(at bytes: Range<Int>, features: String) -> Morpheme {
        let fields = features.split(separator: ",", omittingEmptySubsequences: false)
        let reading = fields.count > 7 && fields[7] != "*" ? String(fields[7]) : nil
        return Morpheme(
            bytes: bytes, reading: reading,
            isNumber: fields.count > 1 && fields[0] == "名詞" && fields[1] == "数",
            isAdjectivalNoun: fields.count > 1 && fields[0] == "名詞" && fields[1] == "形容動詞語幹")
    }

    private func borrow() -> (tagger: OpaquePointer, lattice: OpaquePointer)? {
        if let worker = lock.withLock({ idle.popLast() }) { return worker }
        guard let tagger = mecab_model_new_tagger(model) else { return nil }
        guard let lattice = mecab_model_new_lattice(model) else {
            mecab_destroy(tagger)
            return nil
        }
        return (tagger, lattice)
    }

    private func giveBack(_ worker: (tagger: OpaquePointer, lattice: OpaquePointer)) {
        lock.withLock { idle.append(worker) }
    }
}

/// Why furigana cannot be made on this machine.
public enum FuriganaUnavailable: Error, Sendable, Hashable {
    /// MeCab's UTF-8 IPA dictionary is not installed.
    case noDictionary
    /// MeCab could not load the dictionary in this folder.
    case dictionaryUnreadable(String)
}
