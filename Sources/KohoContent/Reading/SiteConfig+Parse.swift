import Foundation
import KohoDiagnostics
import KohoSocial
import KohoURL

extension SiteConfig {
    /// Reads site.yml's fields; `nil` when `title` or the base URL is missing or unusable. Also returns the
    /// site's time zone, which entries' dates need (UTC when absent or unknown).
    static func read(_ fields: inout FieldReader, baseURLOverride: String?) -> (SiteConfig?, TimeZone) {
        // The time zone first: dates anywhere in site.yml (even unknown fields) are in it.
        let (timezone, zone) = readTimeZone(&fields)
        fields.dates = DateResolver(timeZone: zone)
        let title = fields.string("title", required: true)
        let description = fields.string("description")?.value
        let baseURL = readBaseURL(&fields, override: baseURLOverride)
        let (language, languages) = readLanguages(&fields)
        let untranslated = readUntranslated(&fields)
        let theme = readTheme(&fields)
        let hashtags = fields.hashtags("hashtags")
        let share = readShare(&fields)
        let mastodonInstance = readHost(&fields, "mastodon_instance")
        // Only when listed on purpose: the default list has Mastodon too, and a later stage decides what then.
        if let listed = share.mastodonAt, mastodonInstance == nil {
            fields.warning(
                Message(.siteMastodonWithoutInstance), at: listed, hint: Message(.siteMastodonWithoutInstanceHint))
        }
        let organization = readOrganization(&fields)
        let feeds =
            fields.mapping("feeds") { feeds in
                let defaults = FeedSettings()
                return FeedSettings(
                    items: feeds.int("items", minimum: 1) ?? defaults.items,
                    fullContent: feeds.bool("full_content") ?? defaults.fullContent)
            } ?? FeedSettings()
        let pageSizes = fields.pageSizes("paginate")
        let markdown =
            fields.mapping("markdown") { markdown in
                MarkdownSettings(unsafeHTML: markdown.bool("unsafe_html") ?? false)
            } ?? MarkdownSettings()
        let furigana = fields.locatedBool("furigana")
        var shareImage = fields.image("share_image")
        if let written = shareImage, !written.isRaster {
            fields.error(
                Message(.siteShareImageNotRaster, ["path": .code(written.src.value)]), at: SourcePosition(line: written.src.location.line, column: written.src.location.column),
                hint: Message(.siteShareImageNotRasterHint))
            shareImage = nil
        }
        let params = fields.unknownFields(keep: true)
        guard let title, let baseURL else { return (nil, zone) }
        let config = SiteConfig(
            title: title.value, description: description, address: baseURL, language: language,
            timezone: timezone, theme: theme, hashtags: hashtags, share: share.targets,
            mastodonInstance: mastodonInstance, organization: organization, feeds: feeds, pageSizes: pageSizes,
            markdown: markdown, furigana: furigana, shareImage: shareImage, params: params, languages: languages,
            untranslated: untranslated)
        return (config, zone)
    }

    /// A further language's site file (`site.en.yml`): the settings that are words, in that language —
    /// `title`, `description`, `organization` — over site.yml's. Any other field is warned about and ignored:
    /// the address, languages and the rest are the site's, the same in every language.
    static func readLocalized(_ fields: inout FieldReader) -> LocalizedSettings {
        let settings = LocalizedSettings(
            title: fields.string("title")?.value, description: fields.string("description")?.value,
            organization: readOrganization(&fields))
        _ = fields.unknownFields(keep: false)
        return settings
    }

    // MARK: - Fields

    private static func readOrganization(_ fields: inout FieldReader) -> Organization? {
        fields.mapping("organization") { org -> Organization? in
            let name = org.string("name", required: true)
            let organization = Organization(
                name: name?.value ?? "", logo: org.string("logo")?.value, address: org.string("address")?.value,
                phone: org.phone("phone"), email: org.email("email"), social: org.social("social"))
            return name == nil ? nil : organization
        }
    }

