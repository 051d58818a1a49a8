public import KohoDiagnostics
public import KohoSocial

/// The result of rendering one Markdown body: its HTML and what the site needs to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML, safe to put in a page as is.
    public var html: String
    /// The headings, in document order, with the ids their HTML carries.
    public var headings: [MarkdownHeading]
    /// Every link and image, in document order, including the ones removed as unsafe.
    public var links: [MarkdownLink]
    /// The text without markup, whitespace collapsed to single spaces; for descriptions and summaries.
    public var plainText: String
    /// The hashtags linked in the text, in the order first written, each once (compared case-insensitively);
    /// empty unless ``MarkdownOptions/tagURL`` is set.
    public var hashtags: [Hashtag]
    /// What kept the text from being rendered as written (tables too large to parse); the HTML is then a
    /// rendering without tables, and a build must report these.
    public var errors: [MarkdownError]

    /// A rendering made of its parts.
    public init(
        html: String, headings: [MarkdownHeading], links: [MarkdownLink], plainText: String, hashtags: [Hashtag] = [],
        errors: [MarkdownError] = []
    ) {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
        self.hashtags = hashtags
        self.errors = errors
    }
}

extension RenderedMarkdown {
    /// How a reading found for furigana opens in the HTML: a theme shows or hides `ruby.furigana` (readings
    /// written by the author are plain `<ruby>` and always shown).
    public static let furiganaOpening = "<ruby class=\"furigana\">"

    /// Whether `html`, a rendered body, has readings found for furigana.
    public static func hasFurigana(_ html: String) -> Bool {
        html.contains(furiganaOpening)
    }

    /// `html`, a rendered body, without the readings found for furigana: each `<ruby class="furigana">` is its
    /// kanji again. For feeds, whose readers have no switch to hide them; the author's rubies stay.
    public static func removingFurigana(_ html: String) -> String {
        guard hasFurigana(html) else { return html }
        let annotation = "<rp>(</rp><rt>"
        let closing = "</rt><rp>)</rp></ruby>"
        var result = ""
        var rest = html[...]
        while let opening = rest.range(of: furiganaOpening),
            let middle = rest[opening.upperBound...].range(of: annotation),
            let end = rest[middle.upperBound...].range(of: closing)
        {
            result += rest[..<opening.lowerBound]
            result += rest[opening.upperBound..<middle.lowerBound]
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}

/// A heading of a rendered document.
public struct MarkdownHeading: Sendable, Hashable {
    /// The level, 1 (`#`) to 6.
    public var level: Int
    /// The `id` attribute of the heading, unique within its document, so pages can link to the section.
    public var id: String
    /// The heading's text without markup.
    public var text: String

    /// A heading made of its parts.
    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// A link or image of a rendered document, as written and as rendered.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as the author wrote it (entities and escapes decoded; a reference's definition).
    public var destination: String
    /// The URL in the HTML after base-path rewriting; `nil` when the link was removed as unsafe
    /// (`javascript:`, `vbscript:`, `data:`) and only its text was kept.
    public var url: String?
    /// Whether this is an image rather than a link.
    public var isImage: Bool
    /// The link's text, or the image's alt text, without markup.
    public var text: String
    /// Where the link starts: line in the whole file (front matter included), column in Unicode scalars.
    public var position: SourcePosition

    /// A link made of its parts.
    public init(destination: String, url: String?, isImage: Bool, text: String, position: SourcePosition) {
        self.destination = destination
        self.url = url
        self.isImage = isImage
        self.text = text
        self.position = position
    }

    /// Whether the link was removed from the HTML because its scheme can run script.
    public var isRemoved: Bool { url == nil }
}
