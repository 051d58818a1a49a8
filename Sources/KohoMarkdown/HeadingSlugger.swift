import KohoSocial

/// Makes GitHub-style heading ids, unique within one document.
///
/// A slug is the heading's text lowercased, with letters, marks and numbers of any script kept
/// (`窓口のご案内` stays as it is), whitespace turned into `-`, `-` and `_` kept and all other punctuation
/// and symbols dropped. Only those characters survive, so the id is safe inside an HTML attribute.
struct HeadingSlugger {
    /// Ids handed out so far.
    private var used: Set<String> = []
    /// The next suffix to try per base slug, so many equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]

    /// A new id for a heading with `text`: its slug, or the slug with `-1`, `-2`… when already used.
    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var id = base
        var suffix = nextSuffix[base, default: 1]
        while used.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        used.insert(id)
        return id
    }

    /// The slug of `text`, or `section` when nothing is left of it.
    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if ScalarTraits.isWhitespace(scalar) {
                slug.append("-")
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark,
                .decimalNumber, .letterNumber, .otherNumber:
                slug.append(scalar)
            default:
                if scalar == "-" || scalar == "_" { slug.append(scalar) }
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }
}
