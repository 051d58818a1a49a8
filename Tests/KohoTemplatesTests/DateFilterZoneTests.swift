import Foundation
import KohoDates
import Testing

@testable import KohoTemplates

/// The `date` filter in the site's time zone, and the Japanese era (和暦) directives.
@Suite struct DateFilterZoneTests {
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")
    static let newYork = TimeZone(identifier: "America/New_York")

    static func environment(_ language: String, _ timeZone: TimeZone?) -> TemplateEnvironment {
        var environment = Fixture.environment
        environment.language = language
        environment.timeZone = timeZone
        return environment
    }

    /// An instant written in UTC (`2025-03-31T15:30:00Z`).
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> TemplateValue {
        .date(
            TemplateDate(
                year: year, month: month, day: day, hour: hour, minute: minute, utcOffsetSeconds: 0, hasTime: true))
    }

    // MARK: - The site's time zone

    @Test(arguments: [
        // The instant of the issue: 15:30 UTC is 00:30 the next day in Tokyo.
        (utc(2025, 3, 31, 15, 30), "%Y年%-m月%-d日 %H:%M", "2025年4月1日 00:30"),
        (utc(2025, 3, 31, 15, 30), "%Y-%m-%d", "2025-04-01"),
        (utc(2025, 3, 31, 15, 30), "%F %T %:z", "2025-04-01 00:30:00 +09:00"),
        // The year turns in Tokyo nine hours before it does in UTC.
        (utc(2025, 12, 31, 15, 0), "%Y", "2026"),
        (utc(2025, 12, 31, 14, 59), "%Y", "2025"),
        // Written at another offset: the same instant, on Tokyo's clocks.
        (
            .date(
                TemplateDate(
                    year: 2025, month: 3, day: 31, hour: 11, minute: 30, utcOffsetSeconds: -4 * 3600, hasTime: true)),
            "%-m月%-d日 %H:%M", "4月1日 00:30"
        ),
    ])
    func tokyoClocks(_ date: TemplateValue, _ format: String, _ expected: String) throws {
        let text = try Fixture.render(
            "{{ d | date(f) }}", ["d": date, "f": .string(format)], environment: Self.environment("ja", Self.tokyo))
        #expect(text == expected)
    }

