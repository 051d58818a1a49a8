import Foundation
import KohoYAML

/// A file of `Fixtures/twitter-text/`.
func twitterTextFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/twitter-text/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// The cases of one section of a twitter-text conformance file (`tests: <section>: [...]`).
func twitterTextCases(_ file: String, _ section: String) -> [YAMLNode] {
    guard let text = try? twitterTextFixture(file),
        let root = try? YAMLReader.read(text, limits: YAMLLimits(maxNodes: 1_000_000)),
        let cases = root["tests"]?[section]?.items
    else { return [] }
    return cases
}

/// One conformance case: its description (the test's name), its text, and its expected value.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    var section: String
    var description: String
    var text: String
    var expected: YAMLNode

    var testDescription: String { "\(section): \(description)" }

    static func load(_ file: String, _ section: String) -> [ConformanceCase] {
        twitterTextCases(file, section).compactMap { node in
            guard let description = node["description"]?.scalar?.text, let text = node["text"]?.scalar?.text,
                let expected = node["expected"]
            else { return nil }
            return ConformanceCase(section: section, description: description, text: text, expected: expected)
        }
    }
}

import Testing

/// How long `body` takes: when the first run takes 2 s or more, a second run, and the faster counts, since
/// other builds and tests share the machine.
func quickestTime(_ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    let first = clock.measure(body)
    return first < .seconds(2) ? first : min(first, clock.measure(body))
}
