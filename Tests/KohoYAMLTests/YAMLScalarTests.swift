import KohoYAML
import Testing

@Suite("Scalar resolution")
struct YAMLScalarTests {
    static let plain: [(String, YAMLValue)] = [
        // null
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("nULL", .string("nULL")), ("none", .string("none")),
        // bool: only true/false; YAML 1.1's yes/no/on/off stay strings
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("y", .string("y")), ("tRUE", .string("tRUE")),
        // int
        ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+8", .int(8)), ("007", .int(7)),
        ("0x1F", .int(31)), ("0xff", .int(255)), ("0o17", .int(15)),
        ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
        ("0x", .string("0x")), ("0o8", .string("0o8")), ("0xG", .string("0xG")), ("1_000", .string("1_000")),
        ("-x", .string("-x")), ("--", .string("--")), ("+", .string("+")), ("12abc", .string("12abc")),
        // float
        ("1.5", .double(1.5)), ("-0.25", .double(-0.25)), (".5", .double(0.5)), ("+.5", .double(0.5)),
        ("1.", .double(1)), ("1e3", .double(1000)), ("2.5E-2", .double(0.025)), ("-1.0e+2", .double(-100)),
        (".inf", .double(.infinity)), (".Inf", .double(.infinity)), ("+.INF", .double(.infinity)),
        ("-.inf", .double(-.infinity)), ("1e", .string("1e")), ("1.2.3", .string("1.2.3")),
        (".", .string(".")), ("..5", .string("..5")), ("inf", .string("inf")), (".infinity", .string(".infinity")),
        ("1.0.0", .string("1.0.0")),
        // dates
        ("2024-04-01", .date(YAMLDate(year: 2024, month: 4, day: 1))),
        ("2024-02-29", .date(YAMLDate(year: 2024, month: 2, day: 29))),
        (
            "2024-04-01 18:30",
            .date(YAMLDate(year: 2024, month: 4, day: 1, time: .init(hour: 18, minute: 30)))
        ),
        (
            "2024-04-01T18:30:05",
            .date(YAMLDate(year: 2024, month: 4, day: 1, time: .init(hour: 18, minute: 30, second: 5)))
        ),
        (
            "2024-04-01t9:05:00Z",
            .date(YAMLDate(year: 2024, month: 4, day: 1, time: .init(hour: 9, minute: 5), utcOffsetSeconds: 0))
        ),
        (
            "2024-04-01T18:30:00+09:00",
            .date(YAMLDate(year: 2024, month: 4, day: 1, time: .init(hour: 18, minute: 30), utcOffsetSeconds: 32_400))
        ),
        (
            "2001-12-14 21:59:43.10 -5",
            .date(
                YAMLDate(
                    year: 2001, month: 12, day: 14,
                    time: .init(hour: 21, minute: 59, second: 43, nanosecond: 100_000_000),
                    utcOffsetSeconds: -18_000))
        ),
        (
            "2024-04-01 18:30 +0530",
            .date(YAMLDate(year: 2024, month: 4, day: 1, time: .init(hour: 18, minute: 30), utcOffsetSeconds: 19_800))
        ),
        (
            "2024-04-01T00:00:00.123456789123Z",
            .date(
                YAMLDate(
                    year: 2024, month: 4, day: 1, time: .init(hour: 0, minute: 0, second: 0, nanosecond: 123_456_789),
                    utcOffsetSeconds: 0))
        ),
        // not real dates stay strings, for the content layer to report
        ("2024-02-30", .string("2024-02-30")), ("2023-02-29", .string("2023-02-29")),
        ("2024-13-01", .string("2024-13-01")), ("2024-00-10", .string("2024-00-10")),
        ("2024-04-01 24:00", .string("2024-04-01 24:00")), ("2024-04-01 18:60", .string("2024-04-01 18:60")),
        ("2024-04-01 18:30 +25:00", .string("2024-04-01 18:30 +25:00")),
        // not date-shaped
        ("2024-4-1", .string("2024-4-1")), ("2024-04-01x", .string("2024-04-01x")),
        ("2024-04-01 18", .string("2024-04-01 18")), ("2024-04-01 18:30:5", .string("2024-04-01 18:30:5")),
        ("2024-04-01 18:30 +053", .string("2024-04-01 18:30 +053")), ("20240401", .int(20_240_401)),
        // words and text
        ("hello world", .string("hello world")), ("名前", .string("名前")), ("#tag", .null),
    ]

    @Test("plain scalars resolve by the core schema plus dates", arguments: plain)
    func plainScalar(text: String, expected: YAMLValue) throws {
        #expect(try scalarValue(text) == expected)
    }

