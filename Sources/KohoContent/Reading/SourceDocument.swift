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
    ///   - describedAs: What the mapping is called in messages (``MessageKey/wordSourceFrontMatter``, `site.yml`).
    ///   - requiredField: The field named when a Markdown file has no front matter at all.
    static func read(
        path: String, bytes: [UInt8], format: EntryFormat, describedAs: Message.Argument, requiredField: String
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
                Message(.frontMatterMissing, ["path": .text(path), "field": .code(requiredField)]),
                hint: Message(.frontMatterMissingHint, ["field": .text(requiredField)]))
        }
        if let mistake = fullWidthMistake(in: yaml, lineOffset: frontMatter.yamlLineOffset) {
            throw Diagnostic(
                path: path, position: mistake.position, in: text, mistake.message, hint: mistake.hint)
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
                Message(
                    .sourceNotMapping, ["what": describedAs, "field": .text(requiredField), "got": root.typeWords]))
        }
        let origin = format == .markdown ? start : root.position
        return SourceDocument(path: path, text: text, frontMatter: frontMatter, pairs: pairs, origin: origin)
    }

    /// The first place in `yaml` where a full-width character typed with the IME on stands where YAML needs a
    /// half-width one: a colon after a field's name (``FullWidthColon``) or a space in the indentation
    /// (``FullWidthSpace``). Found before YAML reads the text, whose own error would be elsewhere or say
    /// nothing of the character.
    private static func fullWidthMistake(
        in yaml: String, lineOffset: Int
    ) -> (position: SourcePosition, message: Message, hint: Message)? {
        let colon = FullWidthColon.find(in: yaml, lineOffset: lineOffset)
        if let space = FullWidthSpace.find(in: yaml, lineOffset: lineOffset),
            colon.map({ space < $0.position }) ?? true
        {
            return (space, Message(.sourceFullWidthSpace), Message(.sourceFullWidthSpaceHint))
        }
        guard let colon else { return nil }
        let example = colon.value.isEmpty ? "\(colon.key): …" : "\(colon.key): \(colon.value)"
        return (
            colon.position, Message(.sourceFullWidthColon, ["key": .code(colon.key)]),
            Message(.sourceFullWidthColonHint, ["example": .code(example)])
        )
    }

    /// A reader for the document's top-level fields.
    func fields(dates: DateResolver, without left: Set<String> = []) -> FieldReader {
        FieldReader(
            path: path, text: text, pairs: left.isEmpty ? pairs : pairs.filter { !left.contains($0.key.scalar?.text ?? "") },
            origin: origin, dates: dates)
    }
}
