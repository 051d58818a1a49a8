/// A catalogue entry's text with its placeholders: `{name}` is an argument's value, `{name|one|other}` the word
/// for a count (`1 error`, `2 errors`). `{{` and `}}` are literal braces.
public struct MessageTemplate: Sendable, Hashable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The names of the placeholders, each once.
    public var placeholders: Set<String> {
        var names: Set<String> = []
        for part in parts {
            if case .placeholder(let name, _) = part { names.insert(name) }
        }
        return names
    }

    /// The text with each placeholder replaced by `value(name)`, written in `language`; a placeholder with no
    /// value is left as `{name}` (a test catches it, a person still reads the rest).
    public func fill(_ value: (String) -> Message.Argument?, in language: Language) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s):
                out += s
            case .placeholder(let name, let forms):
                guard let argument = value(name) else {
                    out += "{\(name)}"
                    continue
                }
                if let forms {
                    let count = if case .number(let n) = argument { n } else { 0 }
                    out += count == 1 ? forms.one : forms.other
                } else {
                    out += argument.text(in: language)
                }
            }
        }
        return out
    }

    enum Part: Hashable {
        case literal(String)
        case placeholder(String, forms: (one: String, other: String)?)

        static func == (a: Part, b: Part) -> Bool {
            switch (a, b) {
            case let (.literal(x), .literal(y)): return x == y
            case let (.placeholder(x, f), .placeholder(y, g)): return x == y && f?.one == g?.one && f?.other == g?.other
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .literal(let s): hasher.combine(s)
            case .placeholder(let name, _): hasher.combine(name)
            }
        }
    }

    /// The text cut into literal runs and placeholders.
    var parts: [Part] {
        var parts: [Part] = []
        var literal = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if (c == "{" || c == "}"), next < text.endIndex, text[next] == c {
                literal.append(c)
                i = text.index(after: next)
                continue
            }
            if c == "{", let close = text[next...].firstIndex(of: "}") {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                let fields = text[next..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let forms = fields.count == 3 ? (one: fields[1], other: fields[2]) : nil
                parts.append(.placeholder(fields[0], forms: forms))
                i = text.index(after: close)
                continue
            }
            literal.append(c)
            i = next
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }
}
