import Foundation
import KohoBuild
import KohoCards
import Testing

/// The example site in the repository, built whole and compared file by file with the golden copy in
/// Snapshots/example-site/. Re-record with `make goldens` (recording fails the test, so it is never silent).
@Suite struct ExampleSiteGoldenTests {
    static let golden = TestSupport.snapshots.appendingPathComponent("example-site")

    static func buildExample() throws -> BuildReport {
        try SiteBuilder(options: BuildOptions(source: TestSupport.repository.path, now: TestSupport.now)).plan()
    }

    /// Generated files by path; copied files (static, assets) as a line naming their source; resized images
    /// as a line (their path names the original's hash, width and format; their bytes depend on the version
    /// of libvips and its encoders, and are tested in KohoImagesTests); share cards as a line with the SHA-256
    /// of the SVG they were drawn from (their pixels depend on the machine's librsvg and fonts; `KohoCardsTests`
    /// look at those).
    static func snapshot(of report: BuildReport) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in report.files {
            switch file.contents {
            case .bytes where file.path.hasPrefix("media/"): files[file.path] = Array("resized image\n".utf8)
            case .bytes(let bytes) where file.path.hasPrefix("cards/") && file.path.hasSuffix(".png"):
                let svg = CardStamp.key(in: bytes)?.split(separator: " ").first.map(String.init) ?? "none"
                files[file.path] = Array("share card drawn from the SVG \(svg)\n".utf8)
            case .bytes(let bytes): files[file.path] = bytes
            case .image: Issue.record("\(file.path): a planned site holds every image's bytes")
            case .copy(let source): files[file.path] = Array("copied from \(source)\n".utf8)
            case .written: Issue.record("\(file.path): a planned site holds every file's bytes")
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

    /// Two separate `koho build` processes, one on a copy of the example site whose files and folders were
    /// created in the opposite order (so the file system lists them differently), write the same bytes.
    @Test func buildIsDeterministicAcrossProcessesAndFileOrder() throws {
        let manager = FileManager.default
        let repository = TestSupport.repository.path
        var sources: [String] = ["site.yml", "site.en.yml"]
        for folder in ["content", "static"] {
            for case let path as String in manager.enumerator(atPath: repository + "/" + folder) ?? FileManager.DirectoryEnumerator() {
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: repository + "/" + folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    sources.append(folder + "/" + path)
                }
            }
        }
        #expect(sources.count > 20)
        var outputs: [[String: Data]] = []
        for order in [sources.sorted(), sources.sorted().reversed()] {
            let root = try TestSupport.temporaryFolder()
            defer { try? manager.removeItem(at: root) }
            for path in order {
                let target = root.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(atPath: repository + "/" + path, toPath: target.path)
            }
            let run = try CommandLineTests.run(["build", "--source", root.path])
            #expect(run.status == 0, "\(run.stderr)")
            var files: [String: Data] = [:]
            let output = root.appendingPathComponent("public").path
            for case let path as String in manager.enumerator(atPath: output) ?? FileManager.DirectoryEnumerator() {
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: output + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[path] = try Data(contentsOf: URL(fileURLWithPath: output + "/" + path))
                }
            }
            outputs.append(files)
        }
        #expect(outputs[0].count > 50)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for path in outputs[0].keys.sorted() where outputs[0][path] != outputs[1][path] {
            Issue.record("\(path) differs between the two builds")
        }
    }
}
