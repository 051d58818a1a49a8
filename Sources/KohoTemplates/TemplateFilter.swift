public import KohoDiagnostics

/// A named function templates apply with `|`: `{{ page.title | shout(3, mark="!") }}`.
public struct TemplateFilter: Sendable {
    /// The function: the value before `|`, positional arguments, keyword arguments.
    public typealias Function =
        @Sendable (
            _ input: TemplateValue, _ arguments: [TemplateValue], _ keywordArguments: [String: TemplateValue]
        ) throws(TemplateFilterError) -> TemplateValue

    /// The name templates use after `|`.
    public var name: String
    /// What the filter does.
    public var function: Function

    /// Creates a filter called `name`.
    public init(_ name: String, _ function: @escaping Function) {
        self.name = name
        self.function = function
    }
}

/// Why a filter could not run; shown at the filter's place in the template.
public struct TemplateFilterError: Error, Sendable, Hashable {
    /// What is wrong, one sentence without a final period: "`date` expects a date, got a string".
    public var message: Message
    /// What to do about it, when there is something to say.
    public var hint: Message?

    /// Creates an error with `message` and an optional `hint`.
    public init(_ message: Message, hint: Message? = nil) {
        self.message = message
        self.hint = hint
    }

    /// "`filter` expects `expected`, got a string": the usual wrong-input error; `expected` names what the
    /// filter takes (``MessageKey/wordTypeString``, ``MessageKey/wordTemplateListOrString``).
    public static func expected(_ filter: String, _ expected: MessageKey, got value: TemplateValue)
        -> TemplateFilterError
    {
        var hint: Message?
        if case .null = value { hint = Message(.templateFilterNullHint) }
        return TemplateFilterError(
            Message(
                .templateFilterExpected,
                ["filter": .code(filter), "expected": .words(expected), "got": value.typeWords]),
            hint: hint)
    }
}