    private static func readTimeZone(_ fields: inout FieldReader) -> (String, TimeZone) {
        let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current
        guard let written = fields.string("timezone") else { return ("UTC", utc) }
        let name = written.value
        // Only IANA names: Foundation also takes abbreviations like `JST`, whose meaning varies by country.
        let known = TimeZone.knownTimeZoneIdentifiers
        if known.contains(name) || name == "UTC", let zone = TimeZone(identifier: name) {
            return (name, zone)
        }
        // Suggest the zone whose city matches (`Tokyo` → `Asia/Tokyo`) before a spelling neighbour.
        let city = known.first {
            $0.lowercased().hasSuffix("/" + name.lowercased().replacingOccurrences(of: " ", with: "_"))
        }
        let rule = Message(.siteTimeZoneUnknownHint)
        let suggestion =
            city.map { Message(.suggestDidYouMean, ["name": .code($0)]) } ?? NameSuggester.didYouMean(name, in: known)
        fields.error(
            Message(.siteTimeZoneUnknown, ["name": .text(name)]), at: written.position,
            hint: suggestion.map { $0.followed(by: rule) } ?? rule)
        return ("UTC", utc)
    }

    private static func readBaseURL(_ fields: inout FieldReader, override: String?) -> SiteAddress? {
        let written = override == nil ? fields.string("base_url", required: true) : fields.string("base_url")
        var fromFile: SiteAddress?
        if let written {
            fromFile = SiteAddress(written.value)
            if fromFile == nil {
                fields.error(
                    Message(.siteBaseURLInvalid, ["written": .text(written.value)]), at: written.position,
                    hint: Message(.siteBaseURLInvalidHint))
            }
        }
        guard let override else { return fromFile }
        guard let url = SiteAddress(override) else {
            fields.append(
                Diagnostic(
                    at: nil, Message(.siteBaseURLOptionInvalid, ["written": .text(override)]),
                    hint: Message(.siteBaseURLInvalidHint)))
            return nil
        }
        return url
    }

    /// `language` and `languages`: the main language and every language, the main one first. `languages`
    /// names the main language by its first entry; `language`, when written too, must agree with it.
    private static func readLanguages(_ fields: inout FieldReader) -> (String, [String]?) {
        let single = fields.string("language")
        let language = single.flatMap { checkedLanguage(&fields, $0, listed: false) }
        guard let listNode = fields.writtenValue("languages") else { return (language ?? defaultLanguage, nil) }
        let written = fields.strings("languages")
        if written.isEmpty {
            if listNode.scalar != nil || listNode.isNull || listNode.items?.isEmpty == true {
                fields.error(Message(.fieldEmpty, ["field": fields.label("languages")]), at: listNode.position)
            }
            return (language ?? defaultLanguage, nil)
        }
        var languages: [String] = []
        var seen: Set<String> = []
        for item in written {
            guard let code = checkedLanguage(&fields, item, listed: true) else { continue }
            guard seen.insert(code.lowercased()).inserted else {
                fields.error(
                    Message(.languageListTwice, ["code": .text(code)]), at: item.position,
                    hint: Message(.languageListTwiceHint))
                continue
            }
            languages.append(code)
        }
        guard let first = languages.first else { return (language ?? defaultLanguage, nil) }
        if let single, let language, language != first {
            fields.error(
                Message(.languageListConflict, ["language": .text(language), "first": .text(first)]),
                at: single.position, hint: Message(.languageListConflictHint, ["language": .text(language)]))
        }
        return (first, languages)
    }

