import Foundation
import KohoDiagnostics
import KohoTemplates
import Testing

@testable import KohoCards

/// Drawing share cards: real librsvg, real Pango, real fonts (Debian's fonts-noto-cjk).
@Suite struct CardRasterizerTests {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
        <rect width="1200" height="630" fill="#0b3d5c"/>
        <text x="80" y="300" font-family="Noto Sans CJK JP" font-size="80" font-weight="700" fill="#ffffff">佐藤 花子</text>
        </svg>
        """

    @Test func drawsA1200By630PNG() throws {
        let png = try CardRasterizer.png(svg: Self.svg)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16…23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1200 && height == 630)
    }

    @Test func sameSVGSameBytes() throws {
        let first = try CardRasterizer.png(svg: Self.svg)
        let second = try CardRasterizer.png(svg: Self.svg)
        #expect(first == second)
        #expect(first != (try CardRasterizer.png(svg: Self.svg.replacingOccurrences(of: "花子", with: "太郎"))))
    }

    @Test func brokenSVGIsAnError() {
        #expect(throws: CardError.self) { try CardRasterizer.png(svg: "<svg><text>") }
    }

    @Test func namesNoFileItCanLoad() throws {
        // No base address: a picture the SVG names by path is not read (only `data:` URLs are).
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630">
            <image x="0" y="0" width="1200" height="630" xlink:href="file:///usr/share/pixmaps/debian-logo.png"/></svg>
            """
        let pixels = try CardRasterizer.pixels(svg: svg)
        #expect(pixels.allSatisfy { $0.allSatisfy { $0 == 0xFF_FFFF } })
    }

    @Test func stampRoundTrips() throws {
        let png = try CardRasterizer.png(svg: Self.svg)
        let key = CardStamp.key(svg: Self.svg, renderer: "test")
        #expect(key.count == 64 + 1 + 16)
        #expect(key.hasPrefix(CardRasterizer.sha256(Array(Self.svg.utf8)) + " "))
        let stamped = CardStamp.stamped(png, key: key)
        #expect(CardStamp.key(in: stamped) == key)
        #expect(CardStamp.key(in: png) == nil)
        #expect(CardStamp.key(svg: Self.svg, renderer: "other") != key)
        // The known CRC-32 of "IEND".
        #expect(CRC32.checksum(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func fontIsNotoSansCJK() {
        #expect(TextFitter.fontIdentity(CardFont(weight: 700)).contains("NotoSansCJK"))
    }
}

@Suite struct TextFitterTests {
    static let longName = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら"

    @Test func fortyCharacterJapaneseNameFits() {
        #expect(Self.longName.count == 40)
        let box = TextBox(width: 1040, size: 96, minSize: 48, maxLines: 2)
        let fitted = TextFitter.fit(Self.longName, in: box, font: CardFont(weight: 700))
        #expect(!fitted.shortened)
        #expect(fitted.lines.joined() == Self.longName)
        #expect(fitted.size < 96 && fitted.size >= 48)
        #expect(fitted.lines.count <= 2)
        for line in fitted.lines {
            #expect(TextFitter.width(of: line, size: fitted.size, font: CardFont(weight: 700)) <= 1040)
        }
    }

    @Test func shortNameKeepsItsSize() {
        let fitted = TextFitter.fit("Emily Carter", in: TextBox(width: 1040, size: 88, minSize: 48, maxLines: 2))
        #expect(fitted == FittedText(size: 88, lines: ["Emily Carter"], shortened: false))
    }

    @Test(arguments: [
        String(repeating: "架空市役所総務部総務課", count: 20),
        String(repeating: "Public relations and digital transformation ", count: 20),
    ])
    func tooLongIsShortenedWithAnEllipsis(text: String) {
        let box = TextBox(width: 600, size: 60, minSize: 40, maxLines: 2)
        let fitted = TextFitter.fit(text, in: box)
        #expect(fitted.shortened)
        #expect(fitted.size == 40)
        #expect(fitted.lines.count == 2)
        #expect(fitted.lines.last?.hasSuffix("…") == true)
        for line in fitted.lines {
            #expect(TextFitter.width(of: line, size: 40) <= 600)
        }
    }

    /// Combining marks, emoji sequences joined by ZWJ and flags are cut only between whole clusters.
    @Test(arguments: ["e\u{301}", "👩‍👩‍👧‍👦", "🇯🇵", "か\u{3099}", "👍🏽"])
    func neverCutsAGraphemeCluster(cluster: String) {
        let text = String(repeating: cluster, count: 60)
        let fitted = TextFitter.fit(text, in: TextBox(width: 300, size: 40, maxLines: 1))
        #expect(fitted.shortened)
        let kept = String(fitted.lines[0].dropLast())
        #expect(kept.count > 0)
        #expect(Array(kept).allSatisfy { String($0) == cluster })
        #expect(kept.unicodeScalars.count == kept.count * cluster.unicodeScalars.count)
    }

