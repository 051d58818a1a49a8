internal import CYAML
import KohoDiagnostics

/// Pulls events out of libyaml one at a time.
///
/// Owns the `yaml_parser_t` and a copy of the text's UTF-8 bytes, which libyaml reads in place: both
/// live exactly as long as this object. Everything leaving this type is Swift: marks are converted
/// once, here, from libyaml's 0-based lines and columns to 1-based ``SourcePosition``s with the
/// caller's line offset added. libyaml counts columns in Unicode scalars, as Koho does.
final class YAMLParser {
    /// Lines added to every position (front matter starts below its opening `---`).
    let lineOffset: Int
    /// The UTF-8 text; libyaml keeps a pointer into it until the parser is deleted.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Heap-allocated so its address never moves while libyaml holds pointers into its buffers.
    private let parser: UnsafeMutablePointer<yaml_parser_t>

    init(_ text: String, lineOffset: Int) throws(YAMLError) {
        self.lineOffset = lineOffset
        let utf8 = text.utf8
        bytes = .allocate(capacity: utf8.count)
        _ = bytes.initialize(fromContentsOf: utf8)
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            // libyaml only fails here when it cannot allocate its buffers.
            parser.deallocate()
            bytes.deallocate()
            throw YAMLError(Message(.yamlOutOfMemory), at: SourcePosition(line: 1 + lineOffset, column: 1))
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        bytes.deallocate()
    }

    /// The next event, or the syntax error libyaml found before it.
    func next() throws(YAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw syntaxError(parser.pointee)
        }
        defer { yaml_event_delete(&event) }
        return convert(event)
    }

    // MARK: - Converting C values

    private func convert(_ event: yaml_event_t) -> YAMLEvent {
        let position = self.position(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(at: position)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", at: position)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(
                YAMLScalarEvent(
                    text: text, style: Self.style(scalar.style), tag: Self.shortTag(scalar.tag),
                    anchor: Self.string(scalar.anchor), position: position))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(
                YAMLCollectionStart(
                    tag: Self.shortTag(start.tag), anchor: Self.string(start.anchor), position: position))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(
                YAMLCollectionStart(
                    tag: Self.shortTag(start.tag), anchor: Self.string(start.anchor), position: position))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, and YAML_NO_EVENT which libyaml only returns after the stream end.
            return .streamEnd
        }
    }

    /// A libyaml mark (0-based line and column) as a 1-based position below the line offset.
    func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// The tag as a person writes it: libyaml expands `!!str` to `tag:yaml.org,2002:str`.
    private static func shortTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer) else { return nil }
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
