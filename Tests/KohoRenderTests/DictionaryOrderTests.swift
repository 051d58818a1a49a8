import Foundation
import Testing

/// The directory, built: staff and departments listed in dictionary order (ICU's `ja` collation on
/// readings), not in code-point order.
@Suite struct DictionaryOrderTests {
    static func position(of name: String, in html: String) throws -> String.Index {
        try #require(html.range(of: name), "\(name) is not listed").lowerBound
    }

    @Test func staffAndDepartmentsInDictionaryOrder() throws {
        let files = try TestSite.plan { files in
            for (slug, name, reading) in [
                ("kimura", "木村 健", "きむら けん"), ("keith", "キース ジョン", "きーす じょん"),
                ("kobayashi", "小林 誠", "こばやし まこと"), ("goto", "後藤 渚", "ごとう なぎさ"),
            ] {
                files["content/staff/\(slug).md"] = "---\nname: \(name)\nreading: \(reading)\ndepartment: somu\n---\n"
            }
            files["content/departments/gikai.md"] = "---\nname: 議会事務局\nreading: ぎかいじむきょく\n---\n"
            files["content/departments/kyoiku.md"] = "---\nname: 教育委員会\nreading: きょういくいいんかい\n---\n"
        }
        let staff = try TestSite.text(files, "staff/index.html")
        let order = try ["キース ジョン", "木村 健", "後藤 渚", "小林 誠"].map { try Self.position(of: $0, in: staff) }
        #expect(order == order.sorted(), "staff list: \(order)")
        let departments = try TestSite.text(files, "departments/index.html")
        #expect(try Self.position(of: "議会事務局", in: departments) < Self.position(of: "教育委員会", in: departments))
    }
}
