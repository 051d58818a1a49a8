import Foundation
import KohoDiagnostics
import KohoYAML

/// A site file decoded, cut at its front matter and its YAML read: the mapping to read fields from.
struct SourceDocument {
    let path: String
    let text: String
    let frontMatter: FrontMatter
    let pairs: [YAMLPair]
    /// Where "missing required field" points: the opening `---`, or a `.yml` file's first key.
    let origin: SourcePosition

    /// Reads the file at `path`, or throws the one diagnostic that stops it from being read at all.
    ///
    /// - Parameters:
    ///   - format: Markdown with front matter, or plain YAML.
    ///   - describedAs: What the mapping is called in messages ("front matter", "site.yml").
    ///   - requiredField: The field named when a Markdown file has no front matter at all.
    static func read(
        path: String, bytes: [UInt8], format: EntryFormat, describedAs: String, requiredField: String
    ) throws(Diagnostic) -> SourceDocument {
        let text = try SourceDecoder.decode(bytes, path: path)
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatterSplitter.split(text, format: format)
        } catch {
            throw error.diagnostic(path: path, text: text)
        }
        let start = SourcePosition(line: 1, column: 1)
        guard let yaml = frontMatter.yaml else {
            throw Diagnostic(
                path: path, position: start, in: text,
                "\(path) has no front matter, so it has no `\(requiredField)`",
                hint: "start the file with a line `---`, then `\(requiredField): …`, then a line `---`")
        }
        if let colon = FullWidthColon.find(in: yaml, lineOffset: frontMatter.yamlLineOffset) {
            let example = colon.value.isEmpty ? "\(colon.key): …" : "\(colon.key): \(colon.value)"
            throw Diagnostic(
                path: path, position: colon.position, in: text,
                "full-width colon `：` after `\(colon.key)`: a field needs a half-width `:`",
                hint: "write `\(example)`: type `:` in half-width (直接入力) mode, with a space after it")
        }
        let root: YAMLNode?
        do {
            root = try YAMLReader.read(yaml, lineOffset: frontMatter.yamlLineOffset)
        } catch {
            throw error.diagnostic(path: path, text: text)
        }
        guard let root else {
            return SourceDocument(path: path, text: text, frontMatter: frontMatter, pairs: [], origin: start)
        }
        guard let pairs = root.pairs else {
            throw Diagnostic(
                path: path, position: root.position, in: text,
                "\(describedAs) must be a mapping of fields like `\(requiredField): …`, got \(root.typeDescription)")
        }
        let origin = format == .markdown ? start : root.position
        return SourceDocument(path: path, text: text, frontMatter: frontMatter, pairs: pairs, origin: origin)
    }

    /// A reader for the document's top-level fields.
    func fields(dates: DateResolver) -> FieldReader {
        FieldReader(path: path, text: text, pairs: pairs, origin: origin, dates: dates)
    }
}