    /// `tag` when it is a usable language tag; nil, with an error at it, when it is not. `listed` says it is
    /// an item of `languages` rather than `language`, for the message.
    private static func checkedLanguage(_ fields: inout FieldReader, _ written: Located<String>, listed: Bool) -> String? {
        guard LanguageTagRule.isWellFormed(written.value) else {
            let hint =
                if let named = LanguageTagRule.language(named: written.value) {
                    Message(.suggestDidYouMean, ["name": .code(named)])
                } else if written.value.contains("_") {
                    Message(.languageUnderscoreHint, ["fixed": .text(written.value.replacingOccurrences(of: "_", with: "-"))])
                } else {
                    Message(.languageMalformedHint)
                }
            fields.error(
                Message(listed ? .languageListMalformed : .languageMalformed, ["written": .text(written.value)]),
                at: written.position, hint: hint)
            return nil
        }
        if let problem = LanguageTagRule.problem(with: written.value) {
            fields.error(
                Message(listed ? .languageListUnknown : .languageUnknown, ["problem": .message(problem.message)]),
                at: written.position,
                hint: problem.suggestion.map { Message(.suggestDidYouMean, ["name": .code($0)]) }
                    ?? Message(.languageMalformedHint))
            return nil
        }
        return written.value
    }

    /// `untranslated: fallback | omit`; `fallback` when absent.
    private static func readUntranslated(_ fields: inout FieldReader) -> UntranslatedEntries {
        guard let written = fields.string("untranslated") else { return .fallback }
        guard let choice = UntranslatedEntries(rawValue: written.value) else {
            fields.error(
                Message(.languageUntranslatedUnknown, ["written": .text(written.value)]), at: written.position,
                hint: Message(.languageUntranslatedUnknownHint))
            return .fallback
        }
        return choice
    }

    private static func readTheme(_ fields: inout FieldReader) -> String {
        guard let written = fields.string("theme") else { return "default" }
        if SlugRule.problem(with: written.value) != nil {
            fields.error(
                Message(.siteThemeInvalid, ["written": .text(written.value)]), at: written.position,
                hint: Message(.siteThemeInvalidHint))
            return "default"
        }
        return written.value
    }

    /// The share targets, and where `mastodon` is listed when it is.
    private static func readShare(_ fields: inout FieldReader) -> (targets: [ShareNetwork], mastodonAt: SourcePosition?)
    {
        guard fields.node("share") != nil else { return (ShareNetwork.allCases, nil) }
        let written = fields.strings("share")
        var mastodonAt: SourcePosition?
        let names = ShareNetwork.allCases.map(\.rawValue)
        let aliases = ["twitter": "x", "mail": "email", "hatenabookmark": "hatena", "hatena_bookmark": "hatena"]
        var targets: [ShareNetwork] = []
        for item in written {
            guard let target = ShareNetwork(rawValue: item.value) else {
                let known = Message(.siteShareUnknownHint, ["names": .list(names.map { .code($0) })])
                let near =
                    aliases[item.value.lowercased()].map { Message(.suggestDidYouMean, ["name": .code($0)]) }
                    ?? NameSuggester.didYouMean(item.value, in: names)
                fields.error(
                    Message(.siteShareUnknown, ["name": .text(item.value)]), at: item.position,
                    hint: near.map { $0.followed(by: known) } ?? known)
                continue
            }
            if targets.contains(target) {
                fields.error(
                    Message(.siteShareTwice, ["name": .text(item.value)]), at: item.position,
                    hint: Message(.siteShareTwiceHint))
                continue
            }
            targets.append(target)
            if target == .mastodon { mastodonAt = item.position }
        }
        return (targets, mastodonAt)
    }

    /// A host name (`mastodon.social`), without scheme or path.
    private static func readHost(_ fields: inout FieldReader, _ key: String) -> String? {
        guard let written = fields.string(key) else { return nil }
        let host = written.value
        guard HostName.isDomain(host) else {
            let hint =
                host.contains("://") || host.contains("/")
                ? Message(.siteHostWithSchemeHint) : Message(.siteHostInvalidHint)
            fields.error(
                Message(.siteHostInvalid, ["key": .text(key), "written": .text(host)]), at: written.position, hint: hint)
            return nil
        }
        return host.lowercased()
    }
}
