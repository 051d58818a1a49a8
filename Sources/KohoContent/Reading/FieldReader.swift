import KohoDiagnostics
import KohoYAML

/// Reads typed fields out of one YAML mapping and records a diagnostic for every problem.
///
/// Every entry kind and site.yml read their fields through this one mechanism, so a wrong type, a missing
/// field or a misspelt name reads the same everywhere. Each accessor remembers the name it was asked for;
/// the fields nobody asked for are the unknown ones (``unknownFields(keep:)``).
struct FieldReader {
    /// The file being read, for diagnostics: the file the field last asked for is written in.
    private(set) var path: String
    /// The file's full text, for the source line under a diagnostic.
    private(set) var text: String
    /// Where "missing required field" errors point: the opening `---`, or the mapping's first key.
    let origin: SourcePosition
    /// The enclosing field (`contact`, `organization.social`), for messages; `nil` at the top level.
    let context: String?
    /// Resolves dates; site.yml sets it once its time zone is read.
    var dates: DateResolver
    private let pairs: [YAMLPair]
    /// A translation's reader: the fields of its entry's file that the translation does not write, and
    /// where they are written (``inherit(_:path:text:)``).
    private var inherited: (pairs: [YAMLPair], path: String, text: String)?
    /// The file the reader was made for, when fields come from two (a translation's).
    private var own: (path: String, text: String)?
    private(set) var asked: Set<String> = []
    /// Everything found wrong so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(
        path: String, text: String, pairs: [YAMLPair], origin: SourcePosition, context: String? = nil,
        dates: DateResolver
    ) {
        self.path = path
        self.text = text
        self.pairs = pairs
        self.origin = origin
        self.context = context
        self.dates = dates
    }

    // MARK: - Diagnostics

    mutating func error(_ message: Message, at position: SourcePosition, hint: Message? = nil) {
        diagnostics.append(Diagnostic(.error, path: path, position: position, in: text, message, hint: hint))
    }

    mutating func warning(_ message: Message, at position: SourcePosition, hint: Message? = nil) {
        diagnostics.append(Diagnostic(.warning, path: path, position: position, in: text, message, hint: hint))
    }

    /// Adds a diagnostic made elsewhere (one with no place in this file, say).
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// "`key`" or "`key` in `context`", the way messages name a field.
    func label(_ key: String) -> Message.Argument {
        guard let context else { return .words(.wordFieldLabel, ["key": .code(key)]) }
        return .words(.wordFieldLabelIn, ["key": .code(key), "context": .code(context)])
    }

    /// The dotted name of a field below this mapping (`organization.social`).
    func childContext(_ key: String) -> String {
        context.map { "\($0).\(key)" } ?? key
    }

    mutating func typeError(_ key: String, expected: MessageKey, got node: YAMLNode, hint: Message? = nil) {
        error(
            Message(.fieldType, ["field": label(key), "expected": .words(expected), "got": node.typeWords]),
            at: node.position, hint: hint)
    }

    mutating func missing(_ key: String) {
        let hint =
            context.map { Message(.fieldMissingInHint, ["key": .text(key), "context": .text($0)]) }
            ?? Message(.fieldMissingHint, ["key": .text(key)])
        error(Message(.fieldMissing, ["field": label(key)]), at: origin, hint: hint)
    }

    // MARK: - Raw access

    /// Reads the fields this mapping does not write from `pairs`, written in the file at `path`: a
    /// translation (`sato.en.md`) takes what it leaves out from its entry's file (`sato.md`). A diagnostic
    /// about an inherited field names that file.
    mutating func inherit(_ pairs: [YAMLPair], path: String, text: String) {
        let written = Set(self.pairs.compactMap { $0.key.scalar?.text })
        inherited = (pairs.filter { !written.contains($0.key.scalar?.text ?? "") }, path, text)
        own = (self.path, self.text)
    }

    /// The pair of `key`, from this mapping or the inherited one; diagnostics from now on name its file.
    private mutating func pair(_ key: String) -> YAMLPair? {
        if let found = pairs.first(where: { $0.key.scalar?.text == key }) {
            if let own { (path, text) = own }
            return found
        }
        guard let inherited, let found = inherited.pairs.first(where: { $0.key.scalar?.text == key }) else {
            return nil
        }
        (path, text) = (inherited.path, inherited.text)
        return found
    }

    /// The value of `key`, remembering that `key` is a known field; `nil` when absent or null.
    mutating func node(_ key: String) -> YAMLNode? {
        asked.insert(key)
        guard let value = pair(key)?.value, !value.isNull else {
            return nil
        }
        return value
    }

    /// The value written for `key` as YAML read it, null included (`hashtags:` with nothing after it), without
    /// marking `key` as asked for; nil when the key is absent.
    func writtenValue(_ key: String) -> YAMLNode? {
        (pairs.first(where: { $0.key.scalar?.text == key }) ?? inherited?.pairs.first(where: { $0.key.scalar?.text == key }))?.value
    }

    /// Where `key` is written; nil when absent.
    func keyPosition(_ key: String) -> SourcePosition? {
        (pairs.first(where: { $0.key.scalar?.text == key }) ?? inherited?.pairs.first(where: { $0.key.scalar?.text == key }))?.key.position
    }

    // MARK: - Scalars

    /// A text field. Numbers and dates are kept as written (`phone: 0187431111` keeps its leading zero).
    /// An empty value counts as absent; a required one is an error.
    mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let value = scalarText(key, node) else { return nil }
        if value.isEmpty {
            if required { error(Message(.fieldEmpty, ["field": label(key)]), at: node.position) }
            return nil
        }
        return Located(value, at: location(node))
    }

    /// An integer field, at least `minimum` when given.
    mutating func int(_ key: String, minimum: Int? = nil) -> Int? {
        guard let node = node(key) else { return nil }
        guard case .int(let value)? = node.scalar?.value else {
            if let text = node.scalar?.text, let problem = FullWidthDigits.problem(key: key, text: text) {
                error(problem.message, at: node.position, hint: problem.hint)
            } else {
                typeError(key, expected: .wordTypeInteger, got: node)
            }
            return nil
        }
        if let minimum, value < minimum {
            error(
                Message(.fieldTooSmall, ["field": label(key), "minimum": .number(minimum), "value": .number(value)]),
                at: node.position)
            return nil
        }
        return value
    }

    /// A `true`/`false` field.
    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard case .bool(let value)? = node.scalar?.value else {
            // Only a plain `yes` was meant as a boolean; a quoted one was written as text on purpose.
            let text = node.scalar?.style == .plain ? node.scalar?.text.lowercased() ?? "" : ""
            let hint =
                ["yes", "no", "on", "off", "y", "n"].contains(text)
                ? Message(.fieldNotBooleanYAML11Hint, ["written": .text(node.scalar?.text ?? "")]) : nil
            error(Message(.fieldNotBoolean, ["field": label(key), "got": node.typeWords]), at: node.position, hint: hint)
            return nil
        }
        return value
    }

    /// A `true`/`false` field with where its value is written.
    mutating func locatedBool(_ key: String) -> Located<Bool>? {
        guard let position = writtenValue(key)?.position, let value = bool(key) else { return nil }
        return Located(value, at: SourceLocation(path: path, position: position))
    }

    /// One text or a list of texts (`department: kikaku` or `department: [kikaku, somu]`).
    mutating func strings(_ key: String) -> [Located<String>] {
        guard let node = node(key) else { return [] }
        let items: [YAMLNode]
        switch node.kind {
        case .scalar: items = [node]
        case .sequence(let list): items = list
        case .mapping:
            typeError(key, expected: .wordTypeStringOrList, got: node)
            return []
        }
        var result: [Located<String>] = []
        for item in items where !item.isNull {
            guard item.scalar != nil, let text = item.scalar?.text else {
                error(Message(.fieldListItemType, ["field": label(key), "got": item.typeWords]), at: item.position)
                continue
            }
            if !text.isEmpty { result.append(Located(text, at: location(item))) }
        }
        return result
    }

    // MARK: - Nested values

    /// A mapping field read by `read` with a reader of its own; `nil` when absent or not a mapping.
    mutating func mapping<T>(_ key: String, _ read: (inout FieldReader) -> T?) -> T? {
        guard let node = node(key) else { return nil }
        guard let pairs = node.pairs else {
            typeError(key, expected: .wordTypeMapping, got: node)
            return nil
        }
        return nested(key, node: node, pairs: pairs, read)
    }

    /// A list field whose items are mappings, each read by `read`.
    mutating func mappings<T>(_ key: String, itemFields: [String], _ read: (inout FieldReader) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        guard let items = node.items else {
            typeError(key, expected: .wordTypeList, got: node)
            return []
        }
        var result: [T] = []
        for item in items {
            guard let pairs = item.pairs else {
                let fields = Message.Argument.list(itemFields.map { .code($0) })
                error(
                    Message(.fieldListItemNotMapping, ["field": label(key), "itemFields": fields, "got": item.typeWords]),
                    at: item.position)
                continue
            }
            if let value = nested(key, node: item, pairs: pairs, read) { result.append(value) }
        }
        return result
    }

    private mutating func nested<T>(
        _ key: String, node: YAMLNode, pairs: [YAMLPair], _ read: (inout FieldReader) -> T?
    ) -> T? {
        var child = FieldReader(
            path: path, text: text, pairs: pairs, origin: node.position, context: childContext(key), dates: dates)
        let value = read(&child)
        _ = child.unknownFields(keep: false)
        diagnostics.append(contentsOf: child.diagnostics)
        return value
    }

    // MARK: - Unknown fields

    /// The fields no accessor asked for, each with a warning; converted for `params` when `keep` is true.
    ///
    /// When `keep` is true, a `params:` mapping is the declared place for a site's own fields (as in Hugo):
    /// its entries join `params` without a warning.
    mutating func unknownFields(keep: Bool) -> [ContentPair] {
        var kept: [ContentPair] = []
        for pair in pairs + (inherited?.pairs ?? []) {
            let key = pair.key.scalar?.text ?? ""
            if asked.contains(key) { continue }
            _ = self.pair(key)
            if keep, key == "params" {
                guard let declared = pair.value.pairs else {
                    error(Message(.fieldParamsNotMapping, ["got": pair.value.typeWords]), at: pair.value.position)
                    continue
                }
                kept += declared.map { ContentPair(key: $0.key.scalar?.text ?? "", value: contentValue($0.value)) }
                continue
            }
            let suggestion = NameSuggester.didYouMean(key, in: asked)
            let hint =
                suggestion
                ?? (keep
                    ? Message(.fieldUnknownKeptHint, ["key": .text(key)])
                    : Message(.fieldUnknownIgnoredHint))
            warning(Message(.fieldUnknown, ["field": label(key)]), at: pair.key.position, hint: hint)
            if keep { kept.append(ContentPair(key: key, value: contentValue(pair.value))) }
        }
        return kept
    }

    /// A YAML value as a template-ready value; dates resolved in the site's time zone.
    func contentValue(_ node: YAMLNode) -> ContentValue {
        switch node.kind {
        case .sequence(let items): return .list(items.map(contentValue))
        case .mapping(let pairs):
            return .map(pairs.map { ContentPair(key: $0.key.scalar?.text ?? "", value: contentValue($0.value)) })
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .string(let s): return .string(s)
            case .date(let d): return dates.resolve(d).map(ContentValue.date) ?? .string(scalar.text)
            }
        }
    }

    // MARK: - Helpers

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, position: node.position)
    }

    /// The text of a scalar field, or an error for a list or mapping.
    private mutating func scalarText(_ key: String, _ node: YAMLNode) -> String? {
        guard let scalar = node.scalar else {
            typeError(key, expected: .wordTypeString, got: node)
            return nil
        }
        return scalar.text
    }
}

extension Located {
    /// Line and column of the location, for diagnostics in the same file.
    var position: SourcePosition {
        SourcePosition(line: location.line, column: location.column)
    }
}
