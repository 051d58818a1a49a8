public import KohoSite
public import KohoSocial

/// What Koho itself writes into pages and feeds — list page titles, feed descriptions, the names of share
/// networks and social services — in the site's language, from the theme's i18n (`labels:`), so a theme
/// or a translation changes them where it changes everything else.
public struct Labels: Sendable {
    /// The group the strings live in, in an i18n file: `labels.title.staff-list`.
    public static let prefix = "labels."

    /// Flattened keys (`labels.service.x`) to text.
    let strings: [String: String]

    public init(strings: [String: String]) {
        self.strings = strings
    }

    /// The title of a page of `kind` that has no title of its own (`staff-list` → 職員紹介).
    public func title(of kind: PageKind) -> String {
        string("title." + kind.rawValue) ?? kind.rawValue
    }

    /// The name of a share network (はてなブックマーク).
    public func name(of network: ShareNetwork) -> String {
        string("service." + network.rawValue) ?? network.rawValue
    }

    /// The name of a social service (ブログ).
    public func name(of service: SocialService) -> String {
        string("service." + service.rawValue) ?? service.rawValue
    }

    /// The description of a feed of `owner`'s posts (`staff`, `department`, `tag`) named `name`.
    public func feedDescription(_ owner: PageKind, name: String) -> String {
        (string("feed." + owner.rawValue) ?? "{0}").replacing("{0}", with: name)
    }

    /// What a kana index calls the row of names that start with no kana (Latin letters, digits, kanji).
    public var otherKanaRow: String {
        string("index.other") ?? "Other"
    }

    private func string(_ key: String) -> String? {
        strings[Self.prefix + key]
    }
}
