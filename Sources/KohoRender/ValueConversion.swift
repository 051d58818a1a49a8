import KohoContent
import KohoSite
import KohoTheme
import KohoTemplates
import KohoURL

/// Converts content values (images, social accounts, params, links) into template values.
struct ValueConversion {
    let links: LinkPolicy
    let labels: Labels
    /// The resized images, by the URL an image field resolves to (``Site/pictures``).
    var pictures: [String: Picture] = [:]
    /// The site's main language: an entry shown untranslated is in it (`language` of an entry's value).
    var rootLanguage = SiteConfig.defaultLanguage

    /// The language an entry's text is written in: its translation's, else the main language.
    func language(of file: EntryFile) -> TemplateValue {
        .string(file.language ?? rootLanguage)
    }

    /// A link written in content, made ready for an `href` by the link rule: a path is from the site's root
    /// (a field shows on many pages), and a scheme it drops (`javascript:`) leaves nothing.
    func link(_ written: String) -> String {
        links.resolve(written, scope: .siteRoot) ?? ""
    }

    /// An image field as `{src, alt, width, height, type, srcset, sources: [{type, srcset}]}`. For an image
    /// Koho resized, `src` is the fallback at its widest (never the original, which keeps its EXIF); for one
    /// published as written (SVG, GIF, another site's), `src` is its URL and the rest null or empty.
    func image(_ image: ContentImage?) -> TemplateValue {
        guard let image else { return .null }
        let url = link(image.src.value)
        guard let picture = pictures[url] else {
            // Published as written (SVG, GIF, a URL elsewhere): no size known, nothing to choose from.
            return .map(
                TemplateMap([
                    ("src", .string(url)), ("alt", .optional(image.alt)), ("width", .null), ("height", .null),
                    ("type", .null), ("srcset", .null), ("sources", .list([])),
                ]))
        }
        let sources = picture.sources.map {
            TemplateValue.map(TemplateMap([("type", .string($0.type)), ("srcset", .string($0.srcset))]))
        }
        return .map(
            TemplateMap([
                ("src", .string(picture.src)), ("alt", .optional(image.alt)), ("width", .int(picture.width)),
                ("height", .int(picture.height)), ("type", .string(picture.type)), ("srcset", .string(picture.srcset)),
                ("sources", .list(sources)),
            ]))
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
                        ("service", .string(account.service.rawValue)),
                        ("label", .string(labels.name(of: account.service))),
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
        case .date(let d): return .date(d)
        case .list(let items): return .list(items.map(value))
        case .map(let pairs): return params(pairs)
        }
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
