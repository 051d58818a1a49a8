/// How Markdown is turned into HTML for one site.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML in Markdown reaches the page. Off by default: staff edit their own profiles, and
    /// only the site (`markdown: {unsafe_html: true}`) may opt in. GFM's tag filter still applies when on.
    public var unsafeHTML: Bool
    /// The path of the site's `base_url` (`"/city/"`), put in front of root-relative links and images.
    public var basePath: String

    /// Options with raw HTML off and the site served from the domain's root unless told otherwise.
    public init(unsafeHTML: Bool = false, basePath: String = "/") {
        self.unsafeHTML = unsafeHTML
        self.basePath = basePath
    }
}
