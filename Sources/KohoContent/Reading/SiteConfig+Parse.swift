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
        let language = readLanguage(&fields)
        let theme = readTheme(&fields)
        let hashtags = fields.hashtags("hashtags")
        let share = readShare(&fields)
        let mastodonInstance = readHost(&fields, "mastodon_instance")
        // Only when listed on purpose: the default list has Mastodon too, and a later stage decides what then.
        if let listed = share.mastodonAt, mastodonInstance == nil {
            fields.warning(
                Message(.siteMastodonWithoutInstance), at: listed, hint: Message(.siteMastodonWithoutInstanceHint))
        }
        let organization = fields.mapping("organization") { org -> Organization? in
            let name = org.string("name", required: true)
            let organization = Organization(
                name: name?.value ?? "", logo: org.string("logo")?.value, address: org.string("address")?.value,
                phone: org.phone("phone"), email: org.email("email"), social: org.social("social"))
            return name == nil ? nil : organization
        }
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
            markdown: markdown, furigana: furigana, shareImage: shareImage, params: params)
        return (config, zone)
    }

    // MARK: - Fields

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

    private static func readLanguage(_ fields: inout FieldReader) -> String {
        guard let written = fields.string("language") else { return defaultLanguage }
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
                Message(.languageMalformed, ["written": .text(written.value)]), at: written.position, hint: hint)
            return defaultLanguage
        }
        if let problem = LanguageTagRule.problem(with: written.value) {
            fields.error(
                Message(.languageUnknown, ["problem": .message(problem.message)]), at: written.position,
                hint: problem.suggestion.map { Message(.suggestDidYouMean, ["name": .code($0)]) }
                    ?? Message(.languageMalformedHint))
            return defaultLanguage
        }
        return written.value
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
