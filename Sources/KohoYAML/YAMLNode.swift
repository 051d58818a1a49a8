public import KohoDiagnostics

/// One node of a YAML document, with the line and column where it starts in the file.
///
/// Positions are 1-based and already offset by the caller's `lineOffset` (front matter starts below its
/// opening `---`), so they can be printed as they are.
public struct YAMLNode: Sendable, Hashable {
    /// What a node holds.
    public enum Kind: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in document order; keys are unique (a duplicate key is a parse error).
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Where the node starts (for a mapping or sequence: its first key or item, or its `{`/`[`).
    public var position: SourcePosition
    /// An explicit tag (`!!str`), when the document wrote one.
    public var tag: String?

    public init(_ kind: Kind, at position: SourcePosition, tag: String? = nil) {
        self.kind = kind
        self.position = position
        self.tag = tag
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar: the text as written (after unquoting) and its resolved value.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written; only plain scalars are resolved to non-string values.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after unquoting and unescaping (`"a\tb"` → `a<TAB>b`), as a person wrote it.
    public var text: String
    public var style: Style
    /// The value by the YAML 1.2 core schema plus dates: `yes`/`no` stay strings, quoted values stay strings.
    public var value: YAMLValue

    public init(text: String, style: Style, value: YAMLValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// A resolved scalar value.
public enum YAMLValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(YAMLDate)
}

/// A date or date-time as written, before any time zone is applied.
///
/// `2024-04-01` has no time and no offset; `2024-04-01 18:30` has a time and no offset (the site's timezone
/// applies later); `2024-04-01T18:30:00+09:00` and `…Z` carry their offset.
public struct YAMLDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The time of day, when written.
    public var time: Time?
    /// The offset from UTC in seconds, when written (`Z` is 0).
    public var utcOffsetSeconds: Int?

    public struct Time: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        public var nanosecond: Int

        public init(hour: Int, minute: Int, second: Int = 0, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    public init(year: Int, month: Int, day: Int, time: Time? = nil, utcOffsetSeconds: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}

// MARK: - Reading values

extension YAMLNode {
    /// The value for `key` when this node is a mapping with a string key of that text.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key.scalar?.text == key }?.value
    }

    /// The pairs of a mapping, or `nil`.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items of a sequence, or `nil`.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The scalar, or `nil` for a mapping or sequence.
    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    /// True for a `null` scalar (`~`, `null`, or nothing at all).
    public var isNull: Bool { scalar?.value == .null }

    /// What kind of value this is, for messages: "a list", "a string" (リスト, 文字列).
    public var typeWords: Message.Argument {
        switch kind {
        case .sequence: return .words(.wordTypeList)
        case .mapping: return .words(.wordTypeMapping)
        case .scalar(let s):
            switch s.value {
            case .null: return .words(.wordTypeNull)
            case .bool: return .words(.wordTypeBoolean)
            case .int: return .words(.wordTypeInteger)
            case .double: return .words(.wordTypeNumber)
            case .string: return .words(.wordTypeString)
            case .date: return .words(.wordTypeDate)
            }
        }
    }
}
