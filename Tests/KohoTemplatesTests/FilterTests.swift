import KohoURL
import KohoDiagnostics
import Testing

@testable import KohoTemplates

@Suite struct FilterTests {
    static let april1 = TemplateValue.date(
        TemplateDate(
            year: 2024, month: 4, day: 1, hour: 18, minute: 5, second: 9, utcOffsetSeconds: 32400, hasTime: true))
    static let values: [String: TemplateValue] = [
        "d": april1, "name": .string("Koho"), "xs": .list([.int(3), .int(1), .int(2)]), "words": strings("b", "a", "c"),
        "nothing": .null, "empty": .string(""), "html": .safeHTML("<b>bold</b> &amp; co"),
        "people": .list([
            map(["name": .string("Sato"), "age": .int(40), "kana": .string("さとう"), "draft": .bool(false)]),
            map(["name": .string("Abe"), "age": .int(30), "kana": .string("あべ"), "draft": .bool(true)]),
            map(["name": .string("Ito"), "age": .int(40), "kana": .string("いとう"), "draft": .bool(false)]),
        ]),
    ]

    static func environment(_ language: String) -> TemplateEnvironment {
        var environment = Fixture.environment
        environment.language = language
        return environment
    }

    // MARK: - date

    @Test(arguments: [
        ("ja", "{{ d | date }}", "2024年4月1日"),
        ("ja-JP", "{{ d | date('%B %A %a %p') }}", "4月 月曜日 月 午後"),
        ("en", "{{ d | date }}", "April 1, 2024"),
        ("en", "{{ d | date('%A, %b %-d %Y %-H:%M %p') }}", "Monday, Apr 1 2024 18:05 PM"),
        ("fr", "{{ d | date }}", "2024-04-01"),
        ("en", "{{ d | date('%Y-%m-%d %H:%M:%S %z') }}", "2024-04-01 18:05:09 +0900"),
        ("en", "{{ d | date('%y %-m/%-d %j %I %-I %e %%') }}", "24 4/1 092 06 6  1 %"),
        ("en", "{{ d | date('%F %T %:z') }}", "2024-04-01 18:05:09 +09:00"),
        ("ja", "{{ d | date('%Y年%-m月%-d日（%a）%H:%M') }}", "2024年4月1日（月）18:05"),
    ])
    func dates(_ language: String, _ template: String, _ expected: String) throws {
        #expect(try Fixture.render(template, Self.values, environment: Self.environment(language)) == expected)
    }

    @Test func dateOfAPlainDateAndWeekdays() throws {
        let sunday = TemplateValue.date(
            TemplateDate(year: 2024, month: 3, day: 31, utcOffsetSeconds: 32400, hasTime: false))
        #expect(try Fixture.render("{{ d | date('%a %A %H:%M') }}", ["d": sunday]) == "Sun Sunday 00:00")
        #expect(try Fixture.render("{{ d | date('%a') }}", ["d": sunday], environment: Self.environment("ja")) == "日")
    }

    // MARK: - text filters

