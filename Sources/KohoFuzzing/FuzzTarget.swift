/// A part of Koho that reads untrusted text, and what one fuzz input does to it.
///
/// The `fuzz-*` executables hand each libFuzzer input to ``run(_:)``; `KohoFuzzingTests` replays every file
/// of `Fuzz/corpus/<name>/` and `Fuzz/crashers/<name>/` through the same function, so a crasher kept in the
/// repository stays a regression test without the fuzzer. A target must not crash, hang or grow memory on
/// any input: a thrown error is a normal answer, a trap (including a failed ``FuzzCheck``) is a finding.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `YAMLReader.read` on the input as YAML, then every resolved value and the error's diagnostic.
    case yaml
    /// `FrontMatterSplitter.split` in both formats, then the whole entry load of the input as a post and as
    /// a staff file through `ContentLoader` with a `MemoryFileSystem`, diagnostics formatted.
    case frontMatter = "front-matter"
    /// The template lexer and parser (`TemplateLibrary`), then one render with a small context.
    case template
    /// `MarkdownRenderer.render` with hashtag links, a base path and the link policy on.
    case markdown
    /// `HashtagExtractor.matches` and `Hashtag.parse`, with their invariants checked.
    case hashtag

    /// The folder name under `Fuzz/corpus/` and `Fuzz/crashers/`, and the executable's suffix (`fuzz-yaml`).
    public var name: String { rawValue }

    /// Runs one input. Traps (through ``FuzzCheck``) when an invariant the target promises does not hold.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: FuzzYAML.run(bytes)
        case .frontMatter: FuzzFrontMatter.run(bytes)
        case .template: FuzzTemplate.run(bytes)
        case .markdown: FuzzMarkdown.run(bytes)
        case .hashtag: FuzzHashtag.run(bytes)
        }
    }

    /// The input as text: invalid UTF-8 is repaired as Koho's own decoding would show it.
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// Checks that hold for every input; a failure is reported as a crash, so the fuzzer keeps the input.
enum FuzzCheck {
    /// Traps with `message` when `condition` is false (also in release builds, where fuzzing runs).
    static func expect(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
        line: UInt = #line
    ) {
        if !condition() { fatalError("fuzz invariant: \(message())", file: file, line: line) }
    }
}
