import Testing

@testable import KohoRender

@Suite struct ExcerptTests {
    @Test(arguments: [
        ("", 10, nil),
        ("  \n ", 10, nil),
        ("短い文です。", 10, "短い文です。"),
        ("  a  b\n\nc  ", 10, "a b c"),
        ("0123456789", 10, "0123456789"),
        ("01234567890", 10, "012345678…"),
        ("012345678 9", 10, "012345678…"),
        ("01234567 89", 10, "01234567 …"),
        ("市民の皆さまへ　お知らせです", 8, "市民の皆さまへ…"),
        ("👨‍👩‍👧 family", 3, "👨‍👩‍👧 …"),
    ] as [(String, Int, String?)])
    func excerptCollapsesWhitespaceAndCutsWithAnEllipsis(_ text: String, _ length: Int, _ expected: String?) {
        #expect(Excerpt.make(text, length: length) == expected)
        // The rule it keeps: the whole text with its whitespace collapsed, cut to `length - 1` and `…`.
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let reference = collapsed.isEmpty ? nil
            : collapsed.count <= length ? collapsed : String(collapsed.prefix(length - 1)) + "…"
        #expect(Excerpt.make(text, length: length) == reference)
    }
}