    @Test(arguments: [
        (
            "{{ nothing | default('x') }} {{ missing | default('y') }} {{ empty | default('z') }} {{ empty | default('z', true) }} {{ name | default('n') }}",
            "x y  z Koho"
        ),
        (
            "{{ missing.field | default('deep') }} {{ nothing.field | default('null field') }} {{ xs[9] | default('oob') }} {{ missing | d('alias') }}",
            "deep null field oob alias"
        ),
        (
            "{{ 'こんにちは世界' | truncate(5) }} {{ 'short' | truncate(10) }} {{ 'abcdef' | truncate(4, end='...') }} {{ 'abcdef' | truncate(length=3, end='') }}",
            "こんにち… short a... abc"
        ),
        ("{{ '👨‍👩‍👧‍👦家族🇯🇵' | truncate(3) }} {{ '👨‍👩‍👧‍👦家族🇯🇵' | length }}", "👨‍👩‍👧‍👦家… 4"),
        (
            "{{ words | join }} {{ words | join(', ') }} {{ words | join(sep='/') }} {{ people | join(', ', attribute='name') }}",
            "bac b, a, c b/a/c Sato, Abe, Ito"
        ),
        ("{{ 'ＡＢＣ' | length }} {{ xs | length }} {{ people[0] | length }} {{ words | count }}", "3 3 4 3"),
        (
            "{{ 'Koho' | upper }} {{ 'Koho' | lower }} {{ 'hello world' | capitalize }} {{ 'hello world' | title }} [{{ '  x  ' | trim }}]",
            "KOHO koho Hello world Hello World [x]"
        ),
        ("{{ 'a-b-c' | replace('-', '+') }} {{ 'a-b-c' | replace('-', '', 1) }}", "a+b+c ab-c"),
        ("{{ '<p>Hello <b>world</b></p>\\n<!-- x --> &amp; more' | striptags }}", "Hello world &amp; more"),
        (
            "{{ xs | first }} {{ xs | last }} {{ xs | reverse | join }} {{ 'abc' | reverse }} {{ [] | first is none }}",
            "3 2 213 cba true"
        ),
        (
            "{{ xs | sort | join }} {{ xs | sort(reverse=true) | join }} {{ words | sort | join }} {{ ['b', 'A', 'c'] | sort | join }} {{ ['b', 'A', 'c'] | sort(case_sensitive=true) | join }}",
            "123 321 abc Abc Abc"
        ),
        (
            "{{ people | sort(attribute='age') | map(attribute='name') | join(',') }} {{ people | sort(attribute='kana') | map(attribute='name') | join(',') }}",
            "Abe,Sato,Ito Abe,Ito,Sato"
        ),
        ("{{ people | sort(attribute='age', reverse=true) | map(attribute='name') | join(',') }}", "Sato,Ito,Abe"),
        (
            "{{ words | map('upper') | join }} {{ xs | min }} {{ xs | max }} {{ people | max(attribute='age') | attr_name_placeholder }}",
            ""
        ),
        (
            "{{ [1, 2, 1, 3, 2] | unique | join }} {{ people | selectattr('draft') | map(attribute='name') | join }} {{ people | rejectattr('draft') | map(attribute='name') | join }}",
            "123 Abe SatoIto"
        ),
        (
            "{{ people | selectattr('age', 'equalto', 40) | map(attribute='name') | join }} {{ xs | batch(2) | map('length') | join }} {{ xs | batch(2, 0) | last | join }}",
            "SatoIto 21 20"
        ),
        (
            "{{ -3 | abs }} {{ -2.5 | abs }} {{ 2.567 | round(2) }} {{ 2.5 | round }} {{ 2.1 | round(method='ceil') }} {{ '42' | int }} {{ 'x' | int }} {{ 'x' | int(7) }} {{ 3.9 | int }} {{ '1.5' | float }}",
            "3 2.5 2.57 3.0 3.0 42 0 7 3 1.5"
        ),
        (
            "{{ 5 | string ~ 'x' }} {{ xs | sum }} {{ people | sum(attribute='age') }} {{ {'a': 1} | items | first | join('=') }} {{ 'ab' | list | join('|') }}",
            "5x 6 110 a=1 a|b"
        ),
    ])
    func textFilters(_ template: String, _ expected: String) throws {
        guard !template.contains("attr_name_placeholder") else {
            // `min`/`max` and `map` with a filter name, checked on their own below.
            #expect(
                try Fixture.render(
                    "{{ words | map('upper') | join }} {{ xs | min }} {{ xs | max }} {{ (people | max(attribute='age')).name }}",
                    Self.values) == "BAC 1 3 Sato")
            return
        }
        #expect(try Fixture.render(template, Self.values) == expected)
    }

    // MARK: - urlencode

    @Test(arguments: [
        ("仙北市", "%E4%BB%99%E5%8C%97%E5%B8%82"),
        ("a&b#c|d", "a%26b%23c%7Cd"),
        ("A-Za-z0-9-._~", "A-Za-z0-9-._~"),
        ("a b+c/d?e=f", "a%20b%2Bc/d%3Fe%3Df"),
        ("#桜まつり", "%23%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A"),
        ("😀", "%F0%9F%98%80"),
    ])
    func urlencode(_ input: String, _ expected: String) throws {
        #expect(try Fixture.render("{{ s | urlencode }}", ["s": .string(input)]) == expected)
    }

    @Test func urlencodeAMapAndANumber() throws {
        #expect(
            try Fixture.render("{{ {'text': '桜 & 春', 'n': 2} | urlencode }} {{ 5 | urlencode }}")
                == "text=%E6%A1%9C%20%26%20%E6%98%A5&amp;n=2 5")
    }

    // MARK: - json

    @Test func jsonIsSafeInsideScript() throws {
        let value = map([
            "title": .string("</script><script>alert('x')</script>"), "amp": .string("a & b > c"),
            "lines": .string("a\u{2028}b\u{2029}c\n\t\"q\" \\"), "n": .int(1), "f": .double(1.5), "ok": .bool(true),
            "none": .null,
            "list": .list([
                .safeHTML("<i>"),
                .date(TemplateDate(year: 2024, month: 4, day: 1, utcOffsetSeconds: 0, hasTime: false)),
            ]),
            "control": .string("\u{01}"),
        ])
        let out = try Fixture.render("<script>var x = {{ v | json }};</script>", ["v": value])
        #expect(
            out
                == #"<script>var x = {"title":"\u003c/script\u003e\u003cscript\u003ealert(\u0027x\u0027)\u003c/script\u003e","amp":"a \u0026 b \u003e c","lines":"a\u2028b\u2029c\n\t\"q\" \\","n":1,"f":1.5,"ok":true,"none":null,"list":["\u003ci\u003e","2024-04-01"],"control":"\u0001"};</script>"#
        )
        #expect(!out.dropFirst(8).dropLast(9).contains("</script"))
    }

    @Test func jsonKeepsKeyOrderAndIndents() throws {
        #expect(try Fixture.render("{{ {'z': 1, 'a': [1, 2], 'm': {}} | json }}") == #"{"z":1,"a":[1,2],"m":{}}"#)
        #expect(
            try Fixture.render("{{ {'z': 1, 'a': [1]} | json(indent=2) }}")
                == "{\n  \"z\": 1,\n  \"a\": [\n    1\n  ]\n}")
        #expect(try Fixture.render("{{ 'é' | tojson }}") == "\"é\"")
    }

    // MARK: - URLs

    @Test(arguments: [
        ("/images/a.png", "/city/images/a.png", "https://example.jp/city/images/a.png"),
        ("staff/", "/city/staff/", "https://example.jp/city/staff/"),
        ("/city/staff/sato/", "/city/staff/sato/", "https://example.jp/city/staff/sato/"),
        ("/city", "/city", "https://example.jp/city"),
        ("/cityhall/", "/city/cityhall/", "https://example.jp/city/cityhall/"),
        ("/", "/city/", "https://example.jp/city/"),
        ("", "/city/", "https://example.jp/city/"),
        ("https://other.example/x", "https://other.example/x", "https://other.example/x"),
        ("mailto:a@example.jp", "mailto:a@example.jp", "mailto:a@example.jp"),
        ("tel:0187-43-1111", "tel:0187-43-1111", "tel:0187-43-1111"),
        ("//cdn.example/x.js", "//cdn.example/x.js", "https://cdn.example/x.js"),
        ("#top", "#top", "https://example.jp/city/#top"),
        ("./a.html", "/city/a.html", "https://example.jp/city/a.html"),
        ("/tags/桜/", "/city/tags/桜/", "https://example.jp/city/tags/桜/"),
    ])
    func urls(_ path: String, _ relative: String, _ absolute: String) throws {
        #expect(try Fixture.render("{{ p | rel_url }}", ["p": .string(path)]) == relative)
        #expect(try Fixture.render("{{ p | abs_url }}", ["p": .string(path)]) == absolute)
        // Idempotent: applying it twice changes nothing.
        #expect(try Fixture.render("{{ p | rel_url | rel_url }}", ["p": .string(path)]) == relative)
        #expect(try Fixture.render("{{ p | abs_url | abs_url }}", ["p": .string(path)]) == absolute)
    }

    @Test func urlsAtTheRoot() throws {
        var environment = Fixture.environment
        environment.address = SiteAddress("https://example.jp/")!
        #expect(
            try Fixture.render(
                "{{ '/a/' | rel_url }} {{ 'a/' | rel_url }} {{ '/a/' | abs_url }}", environment: environment)
                == "/a/ /a/ https://example.jp/a/")
        environment.address = SiteAddress("http://localhost:1313")!
        #expect(try Fixture.render("{{ '/a/' | abs_url }}", environment: environment) == "http://localhost:1313/a/")
    }

    // MARK: - t and markdown

    @Test func translations() throws {
        #expect(try Fixture.render("{{ 'read_more' | t }}") == "Read more")
        #expect(
            try Fixture.render("{{ 'n_posts' | t(3, name) }}", ["name": .string("<Sato>")]) == "3 posts by &lt;Sato&gt;"
        )
        #expect(try Fixture.render("{% set k = 'hello' %}{{ k | t('世界') }}") == "Hello, 世界!")
    }

    @Test func markdownIsSafeHTML() throws {
        #expect(try Fixture.render("{{ body | markdown }}", ["body": .string("*hi*")]) == "<p>*hi*</p>\n")
    }

    // MARK: - Registered filters

    @Test func registeredFiltersGetArgumentsAndKeywords() throws {
        var environment = Fixture.environment
        environment.filters["shout"] = TemplateFilter("shout") {
            input, arguments, keywords throws(TemplateFilterError) in
            guard case .string(let s) = input else { throw .expected("shout", .wordTypeString, got: input) }
            let times = arguments.first.flatMap { if case .int(let n) = $0 { n } else { nil } } ?? 1
            let mark = keywords["mark"]?.plainText ?? "!"
            return .string(s.uppercased() + String(repeating: mark, count: times))
        }
        #expect(
            try Fixture.render("{{ 'hi' | shout }} {{ 'hi' | shout(3, mark='?') }}", environment: environment)
                == "HI! HI???")
        let error = Fixture.diagnostic("{{ 5 | shout }}", environment: environment)
        #expect(error?.message == "`shout` expects a string, got an int")
        #expect(error?.message(in: .japanese) == "`shout` には文字列を渡します（整数になっています）")
        #expect(error?.location?.column == 8)
    }
}

