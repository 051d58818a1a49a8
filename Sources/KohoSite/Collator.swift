import CICU
import Foundation

/// ICU's collation: the order of texts in a dictionary, made into byte keys that compare as the texts do.
///
/// ``japanese`` is the one collator for every list Koho sorts by name (staff, departments, tags): ICU's `ja`
/// collation (JIS X 4061: seion < dakuon < handakuon, small kana with their large ones, ー and ゝ/ヽ as the
/// kana they lengthen or repeat, katakana = hiragana at the first level), with kana reordered before Latin
/// letters and compared to the fourth level, where hiragana precedes katakana (`ja-u-kr-kana-latn-ks-level4`);
/// kanji, which ICU puts after both, stay there. Texts still equal (カ and half-width ｶ) fall to the caller's tiebreak.
public final class Collator: @unchecked Sendable {
    /// The BCP 47 tag of ``japanese``.
    public static let japaneseLocale = "ja-u-kr-kana-latn-ks-level4"

    /// The collator for names and their readings.
    public static let japanese = Collator(locale: japaneseLocale)

    /// The version of the ICU library Koho collates with ("72.1").
    public static var icuVersion: String { String(cString: koho_icu_version()) }

    /// ICU's collator; `ucol_getSortKey` on one collator from several threads is guarded by `lock`.
    private let collator: OpaquePointer
    private let lock = NSLock()

    /// Opens ICU's collator for `locale`. ICU's data (libicu) holds every locale Koho names, so a failure is a
    /// broken installation, not something a site can cause.
    public init(locale: String) {
        var status: Int32 = 0
        guard let opened = koho_collator_open(locale, &status) else {
            fatalError("ICU \(Collator.icuVersion) could not open the collator for \(locale) (UErrorCode \(status))")
        }
        collator = opened
    }

    deinit { koho_collator_close(collator) }

    /// The sort key of `text`: two keys compare (byte by byte) as their texts collate.
    public func key(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            lock.lock()
            defer { lock.unlock() }
            let length = Int32(clamping: buffer.count)
            // Most keys fit in this; a longer one is asked for again with the length ICU gave.
            var capacity = buffer.count * 4 + 16
            while true {
                var needed = 0
                let key = [UInt8](unsafeUninitializedCapacity: capacity) { bytes, count in
                    needed = Int(
                        koho_collator_sort_key(
                            collator, buffer.baseAddress, length, bytes.baseAddress, Int32(clamping: capacity)))
                    count = needed <= capacity ? needed : 0
                }
                if needed <= capacity { return key }
                capacity = needed
            }
        }
    }
}
