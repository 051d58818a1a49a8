import Foundation

/// Runs saved inputs through a target without libFuzzer: a fuzz executable built without the fuzzer flags,
/// and the replay test.
public enum FuzzReplay {
    /// The files at `paths`, each a file or a folder (read to any depth, hidden files left out), sorted.
    public static func files(at paths: [String]) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                found.append(path)
                continue
            }
            let children = (try? manager.subpathsOfDirectory(atPath: path)) ?? []
            for child in children where !child.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let full = path + "/" + child
                var childIsFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &childIsFolder), !childIsFolder.boolValue {
                    found.append(full)
                }
            }
        }
        return found.sorted()
    }

    /// Runs every file named on the command line (files or folders) through `target` and says how many;
    /// with none, prints how to fuzz.
    public static func main(_ target: FuzzTarget, arguments: [String] = CommandLine.arguments) {
        let paths = Array(arguments.dropFirst())
        guard !paths.isEmpty else {
            print("usage: fuzz-\(target.name) FILE|FOLDER…  (replays inputs; fuzz with scripts/fuzz.sh)")
            return
        }
        let files = files(at: paths)
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("cannot read \(file)")
                exit(1)
            }
            target.run(Array(data))
        }
        print("fuzz-\(target.name): replayed \(files.count) input(s)")
    }
}
