/// How Markdown is turned into HTML for one site.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML in Markdown reaches the page. Off by default: staff edit their own profiles, and
    /// only the site (`markdown: {unsafe_html: true}`) may opt in. GFM's tag filter still applies when on.
    public var unsafeHTML: Bool
    /// The path of the site's `base_url` (`"/city/"`), put in front of root-relative links and images.
    public var basePath: String
    /// The site-root-relative folder of tag pages (`"/tags/"`): a hashtag written in the text (`#桜`) becomes
    /// a link to `<hashtagPath><tag, case-folded and percent-encoded>/`, moved under ``basePath`` like any
    /// root-relative link. `nil` leaves hashtags as text.
    public var hashtagPath: String?

    /// Options with raw HTML off, the site served from the domain's root and hashtags left as text unless
    /// told otherwise.
    public init(unsafeHTML: Bool = false, basePath: String = "/", hashtagPath: String? = nil) {
        self.unsafeHTML = unsafeHTML
        self.basePath = basePath
        self.hashtagPath = hashtagPath
    }
}
