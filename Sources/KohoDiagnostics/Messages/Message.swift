/// Words for a person, kept as a catalogue key and its arguments until the reader's language is known.
///
/// Koho's messages are written once per language in the catalogue (``MessageKey``'s `english` and `japanese`
/// tables); code names the kind of message and fills its placeholders, and the text is made when it is shown:
///
/// ```swift
/// Message(.fieldMissing, ["field": .code("name")])
/// // en: missing required field `name`
/// // ja: 必須の項目 `name` がありません
/// ```
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The kind of message: which entry of the catalogue.
    public var key: MessageKey
    /// The values of the entry's placeholders, by name.
    public var arguments: [String: Argument]

    public init(_ key: MessageKey, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// A value put in a placeholder.
    public indirect enum Argument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        /// Text from the site or the code, inserted as it is (a value, a path, a number written out).
        case text(String)
        /// A name a person types (a field, a slug, a file): shown between backticks in every language.
        case code(String)
        /// A count; `{name|one|other}` in a template picks a word by it.
        case number(Int)
        /// Words that are themselves in the reader's language (a type's name, a field's label).
        case message(Message)
        /// Several values, joined as the language joins a list (`a, b` / `a、b`).
        case list([Argument])

        public init(stringLiteral value: String) { self = .text(value) }
        public init(integerLiteral value: Int) { self = .number(value) }

        /// This value as text in `language`.
        public func text(in language: Language) -> String {
            switch self {
            case .text(let s): return s
            case .code(let s): return "`\(s)`"
            case .number(let n): return String(n)
            case .message(let m): return m.text(in: language)
            case .list(let items): return items.map { $0.text(in: language) }.joined(separator: language.listSeparator)
            }
        }
    }

    /// The message in `language`, its placeholders filled.
    public func text(in language: Language) -> String {
        MessageTemplate(key.template(in: language)).fill({ name in arguments[name] }, in: language)
    }

    /// The English text, for logs, `description` and tests written before the catalogue.
    public var description: String { text(in: .english) }
}

extension Message {
    /// This message and then `other`, as two sentences ("did you mean `x`? departments that exist: …").
    public func followed(by other: Message) -> Message {
        Message(.wordTwoSentences, ["first": .message(self), "second": .message(other)])
    }
}

extension Message.Argument {
    /// `message` as an argument.
    public static func words(_ key: MessageKey, _ arguments: [String: Message.Argument] = [:]) -> Self {
        .message(Message(key, arguments))
    }
}
