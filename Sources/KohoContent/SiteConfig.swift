public import KohoSocial
public import KohoURL

/// The settings in `site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// Where the site is published (`https://example.jp/city/`): origin and base path.
    public var address: SiteAddress
    /// Absolute, with a trailing slash (`https://example.jp/city/`).
    public var baseURL: String { address.baseURL }
    /// BCP 47 (`ja`, `en`); `ja` when absent. The language of the pages being made: the main language
    /// (``rootLanguage``) in site.yml's own settings, each further language in ``inLanguage(_:)``'s copy.
    public var language: String
    /// `languages`: every language the site is published in, the main one (at the root) first; only
    /// ``language`` when site.yml does not list them.
    public var languages: [String]
    /// `untranslated`: what a further language shows for an entry that has no translation into it.
    public var untranslated: UntranslatedEntries
    /// Each further language's own words for the site (`site.en.yml`), by language.
    public var localized: [String: LocalizedSettings] = [:]
    /// The language of a site whose site.yml names none: Koho is made for Japanese offices.
    public static let defaultLanguage = "ja"
    /// IANA name (`Asia/Tokyo`); `UTC` when absent.
    public var timezone: String
    /// The theme's folder name under `themes/`; `default` (built into koho) when absent.
    public var theme: String
    public var hashtags: [Located<String>]
    /// Share targets in order; all of ``ShareNetwork/allCases`` when absent.
    public var share: [ShareNetwork]
    public var mastodonInstance: String?
    public var organization: Organization?
    public var feeds: FeedSettings
    /// `paginate`: items per page of the lists site.yml names (`paginate: 10` names the post list), over the
    /// theme's own sizes; see ``PageSizes/resolved(site:theme:)``.
    public var pageSizes: PageSizes
    public var markdown: MarkdownSettings
    /// `furigana: true`: kanji in bodies get their readings as `<ruby>` (an entry's own `furigana` wins);
    /// nil when site.yml does not say, which is off.
    public var furigana: Located<Bool>?
    /// `share_image`: the raster picture a shared link shows when its page has neither its own image nor a
    /// share card (list pages, tags, free pages). Always raster: site.yml is refused otherwise.
    public var shareImage: ContentImage?
    /// Fields Koho does not know, kept for `site.params`.
    public var params: [ContentPair]

    public init(
        title: String, description: String? = nil, address: SiteAddress, language: String = SiteConfig.defaultLanguage,
        timezone: String = "UTC", theme: String = "default", hashtags: [Located<String>] = [],
        share: [ShareNetwork] = ShareNetwork.allCases, mastodonInstance: String? = nil,
        organization: Organization? = nil, feeds: FeedSettings = FeedSettings(), pageSizes: PageSizes = PageSizes(),
        markdown: MarkdownSettings = MarkdownSettings(), furigana: Located<Bool>? = nil, shareImage: ContentImage? = nil,
        params: [ContentPair] = [], languages: [String]? = nil, untranslated: UntranslatedEntries = .fallback
    ) {
        self.languages = languages ?? [language]
        self.untranslated = untranslated
        self.shareImage = shareImage
        self.title = title
        self.description = description
        self.address = address
        self.language = language
        self.timezone = timezone
        self.theme = theme
        self.hashtags = hashtags
        self.share = share
        self.mastodonInstance = mastodonInstance
        self.organization = organization
        self.feeds = feeds
        self.pageSizes = pageSizes
        self.markdown = markdown
        self.furigana = furigana
        self.params = params
    }
}

extension SiteConfig {
    /// The site's main language: the first of ``languages``, whose pages are at the site's root.
    public var rootLanguage: String { languages.first ?? language }

    /// The folder the pages of ``language`` live in (`en` for `/en/…`), or nil for the main language, whose
    /// pages are at the root.
    public var languageFolder: String? { language == rootLanguage ? nil : language }

    /// Whether the site is published in more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// These settings for the pages of `language` (one of ``languages``): the same site, another language.
    public func inLanguage(_ language: String) -> SiteConfig {
        var config = self
        config.language = language
        if let words = localized[language] {
            config.title = words.title ?? title
            config.description = words.description ?? description
            config.organization = words.organization ?? organization
        }
        return config
    }
}

/// A further language's words for the site, from `site.<language>.yml` (`site.en.yml`); nil where
/// site.yml's are kept.
public struct LocalizedSettings: Sendable {
    public var title: String?
    public var description: String?
    public var organization: Organization?

    public init(title: String? = nil, description: String? = nil, organization: Organization? = nil) {
        self.title = title
        self.description = description
        self.organization = organization
    }
}

/// `untranslated:` in site.yml: what a further language shows for an entry with no translation into it.
public enum UntranslatedEntries: String, Sendable, CaseIterable {
    /// The entry in the main language, its text marked with that language (`lang`): every page exists in
    /// every language. The default.
    case fallback
    /// Left out: a further language lists only what was translated into it.
    case omit
}

/// The office itself (`organization:` in site.yml).
public struct Organization: Sendable {
    public var name: String
    public var logo: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var social: [SocialAccount]

    public init(
        name: String, logo: String? = nil, address: String? = nil, phone: String? = nil, email: String? = nil,
        social: [SocialAccount] = []
    ) {
        self.name = name
        self.logo = logo
        self.address = address
        self.phone = phone
        self.email = email
        self.social = social
    }
}

/// `feeds:` in site.yml.
public struct FeedSettings: Sendable, Hashable {
    /// Items per feed; 20 when absent.
    public var items: Int
    /// Whole post bodies in feeds (true) or summaries only.
    public var fullContent: Bool

    public init(items: Int = 20, fullContent: Bool = true) {
        self.items = items
        self.fullContent = fullContent
    }
}

/// `markdown:` in site.yml.
public struct MarkdownSettings: Sendable, Hashable {
    /// Raw HTML in Markdown is passed through only when the site turns this on.
    public var unsafeHTML: Bool

    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}

/// Everything loaded from a site's files, typed and validated entry by entry (references between entries are
/// checked by the site stage).
public struct LoadedContent: Sendable {
    public var site: SiteConfig
    public var staff: [StaffEntry]
    public var departments: [DepartmentEntry]
    public var posts: [PostEntry]
    public var pages: [PageEntry]
    /// The translations read (`sato.en.md`), by language and then by the path of the entry's own file;
    /// ``inLanguage(_:)`` puts them in place.
    var translations: [String: [String: AnyEntry]] = [:]

    public init(
        site: SiteConfig, staff: [StaffEntry] = [], departments: [DepartmentEntry] = [], posts: [PostEntry] = [],
        pages: [PageEntry] = []
    ) {
        self.site = site
        self.staff = staff
        self.departments = departments
        self.posts = posts
        self.pages = pages
    }
}
