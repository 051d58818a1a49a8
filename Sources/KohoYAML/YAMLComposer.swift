import KohoDiagnostics

/// Builds the node tree from libyaml's events: resolves scalars, expands aliases, rejects duplicate and
/// non-scalar keys, and enforces ``YAMLLimits``.
///
/// An alias yields a copy of its anchor's node whose own position is the alias (so "expected a string,
/// found a list" points where the alias is used) while the nodes inside keep the positions where they
/// are written. Copies are cheap (arrays are shared until written), but they are counted as if
/// expanded: a "billion laughs" document stops at the first alias that crosses `maxNodes`.
struct YAMLComposer {
    private let parser: YAMLParser
    private let limits: YAMLLimits
    /// Completed anchored nodes by name; a later anchor of the same name replaces an earlier one.
    private var anchors: [String: Anchored] = [:]
    /// Anchors whose node is still being composed, to explain an alias that refers to its own container.
    private var openAnchors: Set<String> = []
    /// Every node produced so far, alias expansions included.
    private var nodeCount = 0

    /// An anchored node with what repeating it costs.
    private struct Anchored {
        var node: YAMLNode
        /// The nodes it expands to, itself included.
        var nodeCount: Int
        var height: Int
    }

    /// A composed node and how many levels of lists and mappings it spans (0 for a scalar).
    private struct Composed {
        var node: YAMLNode
        var height: Int
    }

    /// Identifies a mapping key for duplicate detection.
    ///
    /// Keys are compared by text, because Koho looks them up by text, and non-string keys also by value,
    /// because YAML says `~` and `null`, or `0x10` and `16`, are the same key.
    private enum KeyIdentity: Hashable {
        case text(String)
        case value(YAMLValue)
    }

    init(parser: YAMLParser, limits: YAMLLimits) {
        self.parser = parser
        self.limits = limits
    }

    /// The stream's only document, or `nil` when the stream has none.
    mutating func composeSingleDocument() throws(YAMLError) -> YAMLNode? {
        _ = try parser.next()  // stream start
        guard case .documentStart = try parser.next() else { return nil }
        let root = try compose(parser.next(), depth: 0).node
        _ = try parser.next()  // document end
        if case .documentStart(let position) = try parser.next() {
            throw YAMLError(Message(.yamlSecondDocument), at: position, hint: Message(.yamlSecondDocumentHint))
        }
        return root
    }

    // MARK: - Nodes

    /// The node that starts with `event`, inside `depth` lists and mappings.
    private mutating func compose(_ event: YAMLEvent, depth: Int) throws(YAMLError) -> Composed {
        switch event {
        case .scalar(let scalar):
            return try composeScalar(scalar)
        case .sequenceStart(let start):
            return try composeSequence(start, depth: depth)
        case .mappingStart(let start):
            return try composeMapping(start, depth: depth)
        case .alias(let name, let position):
            return try composeAlias(name, at: position, depth: depth)
        case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
            // libyaml's grammar puts a node here; reaching this would be a libyaml bug, not a user error.
            throw YAMLError(
                Message(.yamlUnexpectedStructure), at: SourcePosition(line: 1 + parser.lineOffset, column: 1))
        }
    }

