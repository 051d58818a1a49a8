import KohoContent
import Testing

@Suite struct DateTests {
    struct Case: Sendable, CustomStringConvertible {
        var timezone: String
        var written: String
        var seconds: Int64
        var offset: Int
        var hasTime: Bool
        var nanosecond = 0
        var description: String { "\(written) in \(timezone)" }
    }

    static let cases: [Case] = [
        // Asia/Tokyo: no daylight saving; no offset means +09:00.
        Case(timezone: "Asia/Tokyo", written: "2024-04-01", seconds: 1_711_897_200, offset: 32_400, hasTime: false),
        Case(
            timezone: "Asia/Tokyo", written: "2024-04-01 18:30", seconds: 1_711_963_800, offset: 32_400, hasTime: true),
        Case(
            timezone: "Asia/Tokyo", written: "2024-04-01T18:30:00", seconds: 1_711_963_800, offset: 32_400,
            hasTime: true),
        Case(
            timezone: "Asia/Tokyo", written: "\"2024-04-01 18:30\"", seconds: 1_711_963_800, offset: 32_400,
            hasTime: true),
        Case(timezone: "Asia/Tokyo", written: "'2024-04-01'", seconds: 1_711_897_200, offset: 32_400, hasTime: false),
        // A written offset keeps exactly that instant and that offset.
        Case(
            timezone: "Asia/Tokyo", written: "2024-04-01T18:30:00+09:00", seconds: 1_711_963_800, offset: 32_400,
            hasTime: true),
        Case(timezone: "Asia/Tokyo", written: "2024-04-01T18:30:00Z", seconds: 1_711_996_200, offset: 0, hasTime: true),
        Case(
            timezone: "Asia/Tokyo", written: "2024-04-01T18:30:00+05:45", seconds: 1_711_975_500, offset: 20_700,
            hasTime: true),
        Case(
            timezone: "America/New_York", written: "2024-04-01T18:30:00+09:00", seconds: 1_711_963_800, offset: 32_400,
            hasTime: true),
        Case(
            timezone: "Asia/Tokyo", written: "2024-04-01T18:30:00.25+09:00", seconds: 1_711_963_800, offset: 32_400,
            hasTime: true, nanosecond: 250_000_000),
        // America/New_York: the offset depends on the date.
        Case(
            timezone: "America/New_York", written: "2024-01-15 12:00", seconds: 1_705_338_000, offset: -18_000,
            hasTime: true),
        Case(
            timezone: "America/New_York", written: "2024-07-01", seconds: 1_719_806_400, offset: -14_400, hasTime: false
        ),
        Case(
            timezone: "America/New_York", written: "2024-03-10 01:59", seconds: 1_710_053_940, offset: -18_000,
            hasTime: true),
        // 02:30 does not exist on the spring-forward day: it is read as 03:30 summer time.
        Case(
            timezone: "America/New_York", written: "2024-03-10 02:30", seconds: 1_710_055_800, offset: -14_400,
            hasTime: true),
        // 01:30 happens twice on the fall-back day: the first one (still summer time) is taken.
        Case(
            timezone: "America/New_York", written: "2024-11-03 01:30", seconds: 1_730_611_800, offset: -14_400,
            hasTime: true),
        // No timezone in site.yml: UTC.
        Case(timezone: "", written: "2024-04-01 18:30", seconds: 1_711_996_200, offset: 0, hasTime: true),
    ]

    @Test(arguments: cases)
    func resolvesInSiteTimeZone(_ c: Case) throws {
        let zone = c.timezone.isEmpty ? "" : "timezone: \(c.timezone)\n"
        let result = load([
            "site.yml": "title: T\nbase_url: https://example.jp/\n" + zone,
            "content/posts/a.md": "---\ntitle: A\ndate: \(c.written)\n---\n",
        ])
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        let date = try #require(result.content?.posts.first?.date)
        #expect(date.value.secondsSinceEpoch == c.seconds)
        #expect(date.value.utcOffsetSeconds == c.offset)
        #expect(date.value.hasTime == c.hasTime)
        #expect(date.value.nanosecond == c.nanosecond)
        #expect(date.location.description == "content/posts/a.md:3:7")
    }
}
