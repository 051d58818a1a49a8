public import KohoDiagnostics
public import KohoDates
public import KohoSocial

// The typed entries of a site, as loaded from its files, before references between them are resolved.
// Every value a person wrote keeps where they wrote it, so later stages can point at it.

/// A value and the place in a file where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// An image with its alternative text.
public struct ContentImage: Sendable, Hashable {
    public var src: Located<String>
    /// `nil` when missing; `koho check` warns about it.
    public var alt: String?

    public init(src: Located<String>, alt: String?) {
        self.src = src
        self.alt = alt
    }

    /// Whether the image is a raster picture that X, Facebook and LINE show when a page is shared.
    public var isRaster: Bool { Self.isRaster(src.value) }

    /// The one rule for "can this be a shared link's picture": a raster format (`.jpg`, `.jpeg`, `.png`,
    /// `.webp`, `.avif`, `.gif`, judged by the path's extension, any case, before a query or fragment). An
    /// SVG never is: the networks do not draw SVG.
    public static func isRaster(_ path: String) -> Bool {
        let bare = path.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? path
        guard let dot = bare.lastIndex(of: "."), !bare[dot...].contains("/") else { return false }
        return rasterExtensions.contains(bare[bare.index(after: dot)...].lowercased())
    }

    /// The extensions ``isRaster(_:)`` accepts.
    public static let rasterExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "avif", "gif"]
}

/// A free-form value kept from front matter for `entry.params.foo` (fields Koho does not know).
public indirect enum ContentValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(ZonedDate)
    case list([ContentValue])
    /// Pairs in the order written.
    case map([ContentPair])
}

/// A key and value of a ``ContentValue/map(_:)``.
public struct ContentPair: Sendable, Hashable {
    public var key: String
    public var value: ContentValue

    public init(key: String, value: ContentValue) {
        self.key = key
        self.value = value
    }
}

/// What every entry file has: where it is, its slug, its Markdown body and whether it is a draft.
public struct EntryFile: Sendable {
    /// The file's path relative to the site (`content/staff/sato.md`).
    public var path: String
    /// The slug: `slug:` when written, else the file name without extension.
    public var slug: Located<String>
    /// The Markdown body (empty for a `.yml` entry).
    public var body: String
    /// The 1-based file line on which the body starts, so Markdown positions can be mapped to the file.
    public var bodyStartLine: Int
    public var draft: Bool
    /// `furigana: true` or `false`: whether the body's kanji get readings, over site.yml's `furigana`; nil
    /// when the entry does not say.
    public var furigana: Located<Bool>?
    /// Front-matter fields Koho does not know, kept for `params`.
    public var params: [ContentPair]
    /// The language a translation (`sato.en.md`) is written in; nil for an entry's own file, written in
    /// the site's main language.
    public var language: String?

    public init(
        path: String, slug: Located<String>, body: String, bodyStartLine: Int, draft: Bool,
        furigana: Located<Bool>? = nil, params: [ContentPair], language: String? = nil
    ) {
        self.language = language
        self.path = path
        self.slug = slug
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.draft = draft
        self.furigana = furigana
        self.params = params
    }
}

/// A link to a social account as written (`x: sato_city` or a full URL).
public struct SocialAccount: Sendable, Hashable {
    public var service: SocialService
    /// The value as written: a handle or a URL.
    public var value: Located<String>

    public init(service: SocialService, value: Located<String>) {
        self.service = service
        self.value = value
    }
}

/// A staff member (`content/staff/<slug>.md|yml`).
public struct StaffEntry: Sendable {
    public var file: EntryFile
    public var name: String
    public var reading: String?
    public var nameEn: String?
    public var role: String?
    /// Department slugs, in the order written.
    public var departments: [Located<String>]
    /// Hashtags as written (prefix and all); the site stage normalises them.
    public var hashtags: [Located<String>]
    public var topics: [String]
    public var photo: ContentImage?
    public var social: [SocialAccount]
    public var email: String?
    public var phone: String?
    /// As written: `2010`, `2010-04` or `2010-04-01`.
    public var since: String?
    public var order: Int?

    public init(
        file: EntryFile, name: String, reading: String? = nil, nameEn: String? = nil, role: String? = nil,
        departments: [Located<String>] = [], hashtags: [Located<String>] = [], topics: [String] = [],
        photo: ContentImage? = nil, social: [SocialAccount] = [], email: String? = nil, phone: String? = nil,
        since: String? = nil, order: Int? = nil
    ) {
        self.file = file
        self.name = name
        self.reading = reading
        self.nameEn = nameEn
        self.role = role
        self.departments = departments
        self.hashtags = hashtags
        self.topics = topics
        self.photo = photo
        self.social = social
        self.email = email
        self.phone = phone
        self.since = since
        self.order = order
    }
}

/// A service a department offers.
public struct DepartmentService: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var url: String?

    public init(name: String, description: String? = nil, url: String? = nil) {
        self.name = name
        self.description = description
        self.url = url
    }
}

/// How to reach a department.
public struct DepartmentContact: Sendable, Hashable {
    public var phone: String?
    public var email: String?
    public var address: String?
    public var hours: String?

    public init(phone: String? = nil, email: String? = nil, address: String? = nil, hours: String? = nil) {
        self.phone = phone
        self.email = email
        self.address = address
        self.hours = hours
    }
}

/// A department (`content/departments/<slug>.md|yml`).
public struct DepartmentEntry: Sendable {
    public var file: EntryFile
    public var name: String
    public var reading: String?
    public var nameEn: String?
    /// The parent department's slug (部 → 課).
    public var parent: Located<String>?
    public var summary: String?
    public var services: [DepartmentService]
    public var contact: DepartmentContact?
    public var hashtags: [Located<String>]
    public var social: [SocialAccount]
    public var order: Int?

    public init(
        file: EntryFile, name: String, reading: String? = nil, nameEn: String? = nil, parent: Located<String>? = nil,
        summary: String? = nil, services: [DepartmentService] = [], contact: DepartmentContact? = nil,
        hashtags: [Located<String>] = [], social: [SocialAccount] = [], order: Int? = nil
    ) {
        self.file = file
        self.name = name
        self.reading = reading
        self.nameEn = nameEn
        self.parent = parent
        self.summary = summary
        self.services = services
        self.contact = contact
        self.hashtags = hashtags
        self.social = social
        self.order = order
    }
}

/// A dated activity post (`content/posts/**/*.md`).
public struct PostEntry: Sendable {
    public var file: EntryFile
    public var title: String
    public var date: Located<ZonedDate>
    /// Staff slugs.
    public var authors: [Located<String>]
    /// Department slugs.
    public var departments: [Located<String>]
    public var hashtags: [Located<String>]
    public var summary: String?
    public var image: ContentImage?

    public init(
        file: EntryFile, title: String, date: Located<ZonedDate>, authors: [Located<String>] = [],
        departments: [Located<String>] = [], hashtags: [Located<String>] = [], summary: String? = nil,
        image: ContentImage? = nil
    ) {
        self.file = file
        self.title = title
        self.date = date
        self.authors = authors
        self.departments = departments
        self.hashtags = hashtags
        self.summary = summary
        self.image = image
    }
}

/// A free page (`content/pages/<slug>.md`): about, SNS policy, accessibility statement.
public struct PageEntry: Sendable {
    public var file: EntryFile
    public var title: String
    public var description: String?
    public var order: Int?

    public init(file: EntryFile, title: String, description: String? = nil, order: Int? = nil) {
        self.file = file
        self.title = title
        self.description = description
        self.order = order
    }
}
