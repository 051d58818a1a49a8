import Foundation
import KohoFuzzing
import Testing

/// Every committed seed and every crasher the fuzzers found, through the code the fuzz targets run, so a
/// fixed crash stays fixed without the fuzzer.
@Suite struct FuzzCorpusReplayTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz").path

    static func inputs(_ kind: String, _ target: FuzzTarget) -> [String] {
        var folders = ["\(fuzzFolder)/\(kind)/\(target.name)"]
        // The built-in theme's layouts are template seeds where they are (scripts/fuzz.sh adds them too).
        if kind == "corpus", target == .template {
            let layouts = (fuzzFolder as NSString).deletingLastPathComponent + "/themes/default/layouts"
            folders += [layouts, layouts + "/partials"]
        }
        return FuzzReplay.files(at: folders)
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedCorpusRuns(_ target: FuzzTarget) throws {
        let files = Self.inputs("corpus", target)
        #expect(files.count >= 5, "Fuzz/corpus/\(target.name) needs seeds")
        for file in files {
            target.run(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        }
    }

    /// Each crasher must also answer quickly: libFuzzer counts an input slower than 2 s as a finding.
    @Test(arguments: FuzzTarget.allCases)
    func crashersStayFixed(_ target: FuzzTarget) throws {
        for file in Self.inputs("crashers", target) {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            let clock = ContinuousClock()
            let elapsed = clock.measure { target.run(bytes) }
            #expect(elapsed < .seconds(2), "\(file) took \(elapsed)")
        }
    }

    @Test func replayListsFilesOfFoldersSortedWithoutHiddenOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("koho-replay-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b", "a", ".hidden", "sub/c"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = FuzzReplay.files(at: [folder.path, folder.path + "/missing"])
        #expect(files == ["a", "b", "sub/c"].map { folder.path + "/" + $0 })
    }
}
