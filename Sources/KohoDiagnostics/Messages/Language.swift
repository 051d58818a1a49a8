/// The languages Koho speaks to people in: the catalogue has one table for each.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case japanese = "ja"
    case english = "en"

    /// The catalogue's language for a BCP 47 tag or a POSIX locale (`ja`, `ja-JP`, `ja_JP.UTF-8`); English
    /// for every language without a table of its own; nil for an empty value or the POSIX `C` locale.
    public init?(tag: String) {
        let primary = tag.prefix { $0.isLetter }.lowercased()
        switch primary {
        case "": return nil
        case "c" where tag == "C" || tag.hasPrefix("C."): return nil
        case "posix": return nil
        case "ja": self = .japanese
        default: self = .english
        }
    }

    /// The language to speak in, first found of: the `--lang` option, `KOHO_LANG`, the site's own
    /// `language` (site.yml), `LC_ALL`, `LC_MESSAGES`, `LANG`; English when none is set.
    ///
    /// The site's language comes before the environment's: staff of a Japanese office read Japanese
    /// even when the CI machine's locale is `C.UTF-8`.
    public static func choose(option: String?, environment: [String: String], site: String?) -> Language {
        let candidates = [option, environment["KOHO_LANG"], site, environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
        for candidate in candidates {
            if let candidate, let language = Language(tag: candidate) { return language }
        }
        return .english
    }

    /// What separates the items of a list.
    var listSeparator: String {
        switch self {
        case .japanese: return "、"
        case .english: return ", "
        }
    }
}
