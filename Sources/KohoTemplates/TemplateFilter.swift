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
    /// One sentence without a final period: "`date` expects a date, got a string".
    public var message: String
    /// What to do about it, when there is something to say.
    public var hint: String?

    /// Creates an error with `message` and an optional `hint`.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// "`filter` expects `expected`, got a string": the usual wrong-input error.
    public static func expected(_ filter: String, _ expected: String, got value: TemplateValue) -> TemplateFilterError {
        var hint: String?
        if case .null = value {
            hint = "test it first with `{% if … %}`, or use `| default(…)`"
        }
        return TemplateFilterError("`\(filter)` expects \(expected), got \(value.typeDescription)", hint: hint)
    }
}
