import KohoDiagnostics
import KohoYAML

/// One i18n file (`themes/default/i18n/ja.yml`, a site's `i18n/ja.yml`), flattened into `key` and
/// `group.key` entries, with where each key is written so a message can point at it.
struct InterfaceStrings: Sendable {
    /// The file, as messages name it.
    var path: String
    /// Flattened keys (`labels.title.staff-list`) to text.
    var strings: [String: String] = [:]
    /// Where each key is written.
    var positions: [String: SourcePosition] = [:]
    /// The file's text, for the source line under a message.
    var text: String = ""

    /// Reads `text`; a file that is not a mapping of text is reported and reads as what could be read.
    static func read(_ text: String, path: String, diagnostics: inout DiagnosticBag) -> InterfaceStrings {
        var result = InterfaceStrings(path: path, text: text)
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(text)
        } catch {
            diagnostics.append(error.diagnostic(path: path, text: text))
            return result
        }
        func walk(_ node: YAMLNode, prefix: String) {
            guard let pairs = node.pairs else {
                diagnostics.append(
                    Diagnostic(path: path, position: node.position, in: text, Message(.themeStringsNotMapping)))
                return
            }
            for pair in pairs {
                let key = prefix + (pair.key.scalar?.text ?? "")
                if pair.value.pairs != nil {
                    walk(pair.value, prefix: key + ".")
                } else if let scalar = pair.value.scalar, scalar.value != .null {
                    result.strings[key] = scalar.text
                    result.positions[key] = pair.key.position
                } else {
                    diagnostics.append(
                        Diagnostic(
                            path: path, position: pair.value.position, in: text,
                            Message(.themeStringNotText, ["key": .code(key)])))
                }
            }
        }
        if let root { walk(root, prefix: "") }
        return result
    }
}
