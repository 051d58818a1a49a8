import KohoDates
import Foundation
import KohoContent
import Testing

@testable import KohoRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Escaping and dates of the XML writer.
@Suite struct XMLTextTests {
    @Test(arguments: [
        "a & b < c > d \" e ' f",
        "]]> and <![CDATA[ x ]]>",
        "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} controls",
        "tab\tline\nreturn\r end",
        "\u{FFFE}\u{FFFF} non-characters, 😀 kept",
        "日本語のテキスト",
    ])
    func textAndAttributesRoundTripThroughAParser(_ text: String) throws {
        var writer = XMLWriter()
        writer.open("root", ["a": text])
        writer.element("t", text)
        let xml = writer.finish()
        let doc = try XMLDocument(data: Data(xml.utf8), options: [])
        let root = try #require(doc.rootElement())
        let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLText.isAllowed)))
        #expect(root.attribute(forName: "a")?.stringValue == expected)
        #expect(root.elements(forName: "t").first?.stringValue == expected)
    }

    @Test(arguments: [
        // 2026-04-01T18:30:00+09:00
        (Int64(1_775_035_800), 32_400, "Wed, 01 Apr 2026 18:30:00 +0900", "2026-04-01T18:30:00+09:00"),
        (Int64(1_775_035_800), 0, "Wed, 01 Apr 2026 09:30:00 +0000", "2026-04-01T09:30:00Z"),
        (Int64(1_775_035_800), -16_200, "Wed, 01 Apr 2026 05:00:00 -0430", "2026-04-01T05:00:00-04:30"),
        (Int64(0), 0, "Thu, 01 Jan 1970 00:00:00 +0000", "1970-01-01T00:00:00Z"),
        (Int64(951_782_400), 0, "Tue, 29 Feb 2000 00:00:00 +0000", "2000-02-29T00:00:00Z"),
    ])
    func dates(_ seconds: Int64, _ offset: Int, _ rfc822: String, _ rfc3339: String) {
        let date = ZonedDate(secondsSinceEpoch: seconds, utcOffsetSeconds: offset, hasTime: true)
        #expect(FeedDate.rfc822(date) == rfc822)
        #expect(FeedDate.rfc3339(date) == rfc3339)
    }

    @Test func jsonStringsEscapeControlsAndLineSeparators() throws {
        var out = ""
        JSONNode.object([("k", .string("a\"b\\c\n\u{1}\u{2028}</script>"))]).write(into: &out, level: 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: String]
        #expect(parsed?["k"] == "a\"b\\c\n\u{1}\u{2028}</script>")
        #expect(!out.contains("\u{2028}"))
    }
}
