public import KohoFurigana
public import KohoSocial
public import KohoURL

/// How Markdown is turned into HTML for one site.
public struct MarkdownOptions: Sendable {
    /// Whether raw HTML in Markdown reaches the page. Off by default: staff edit their own profiles, and
    /// only the site (`markdown: {unsafe_html: true}`) may opt in. GFM's tag filter still applies when on.
    public var unsafeHTML: Bool
    /// The site's link rule: which links and images are kept, and the base path root-relative ones get.
    public var links: LinkPolicy
    /// The URL of a hashtag's tag page: a hashtag written in the text (`#桜`) becomes a link to it, or stays
    /// text when it returns nil. No function leaves every hashtag as text.
    public var tagURL: (@Sendable (Hashtag) -> String?)?
    /// What gives kanji their readings in the bodies rendered with furigana (see
    /// ``MarkdownRenderer/render(_:lineOffset:furigana:)``); nil when no body has them.
    public var furigana: FuriganaAnnotator?

    /// Options with raw HTML off, the site at the root of `localhost`, hashtags left as text and no furigana
    /// unless told otherwise.
    public init(
        unsafeHTML: Bool = false, links: LinkPolicy = LinkPolicy(address: .localhost),
        tagURL: (@Sendable (Hashtag) -> String?)? = nil, furigana: FuriganaAnnotator? = nil
    ) {
        self.unsafeHTML = unsafeHTML
        self.links = links
        self.tagURL = tagURL
        self.furigana = furigana
    }
}
