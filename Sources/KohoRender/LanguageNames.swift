import Foundation

/// What a language switcher calls each language: its own name in itself (`日本語`, `English`), as ICU has
/// it, so a reader finds their language whatever the page's; and the Open Graph locale of a language.
enum LanguageNames {
    /// The language's name in itself (`ja` → `日本語`, `en` → `English`, `zh-Hant` → `中文（繁體）`); the code
    /// itself when ICU knows no name.
    static func name(of code: String) -> String {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forIdentifier: code), !name.isEmpty else { return code }
        // ICU writes a language's name in lower case where the language does (`français`); a menu item starts
        // with a capital, as browsers' own language menus do.
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }

    /// The Open Graph locale (`og:locale`): language and territory joined by `_` (`ja_JP`, `en_US`); a tag
    /// without a region gets the region the language is most spoken in, as the built-in theme always did for
    /// `ja` and `en`.
    static func openGraphLocale(of code: String) -> String {
        switch code {
        case "ja": return "ja_JP"
        case "en": return "en_US"
        default: return code.replacingOccurrences(of: "-", with: "_")
        }
    }
}
