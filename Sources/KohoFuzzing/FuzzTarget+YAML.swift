import KohoDiagnostics
import KohoYAML

/// The YAML reader on arbitrary text.
enum FuzzYAML {
    static func run(_ bytes: [UInt8]) {
        let text = FuzzTarget.text(bytes)
        do {
            guard let root = try YAMLReader.read(text, lineOffset: 1) else { return }
            var count = 0
            visit(root, count: &count)
        } catch {
            // The error must become a located, printable diagnostic like any other.
            let diagnostic = error.diagnostic(path: "content/staff/fuzz.yml", text: text)
            FuzzCheck.expect(diagnostic.location != nil, "YAML error without a location: \(error)")
            _ = DiagnosticFormatter.format([diagnostic], as: .text)
        }
    }

    /// Walks every node, reading each scalar's value and position (what the field readers do).
    private static func visit(_ node: YAMLNode, count: inout Int) {
        count += 1
        FuzzCheck.expect(count <= YAMLLimits.default.maxNodes, "more nodes than YAMLLimits allows")
        FuzzCheck.expect(node.position.line >= 1 && node.position.column >= 1, "node at \(node.position)")
        switch node.kind {
        case .scalar(let scalar):
            if case .string(let string) = scalar.value { _ = string.utf8.count }
        case .sequence(let items):
            for item in items { visit(item, count: &count) }
        case .mapping(let pairs):
            for pair in pairs {
                visit(pair.key, count: &count)
                visit(pair.value, count: &count)
            }
        }
    }
}
