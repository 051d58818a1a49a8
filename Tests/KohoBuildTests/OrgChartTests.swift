import KohoBuild
import Testing

/// The organisation chart of /departments/: the department tree as a nested list of linked boxes under the
/// office, drawn by the default theme's CSS, with no script.
@Suite struct OrgChartTests {
    @Test func theChartIsTheTreeOfLinkedBoxes() throws {
        let report = try BuildTests.plan(BuildTests.site)
        #expect(report.diagnostics.isEmpty)
        let page = try #require(BuildTests.text(report, "departments/index.html"))
        let chart = try #require(page.range(of: "<figure class=\"org-chart\"").map { String(page[$0.lowerBound...]) })
        let figure = String(chart.prefix { $0 != "\u{0}" }.split(separator: "</figure>", maxSplits: 1)[0])
        #expect(figure.contains("<figcaption id=\"org-chart-title\">組織図</figcaption>"))
        #expect(figure.contains("<p class=\"org-root\">テスト市役所</p>"))
        #expect(
            figure.contains(
                "<li><a class=\"org-box\" href=\"/city/departments/somu/\">総務部</a>\n<ul class=\"org-level-2\">\n"
                    + "<li><a class=\"org-box\" href=\"/city/departments/koho/\">広報課</a>\n</li>\n</ul>\n</li>"))
        #expect(!figure.contains("<script"))
        // The scrolling box can be reached from the keyboard (a wide chart scrolls sideways).
        #expect(figure.contains("<div class=\"org-scroll\" tabindex=\"0\" role=\"group\" aria-labelledby=\"org-chart-title\">"))
    }

    @Test func aSiteWithoutDepartmentsHasNoChart() throws {
        var files = BuildTests.site
        for path in files.keys where path.hasPrefix("content/departments/") { files[path] = nil }
        for path in files.keys where path.hasPrefix("content/staff/") {
            files[path] = files[path]?.replacingOccurrences(of: "department: koho\n", with: "")
                .replacingOccurrences(of: "department: somu\n", with: "")
        }
        let report = try BuildTests.plan(files)
        let page = try #require(BuildTests.text(report, "departments/index.html"))
        #expect(!page.contains("org-chart"))
    }
}
