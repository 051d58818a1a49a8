import Foundation
import KohoBuild
import Testing

/// The example site in the repository, built whole and compared file by file with the golden copy in
/// Snapshots/example-site/. Re-record with `make goldens` (recording fails the test, so it is never silent).
@Suite struct ExampleSiteGoldenTests {
    static let golden = TestSupport.snapshots.appendingPathComponent("example-site")

    static func buildExample() throws -> BuildReport {
        try SiteBuilder(options: BuildOptions(source: TestSupport.repository.path, now: TestSupport.now)).plan()
    }

    /// Generated files by path; copied files (static, assets) as a line naming their source.
    static func snapshot(of report: BuildReport) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in report.files {
            switch file.contents {
            case .bytes(let bytes): files[file.path] = bytes
            case .copy(let source): files[file.path] = Array("copied from \(source)\n".utf8)
            }
        }
        return files
    }

    @Test func exampleSiteMatchesGolden() throws {
        let actual = Self.snapshot(of: try Self.buildExample())
        let manager = FileManager.default
        if TestSupport.recording {
            try? manager.removeItem(at: Self.golden)
            for (path, bytes) in actual {
                let url = Self.golden.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            Issue.record("re-recorded \(actual.count) golden files in Snapshots/example-site/")
            return
        }
        var expected: [String: [UInt8]] = [:]
        let base = Self.golden.standardizedFileURL.path
        for case let relative as String in manager.enumerator(atPath: base) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                expected[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: base + "/" + relative)))
            }
        }
        #expect(actual.keys.sorted() == expected.keys.sorted(), "the set of output files changed: run `make goldens`")
        for path in actual.keys.sorted() where expected[path] != nil && actual[path] != expected[path] {
            Issue.record("\(path) differs from Snapshots/example-site/\(path): run `make goldens` and review the diff")
        }
    }

    @Test func buildIsDeterministic() throws {
        let first = Self.snapshot(of: try Self.buildExample())
        let second = Self.snapshot(of: try Self.buildExample())
        #expect(first == second)
    }
}