    @Test("NaN", arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(text: String) throws {
        guard case .double(let double) = try scalarValue(text) else {
            Issue.record("not a double")
            return
        }
        #expect(double.isNaN)
    }

    static let quoted: [(String, String)] = [
        ("\"42\"", "42"), ("'42'", "42"), ("\"true\"", "true"), ("'null'", "null"), ("''", ""),
        ("\"2024-04-01\"", "2024-04-01"), ("'0x1F'", "0x1F"), ("\"a\\tb\"", "a\tb"), ("'it''s'", "it's"),
        ("\"\\u540D\"", "名"), ("\"99999999999999999999\"", "99999999999999999999"),
    ]

    @Test("quoted scalars stay strings", arguments: quoted)
    func quotedScalar(yaml: String, text: String) throws {
        let node = try #require(try readRoot("v: \(yaml)")["v"]?.scalar)
        #expect(node.value == .string(text))
        #expect(node.text == text)
    }

    @Test("a scalar keeps its text and style")
    func textAndStyle() throws {
        let root = try readRoot("a: 0x1F\nb: 'x'\nc: \"y\"\nd: |\n  z\ne: >\n  w\n")
        #expect(root["a"]?.scalar == YAMLScalar(text: "0x1F", style: .plain, value: .int(31)))
        #expect(root["b"]?.scalar?.style == .singleQuoted)
        #expect(root["c"]?.scalar?.style == .doubleQuoted)
        #expect(root["d"]?.scalar?.style == .literal)
        #expect(root["e"]?.scalar?.style == .folded)
    }

    static let tagged: [(String, YAMLValue, String)] = [
        ("!!str 42", .string("42"), "!!str"),
        ("!!str true", .string("true"), "!!str"),
        ("!!str", .string(""), "!!str"),
        ("!!int \"12\"", .int(12), "!!int"),
        ("!!int 0x10", .int(16), "!!int"),
        ("!!float 1", .double(1), "!!float"),
        ("!!float '2.5'", .double(2.5), "!!float"),
        ("!!float -.inf", .double(-.infinity), "!!float"),
        ("!!float 99999999999999999999", .double(1e20), "!!float"),
        ("!!bool 'false'", .bool(false), "!!bool"),
        ("!!null ''", .null, "!!null"),
        ("!!null ~", .null, "!!null"),
        ("!!timestamp '2024-04-01'", .date(YAMLDate(year: 2024, month: 4, day: 1)), "!!timestamp"),
        ("! 42", .string("42"), "!"),
        ("!color red", .string("red"), "!color"),
        ("!color 12", .int(12), "!color"),
        ("!color '12'", .string("12"), "!color"),
        ("!<tag:example.com,2024:x> true", .bool(true), "tag:example.com,2024:x"),
    ]

    @Test("explicit tags", arguments: tagged)
    func explicitTag(yaml: String, expected: YAMLValue, tag: String) throws {
        let node = try #require(try readRoot("v: \(yaml)\n")["v"])
        #expect(node.scalar?.value == expected)
        #expect(node.tag == tag)
    }

    static let impossibleTags: [(String, String, String)] = [
        ("!!int abc", "`abc` is not a valid `!!int`", "`abc` は `!!int` として正しくありません"),
        ("!!int 1.5", "`1.5` is not a valid `!!int`", "`1.5` は `!!int` として正しくありません"),
        ("!!float abc", "`abc` is not a valid `!!float`", "`abc` は `!!float` として正しくありません"),
        ("!!bool yes", "`yes` is not a valid `!!bool`", "`yes` は `!!bool` として正しくありません"),
        ("!!null 0", "`0` is not a valid `!!null`", "`0` は `!!null` として正しくありません"),
        ("!!timestamp 2024-02-30", "`2024-02-30` is not a valid `!!timestamp`",
         "`2024-02-30` は `!!timestamp` として正しくありません"),
        ("!!timestamp tomorrow", "`tomorrow` is not a valid `!!timestamp`",
         "`tomorrow` は `!!timestamp` として正しくありません"),
        ("!!int 99999999999999999999", "integer `99999999999999999999` is too large",
         "整数 `99999999999999999999` が大きすぎます"),
    ]

    @Test("a value its tag cannot hold is an error at the node", arguments: impossibleTags)
    func impossibleTag(yaml: String, message: String, japanese: String) throws {
        let error = try readError("a: 1\nv: \(yaml)\n")
        #expect(error.message == message)
        #expect(error.message(in: .japanese) == japanese)
        #expect(error.position == at(2, 4))
    }

    @Test("a tagged value that is wrong says to fix the value or remove the tag")
    func impossibleTagHint() throws {
        let error = try readError("v: !!int abc\n")
        #expect(error.hint == "fix the value or remove the tag")
        #expect(error.hint(in: .japanese) == "値を直すか、タグを削除してください")
    }

    @Test("tags on collections are kept")
    func collectionTags() throws {
        let root = try readRoot("a: !!seq [1]\nb: !!map {x: 1}\nc: !point {x: 1}\n")
        #expect(root["a"]?.tag == "!!seq")
        #expect(root["b"]?.tag == "!!map")
        #expect(root["c"]?.tag == "!point")
        #expect(root["c"]?["x"]?.scalar?.value == .int(1))
        #expect(root.tag == nil)
    }

    @Test("an integer too large for Int is an error")
    func integerOverflow() throws {
        let error = try readError("title: x\nviews: 9223372036854775808\n")
        #expect(error.message == "integer `9223372036854775808` is too large")
        #expect(error.position == at(2, 8))
        #expect(error.hint == "integers go up to 9223372036854775807; put quotes around it to keep it as text")
        #expect(error.message(in: .japanese) == "整数 `9223372036854775808` が大きすぎます")
        #expect(
            error.hint(in: .japanese)
                == "整数は 9223372036854775807 までです。文字列として扱うなら引用符（\" または '）で囲んでください")
        #expect(try readError("v: -9223372036854775809").message == "integer `-9223372036854775809` is too large")
        #expect(try readError("v: 0x10000000000000000").message == "integer `0x10000000000000000` is too large")
        #expect(try readError("v: 0x8000000000000000").message == "integer `0x8000000000000000` is too large")
    }
}