@Suite struct EscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"quoted\" & 'single'", "&#34;quoted&#34; &amp; &#39;single&#39;"),
        ("佐藤 & 鈴木 <広報>", "佐藤 &amp; 鈴木 &lt;広報&gt;"),
        ("plain", "plain"),
        ("&amp;", "&amp;amp;"),
    ])
    func textIsEscaped(_ input: String, _ expected: String) throws {
        #expect(try Fixture.render("{{ s }}", ["s": .string(input)]) == expected)
        #expect(try Fixture.render("<a title=\"{{ s }}\">", ["s": .string(input)]) == "<a title=\"" + expected + "\">")
    }

    @Test func safeHTMLIsNotEscaped() throws {
        let values: [String: TemplateValue] = ["h": .safeHTML("<p>a &amp; b</p>"), "s": .string("<i>")]
        #expect(try Fixture.render("{{ h }}", values) == "<p>a &amp; b</p>")
        #expect(try Fixture.render("{{ s | safe }}", values) == "<i>")
        #expect(
            try Fixture.render("{{ s | escape }}|{{ s | e | e }}|{{ h | escape }}", values)
                == "&lt;i&gt;|&lt;i&gt;|<p>a &amp; b</p>")
        // Joining safe HTML with text escapes the text and keeps the HTML.
        #expect(
            try Fixture.render("{{ h ~ s }}|{{ [h, s] | join(' ') }}", values)
                == "<p>a &amp; b</p>&lt;i&gt;|<p>a &amp; b</p> &lt;i&gt;")
        #expect(try Fixture.render("{{ s ~ s }}", values) == "&lt;i&gt;&lt;i&gt;")
    }

    @Test func filtersReturnPlainTextThatIsEscaped() throws {
        #expect(
            try Fixture.render(
                "{{ 'a<b' | upper }} {{ 'x' | t_missing_guard | default('<d>') }}".replacingOccurrences(
                    of: " | t_missing_guard", with: "")) == "A&lt;B x")
        // `<` and `>` cannot be in a URL: encoded by the link rule; `&` is escaped for HTML.
        #expect(try Fixture.render("{{ '/a?x=1&y=<2>' | rel_url }}") == "/city/a?x=1&amp;y=%3C2%3E")
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