    private mutating func composeScalar(_ scalar: YAMLScalarEvent) throws(YAMLError) -> Composed {
        try count(1, at: scalar.position, isAlias: false)
        // A quoted scalar can spell any character (`"\e[31m"`, `"\u0007"`); control characters would reach
        // pages and feeds, where they are invisible, invalid in XML, or act on a terminal.
        if let control = scalar.text.unicodeScalars.first(where: Self.isForbiddenControl) {
            throw YAMLError(
                Message(.yamlControlCharacterInValue, ["code": .text(TerminalText.codePoint(control))]),
                at: scalar.position, hint: Message(.yamlControlCharacterInValueHint))
        }
        let resolution =
            scalar.tag.flatMap { YAMLResolver.resolve(scalar.text, tag: $0) }
            ?? (scalar.style == .plain ? YAMLResolver.resolvePlain(scalar.text) : .string)
        let value: YAMLValue
        switch resolution {
        case .string:
            value = .string(scalar.text)
        case .value(let resolved):
            value = resolved
        case .integerTooLarge:
            throw YAMLError(
                Message(.yamlIntegerTooLarge, ["value": .code(scalar.text)]), at: scalar.position,
                hint: Message(.yamlIntegerTooLargeHint, ["maximum": .number(Int.max)]))
        case .invalid:
            throw YAMLError(
                Message(.yamlTagMismatch, ["value": .code(scalar.text), "tag": .code(scalar.tag ?? "")]),
                at: scalar.position, hint: Message(.yamlTagMismatchHint))
        }
        let node = YAMLNode(
            .scalar(YAMLScalar(text: scalar.text, style: scalar.style, value: value)), at: scalar.position,
            tag: scalar.tag)
        if let anchor = scalar.anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: 1, height: 0)
        }
        return Composed(node: node, height: 0)
    }

    /// C0 and C1 control characters and DEL, except tab and line break (block scalars hold line breaks).
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    private mutating func composeSequence(_ start: YAMLCollectionStart, depth: Int) throws(YAMLError) -> Composed {
        let countBefore = try open(start, depth: depth)
        var items: [YAMLNode] = []
        var height = 0
        while true {
            let event = try parser.next()
            if case .sequenceEnd = event { break }
            let item = try compose(event, depth: depth + 1)
            items.append(item.node)
            height = max(height, item.height)
        }
        let composed = Composed(
            node: YAMLNode(.sequence(items), at: start.position, tag: start.tag), height: height + 1)
        close(start, composed, countBefore: countBefore)
        return composed
    }

    private mutating func composeMapping(_ start: YAMLCollectionStart, depth: Int) throws(YAMLError) -> Composed {
        let countBefore = try open(start, depth: depth)
        var pairs: [YAMLPair] = []
        var keyPositions: [KeyIdentity: SourcePosition] = [:]
        var height = 0
        while true {
            let event = try parser.next()
            if case .mappingEnd = event { break }
            let key = try compose(event, depth: depth + 1)
            guard case .scalar(let scalar) = key.node.kind else {
                throw YAMLError(
                    Message(.yamlKeyNotScalar), at: key.node.position, hint: Message(.yamlKeyNotScalarHint))
            }
            var identities = [KeyIdentity.text(scalar.text)]
            if case .string = scalar.value {} else { identities.append(.value(scalar.value)) }
            for identity in identities {
                if let first = keyPositions[identity] {
                    throw YAMLError(
                        Message(.yamlDuplicateKey, ["key": .code(scalar.text)]), at: key.node.position,
                        hint: Message(.yamlDuplicateKeyHint, ["line": .number(first.line)]))
                }
            }
            for identity in identities { keyPositions[identity] = key.node.position }
            let value = try compose(parser.next(), depth: depth + 1)
            pairs.append(YAMLPair(key: key.node, value: value.node))
            height = max(height, value.height)
        }
        let composed = Composed(node: YAMLNode(.mapping(pairs), at: start.position, tag: start.tag), height: height + 1)
        close(start, composed, countBefore: countBefore)
        return composed
    }

    private mutating func composeAlias(_ name: String, at position: SourcePosition, depth: Int) throws(YAMLError)
        -> Composed
    {
        guard let anchored = anchors[name] else {
            if openAnchors.contains(name) {
                throw YAMLError(
                    Message(.yamlAliasInsideItself, ["alias": .code("*" + name)]), at: position,
                    hint: Message(.yamlAliasInsideItselfHint))
            }
            throw YAMLError(
                Message(.yamlAliasUnknown, ["alias": .code("*" + name)]), at: position,
                hint: Message(.yamlAliasUnknownHint, ["anchor": .code("&" + name)]))
        }
        if depth + anchored.height > limits.maxDepth {
            throw YAMLError(Message(.yamlAliasTooDeep, ["maximum": .number(limits.maxDepth)]), at: position)
        }
        try count(anchored.nodeCount, at: position, isAlias: true)
        var node = anchored.node
        node.position = position
        return Composed(node: node, height: anchored.height)
    }

    // MARK: - Anchors and limits

    /// Starts a list or mapping: checks depth and size, marks its anchor as open. Returns the node
    /// count before it, to measure what the anchor expands to.
    private mutating func open(_ start: YAMLCollectionStart, depth: Int) throws(YAMLError) -> Int {
        if depth + 1 > limits.maxDepth {
            throw YAMLError(Message(.yamlTooDeep, ["maximum": .number(limits.maxDepth)]), at: start.position)
        }
        let countBefore = nodeCount
        try count(1, at: start.position, isAlias: false)
        if let anchor = start.anchor { openAnchors.insert(anchor) }
        return countBefore
    }

    /// Ends a list or mapping: registers it under its anchor.
    private mutating func close(_ start: YAMLCollectionStart, _ composed: Composed, countBefore: Int) {
        guard let anchor = start.anchor else { return }
        openAnchors.remove(anchor)
        anchors[anchor] = Anchored(node: composed.node, nodeCount: nodeCount - countBefore, height: composed.height)
    }

    private mutating func count(_ nodes: Int, at position: SourcePosition, isAlias: Bool) throws(YAMLError) {
        nodeCount += nodes
        guard nodeCount > limits.maxNodes else { return }
        if isAlias {
            throw YAMLError(
                Message(.yamlAliasTooLarge, ["maximum": .number(limits.maxNodes)]), at: position,
                hint: Message(.yamlAliasTooLargeHint))
        }
        throw YAMLError(Message(.yamlTooLarge, ["maximum": .number(limits.maxNodes)]), at: position)
    }
}
