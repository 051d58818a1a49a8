import KohoContent
import KohoSite
import KohoTemplates

/// Converts content values (images, social accounts, params, links) into template values.
struct ValueConversion {
    let urls: SiteURLs
    let labels: ServiceLabels

    /// A link written in content, made ready for an `href`: root-relative and relative paths get the site's
    /// base path, absolute `http(s)`/`mailto`/`tel` URLs stay, and any other scheme (`javascript:`) is dropped.
    func link(_ written: String) -> String {
        SafeLink.resolve(written, basePath: urls.basePath) ?? ""
    }

    func image(_ image: ContentImage?) -> TemplateValue {
        guard let image else { return .null }
        return .map(TemplateMap([("src", .string(link(image.src.value))), ("alt", .optional(image.alt))]))
    }

    /// `social` as a list of `{service, label, handle, url}`.
    func social(_ accounts: [SocialAccount]) -> TemplateValue {
        .list(
            accounts.compactMap { account in
                guard let profile = SocialProfile(service: account.service, written: account.value.value) else {
                    return nil
                }
                return .map(
                    TemplateMap([
                        ("service", .string(account.service)),
                        ("label", .string(labels.label(forService: account.service))),
                        ("handle", .string(profile.handle)), ("url", .string(profile.url)),
                    ]))
            })
    }

    func params(_ pairs: [ContentPair]) -> TemplateValue {
        .map(TemplateMap(pairs.map { ($0.key, value($0.value)) }))
    }

    func value(_ v: ContentValue) -> TemplateValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .date(let d): return .date(TemplateDate(d))
        case .list(let items): return .list(items.map(value))
        case .map(let pairs): return params(pairs)
        }
    }
}

/// Makes links from content safe and site-relative.
public enum SafeLink {
    /// The schemes a link may carry.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// `written` ready for an `href`, or nil when its scheme is not allowed (`javascript:`, `data:` …).
    public static func resolve(_ written: String, basePath: String) -> String? {
        let trimmed = written.trimmingWhitespace()
        if let scheme = scheme(of: trimmed) {
            return allowedSchemes.contains(scheme.lowercased()) ? trimmed : nil
        }
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("#") || trimmed.hasPrefix("?") { return trimmed }
        if trimmed.hasPrefix(basePath) { return trimmed }
        if trimmed.hasPrefix("/") { return basePath + trimmed.dropFirst() }
        return basePath + trimmed
    }

    /// The scheme of an absolute URL (`https`), or nil. Control characters and spaces browsers ignore inside a
    /// scheme are removed first, so `java\tscript:` is still seen as `javascript`.
    public static func scheme(of s: String) -> String? {
        var scheme = ""
        for scalar in s.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme }
            if scalar.value < 0x21 { continue }
            guard
                scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || scalar == "+" || scalar == "-" || scalar == "."
            else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace && $0.value >= 0x20 }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace && $0.value >= 0x20 })
        else { return "" }
        return String(scalars[start...end])
    }
}
