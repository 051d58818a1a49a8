import KohoDiagnostics
import KohoYAML
import Testing

/// Reads `yaml`, failing the test when it is empty.
func readRoot(_ yaml: String, lineOffset: Int = 0, limits: YAMLLimits = .default) throws -> YAMLNode {
    try #require(try YAMLReader.read(yaml, lineOffset: lineOffset, limits: limits))
}

/// The value of the one key `v` in `v: <scalar>`.
func scalarValue(_ scalar: String) throws -> YAMLValue {
    let root = try readRoot("v: \(scalar)\n")
    return try #require(root["v"]?.scalar?.value)
}

/// The error reading `yaml` throws, failing the test when it reads fine.
func readError(_ yaml: String, lineOffset: Int = 0, limits: YAMLLimits = .default) throws -> YAMLError {
    do {
        let node = try YAMLReader.read(yaml, lineOffset: lineOffset, limits: limits)
        Issue.record("expected an error, read \(String(describing: node))")
    } catch {
        return error
    }
    throw ExpectedError()
}

struct ExpectedError: Error {}

/// A position, shorter to write in tables.
func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}
