public import KohoContent
public import KohoMarkdown
import KohoSocial
import KohoURL

extension SiteRoutes {
    /// The one Markdown configuration of a site, for bodies and for the `markdown` template filter alike:
    /// raw HTML as site.yml says, links by the site's rule, hashtags linked to their tag pages — every one
    /// in a body (each gets a page), only those whose page exists when `tagExists` says so.
    public func markdownOptions(
        _ config: SiteConfig, tagExists: (@Sendable (String) -> Bool)? = nil
    ) -> MarkdownOptions {
        let routes = self
        return MarkdownOptions(
            unsafeHTML: config.markdown.unsafeHTML, links: LinkPolicy(address: address),
            tagURL: { tag in
                guard tagExists?(tag.key) ?? true else { return nil }
                return routes.entry(.tag, tag.key).url
            })
    }
}