    /// The fitted text, drawn by librsvg, leaves no ink outside its box.
    @Test func drawnTextStaysInItsBox() throws {
        let font = CardFont(weight: 700)
        let fitted = TextFitter.fit(
            String(repeating: "広報課の職員", count: 12), in: TextBox(width: 500, size: 64, minSize: 40, maxLines: 2),
            font: font)
        #expect(fitted.shortened)
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">"#
        for (i, line) in fitted.lines.enumerated() {
            svg += #"<text x="100" y="\#(200 + Double(i) * fitted.size * 1.3)" font-family="Noto Sans CJK JP" "#
                + ##"font-weight="700" font-size="\##(Int(fitted.size))" fill="#000">\##(line)</text>"##
        }
        svg += "</svg>"
        let pixels = try CardRasterizer.pixels(svg: svg)
        let inked = pixels.map { row in row.indices.filter { row[$0] != 0xFF_FFFF } }
        let rightmost = inked.compactMap(\.last).max() ?? 0
        #expect(rightmost > 500)
        #expect(rightmost < 600)
    }
}

@Suite struct FitFilterTests {
    static func render(_ text: String, _ context: [String: TemplateValue] = [:]) throws(DiagnosticError) -> String {
        let library = try TemplateLibrary(
            sources: [TemplateSource(name: "card.svg", path: "themes/default/cards/card.svg", text: text)],
            environment: TemplateEnvironment(filters: [FitFilter.name: FitFilter.filter]))
        return try library.render("card.svg", context: context)
    }

    @Test func givesSizeAndLines() throws {
        let out = try Self.render(
            #"{% set n = name | fit(width=1040, size=88, min_size=48, lines=2, weight=700) %}{{ n.size }}|{{ n.lines | join("/") }}|{{ n.shortened }}"#,
            ["name": .string("Emily Carter")])
        #expect(out == "88|Emily Carter|false")
    }

    @Test func positionalArguments() throws {
        #expect(try Self.render(#"{{ ("a" | fit(500, 30)).size }}"#) == "30")
    }

    @Test func missingWidth() {
        do {
            _ = try Self.render(#"{{ "a" | fit(size=30) }}"#)
            Issue.record("expected an error")
        } catch {
            let d = error.diagnostics.first
            #expect(d?.message(in: .english) == "`fit` is missing its argument `width`")
            #expect(d?.hint(in: .english) == "use `fit(width, size, min_size, lines, weight, family)`")
            #expect(d?.message(in: .japanese) == "`fit` の引数 `width` がありません")
        }
    }

    @Test func unknownArgument() {
        do {
            _ = try Self.render(#"{{ "a" | fit(width=3, size=30, colour=1) }}"#)
            Issue.record("expected an error")
        } catch {
            let d = error.diagnostics.first
            #expect(d?.message(in: .english) == "`fit` has no argument `colour`")
            #expect(d?.message(in: .japanese) == "`fit` に `colour` という引数はありません")
        }
    }

    @Test func wrongType() {
        do {
            _ = try Self.render(#"{{ "a" | fit(width="wide", size=30) }}"#)
            Issue.record("expected an error")
        } catch {
            let d = error.diagnostics.first
            #expect(d?.message(in: .english) == "`fit` expects an int for `width`, got a string")
            #expect(d?.message(in: .japanese) == "`fit` の `width` は整数で書きます（文字列になっています）")
        }
    }
}

/// The `datetime` filter JSON-LD and Open Graph use: RFC 3339 with a time, at the date's own offset.
@Suite struct DateTimeFilterTests {
    @Test(arguments: [
        (TemplateDate(secondsSinceEpoch: 1_774_969_200, utcOffsetSeconds: 32_400, hasTime: false), "2026-04-01T00:00:00+09:00"),
        (TemplateDate(secondsSinceEpoch: 1_743_435_000, utcOffsetSeconds: 0, hasTime: true), "2025-03-31T15:30:00+00:00"),
    ])
    func printsTheInstantWithItsOffset(date: TemplateDate, expected: String) throws {
        let library = try TemplateLibrary(
            sources: [TemplateSource(name: "x", path: "x", text: "{{ d | datetime }}")],
            environment: TemplateEnvironment(timeZone: TimeZone(identifier: "Asia/Tokyo")))
        #expect(try library.render("x", context: ["d": .date(date)]) == expected)
    }
}
