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
        var html = html
        return html.withUTF8 { firstOffset(of: openingBytes, in: $0, from: 0) != nil }
    }

    /// `html`, a rendered body, without the readings found for furigana: each `<ruby class="furigana">` is its
    /// kanji again. For feeds, whose readers have no switch to hide them; the author's rubies stay. One pass
    /// over the bytes.
    public static func removingFurigana(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String in
            guard var opening = firstOffset(of: openingBytes, in: bytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var position = 0
            while true {
                let baseStart = opening + openingBytes.count
                guard let middle = firstOffset(of: annotationBytes, in: bytes, from: baseStart),
                    let end = firstOffset(of: closingBytes, in: bytes, from: middle + annotationBytes.count)
                else { break }
                result.append(contentsOf: bytes[position..<opening])
                result.append(contentsOf: bytes[baseStart..<middle])
                position = end + closingBytes.count
                guard let next = firstOffset(of: openingBytes, in: bytes, from: position) else { break }
                opening = next
            }
            result.append(contentsOf: bytes[position...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static let openingBytes = Array(furiganaOpening.utf8)
    private static let annotationBytes = Array("<rp>(</rp><rt>".utf8)
    private static let closingBytes = Array("</rt><rp>)</rp></ruby>".utf8)

    /// Where `pattern` first occurs in `bytes` at or after `start`.
    private static func firstOffset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
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