    @Test func defaultFormatUsesTheSiteZone() throws {
        let environment = Self.environment("ja", Self.tokyo)
        #expect(
            try Fixture.render("{{ d | date }}", ["d": Self.utc(2025, 12, 31, 15, 0)], environment: environment)
                == "2026年1月1日")
    }

    @Test func daylightSavingOffsetIsTheOneOfThatDay() throws {
        let environment = Self.environment("en", Self.newYork)
        // 2025-03-09 07:30 UTC is after the spring change (EDT, -04:00); 06:30 UTC before it (EST, -05:00).
        #expect(
            try Fixture.render(
                "{{ d | date('%H:%M %z') }}", ["d": Self.utc(2025, 3, 9, 7, 30)], environment: environment)
                == "03:30 -0400")
        #expect(
            try Fixture.render(
                "{{ d | date('%H:%M %z') }}", ["d": Self.utc(2025, 3, 9, 6, 30)], environment: environment)
                == "01:30 -0500")
    }

    @Test func withoutAZoneEachDateKeepsItsOffset() throws {
        #expect(
            try Fixture.render(
                "{{ d | date('%F %H:%M') }}", ["d": Self.utc(2025, 3, 31, 15, 30)],
                environment: Self.environment("ja", nil)) == "2025-03-31 15:30")
    }

    @Test func aDateWithoutTimeNamesItsDayInAnyZone() throws {
        let day = TemplateValue.date(
            TemplateDate(year: 2025, month: 4, day: 1, utcOffsetSeconds: 9 * 3600, hasTime: false))
        #expect(
            try Fixture.render("{{ d | date('%F') }}", ["d": day], environment: Self.environment("en", Self.newYork))
                == "2025-04-01")
    }

    @Test func printingAndJSONKeepTheWrittenInstant() throws {
        let environment = Self.environment("ja", Self.tokyo)
        let d = Self.utc(2025, 3, 31, 15, 30)
        #expect(try Fixture.render("{{ d }}", ["d": d], environment: environment) == "2025-03-31T15:30:00+00:00")
        #expect(
            try Fixture.render("{{ d | json }}", ["d": d], environment: environment) == "\"2025-03-31T15:30:00+00:00\"")
    }

    // MARK: - 和暦

    /// Noon in Tokyo on a Gregorian day.
    static func tokyoNoon(_ year: Int, _ month: Int, _ day: Int) -> TemplateValue {
        .date(TemplateDate(year: year, month: month, day: day, hour: 12, utcOffsetSeconds: 9 * 3600, hasTime: true))
    }

    @Test(arguments: [
        // Each change of era since 明治, the last day of one and the first of the next, as CLDR has them.
        ((1868, 9, 8), "明治元年9月8日"),
        ((1912, 7, 29), "明治45年7月29日"),
        ((1912, 7, 30), "大正元年7月30日"),
        ((1926, 12, 24), "大正15年12月24日"),
        ((1926, 12, 25), "昭和元年12月25日"),
        ((1989, 1, 7), "昭和64年1月7日"),
        ((1989, 1, 8), "平成元年1月8日"),
        ((2019, 4, 30), "平成31年4月30日"),
        ((2019, 5, 1), "令和元年5月1日"),
        ((2020, 1, 1), "令和2年1月1日"),
        ((2025, 4, 1), "令和7年4月1日"),
    ])
    func eraYears(_ day: (Int, Int, Int), _ expected: String) throws {
        let text = try Fixture.render(
            "{{ d | date('%EY%-m月%-d日') }}", ["d": Self.tokyoNoon(day.0, day.1, day.2)],
            environment: Self.environment("ja", Self.tokyo))
        #expect(text == expected)
    }

    @Test(arguments: [
        ("ja", "%EC", "令和"),
        ("ja", "%Ey", "7"),
        ("ja", "%EC%Ey年度", "令和7年度"),
        ("ja", "%EY（%Y年）", "令和7年（2025年）"),
        ("ja-JP", "%EY", "令和7年"),
        // Not a Japanese site: glibc's C locale, where the era forms are the Gregorian ones.
        ("en", "%EC|%Ey|%EY", "20|25|2025"),
        ("en", "%C", "20"),
    ])
    func eraDirectives(_ language: String, _ format: String, _ expected: String) throws {
        let text = try Fixture.render(
            "{{ d | date(f) }}", ["d": Self.tokyoNoon(2025, 4, 1), "f": .string(format)],
            environment: Self.environment(language, Self.tokyo))
        #expect(text == expected)
    }

    @Test func beforeMeijiTheYearIsGregorian() throws {
        // No era: glibc's forms without one, `%C`, `%y` and `%Y`.
        let text = try Fixture.render(
            "{{ d | date('%EC|%Ey|%EY') }}", ["d": Self.tokyoNoon(1868, 9, 7)],
            environment: Self.environment("ja", Self.tokyo))
        #expect(text == "18|68|1868")
    }

    @Test func firstYearOfAnEraIsGan() throws {
        let text = try Fixture.render(
            "{{ d | date('%EC|%Ey|%EY') }}", ["d": Self.tokyoNoon(2019, 5, 1)],
            environment: Self.environment("ja", Self.tokyo))
        #expect(text == "令和|元|令和元年")
    }

    @Test func eraFollowsTheSiteZone() throws {
        // 2019-04-30T15:00Z is midnight of 令和's first day in Tokyo, still 平成 in UTC.
        let instant = Self.utc(2019, 4, 30, 15, 0)
        #expect(
            try Fixture.render(
                "{{ d | date('%EY%-m月%-d日') }}", ["d": instant], environment: Self.environment("ja", Self.tokyo))
                == "令和元年5月1日")
        #expect(
            try Fixture.render(
                "{{ d | date('%EY%-m月%-d日') }}", ["d": instant],
                environment: Self.environment("ja", TimeZone(identifier: "UTC"))) == "平成31年4月30日")
    }

    @Test func eraTableComesFromICU() {
        #expect(JapaneseEra.year(ofYear: 1868, month: 9, day: 7) == nil)
        #expect(JapaneseEra.year(ofYear: 1868, month: 9, day: 8) == JapaneseEra.Year(name: "明治", year: 1))
        #expect(JapaneseEra.year(ofYear: 2019, month: 5, day: 1) == JapaneseEra.Year(name: "令和", year: 1))
        #expect(JapaneseEra.year(ofYear: 2100, month: 1, day: 1) == JapaneseEra.Year(name: "令和", year: 82))
    }
}
