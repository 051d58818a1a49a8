import KohoDiagnostics

/// One libyaml event, already converted to Swift values and 1-based, offset positions.
///
/// Converting at the C boundary lets the composer work without touching C memory, and lets the parser
/// free each `yaml_event_t` as soon as it has been read.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(at: SourcePosition)
    case documentEnd
    case alias(anchor: String, at: SourcePosition)
    case scalar(YAMLScalarEvent)
    case sequenceStart(YAMLCollectionStart)
    case sequenceEnd
    case mappingStart(YAMLCollectionStart)
    case mappingEnd
}

/// A scalar as libyaml reports it, before resolution.
struct YAMLScalarEvent {
    var text: String
    var style: YAMLScalar.Style
    /// The tag in short form (`!!str`, `!local`), when the document wrote one.
    var tag: String?
    var anchor: String?
    var position: SourcePosition
}

/// The start of a sequence or mapping.
struct YAMLCollectionStart {
    var tag: String?
    var anchor: String?
    var position: SourcePosition
}
