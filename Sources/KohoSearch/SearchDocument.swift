/// One result the search page can show, and the text it is found by.
public struct SearchDocument: Sendable, Hashable {
    /// What kind of entry it is; the search page groups results by it.
    public enum Kind: String, Sendable, Hashable {
        case staff
        case department
        case post
        case page
    }

    /// How much a match in a field counts (the index's two-bit field class): a token's class in a document
    /// is the most important field it occurs in.
    public enum FieldClass: UInt8, Sendable, Hashable, Comparable {
        /// Body text.
        case body = 0
        /// Role, department names, summary, description, topics, hashtags, services, contact.
        case related = 1
        /// Reading, `name_en`, romaji of the reading.
        case reading = 2
        /// Name or title.
        case name = 3

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// A piece of text the document is found by, and how much a match in it counts.
    public struct Field: Sendable, Hashable {
        public var text: String
        public var fieldClass: FieldClass

        public init(_ text: String, _ fieldClass: FieldClass) {
            self.text = text
            self.fieldClass = fieldClass
        }
    }

    public var kind: Kind
    /// Root-relative, with the base path (`/city/staff/sato/`).
    public var url: String
    /// The name or title.
    public var title: String
    /// The name's reading in kana, when it has one.
    public var reading: String?
    /// One line under the title: a staff member's role and departments, a department's summary, a post's
    /// date, a page's description.
    public var subtitle: String?
    /// At most 120 characters of plain text: the summary or the body's start.
    public var excerpt: String?
    /// Everything the document is found by.
    public var fields: [Field]
    /// Its hashtags as written (`南区防災`, without `#`): each is also indexed whole
    /// (``SearchTokenizer/tagToken(_:)``, class `.related`), so `#南区防災` finds what carries that tag and
    /// not what has its characters apart.
    public var tags: [String] = []

    public init(
        kind: Kind, url: String, title: String, reading: String? = nil, subtitle: String? = nil,
        excerpt: String? = nil, fields: [Field] = []
    ) {
        self.kind = kind
        self.url = url
        self.title = title
        self.reading = reading
        self.subtitle = subtitle
        self.excerpt = excerpt
        self.fields = fields
    }

    /// Adds `text` as a field of `fieldClass`, when there is any.
    public mutating func add(_ text: String?, _ fieldClass: FieldClass) {
        guard let text, !text.isEmpty else { return }
        fields.append(Field(text, fieldClass))
    }

    /// Adds hashtags as written (without `#`): their text as a field of class `.related`, and each whole in
    /// ``tags``.
    public mutating func addHashtags(_ names: [String]) {
        tags += names
        add(names.joined(separator: "\n"), .related)
    }

    /// Adds a kana reading and its romaji (``Romaji``), both of class `.reading`.
    public mutating func addReading(_ reading: String?) {
        guard let reading, !reading.isEmpty else { return }
        fields.append(Field(reading, .reading))
        let romaji = Romaji.spellings(of: reading)
        if !romaji.isEmpty { fields.append(Field(romaji.joined(separator: " "), .reading)) }
    }
}
