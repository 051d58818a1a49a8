import Foundation
import KohoBuild
import KohoDiagnostics
import Testing

/// Each folder under Fixtures/invalid/ is a site with mistakes; `expected.txt` beside it is the whole text a
/// person sees. Re-record with `make goldens`.
@Suite struct InvalidSiteTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("invalid")

    /// The table below is built from the fixture folders: if they moved or emptied, it would pass with no
    /// cases at all, so their presence is a test of its own.
    @Test func theFixturesAreThere() throws {
        let names = TestSupport.subfolders(of: Self.folder)
        #expect(names.count >= 19, "expected the invalid sites under \(Self.folder.path), found \(names.count)")
        for name in names {
            let expected = Self.folder.appendingPathComponent(name).appendingPathComponent("expected.txt")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no expected.txt")
        }
    }

    @Test(arguments: TestSupport.subfolders(of: folder))
    func reportsEveryMistakeWithItsPlace(_ name: String) throws {
        let site = Self.folder.appendingPathComponent(name)
        let options = BuildOptions(source: site.path, now: TestSupport.now)
        let diagnostics: [Diagnostic]
        do {
            _ = try SiteBuilder(options: options).plan()
            Issue.record("\(name): the build succeeded but should have failed")
            return
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.contains { $0.severity == .error })
        let text = DiagnosticFormatter.format(diagnostics, as: .text)
        let expectedFile = site.appendingPathComponent("expected.txt")
        if TestSupport.recording {
            try text.write(to: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(name)/expected.txt")
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(text == expected)
    }
}
