import KohoDiagnostics

/// A token of an expression inside `{{ }}` or `{% %}`.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case name(String)
        case string(String)
        case int(Int)
        case double(Double)
        /// Punctuation and operators: `(`, `==`, `|`, …
        case symbol(String)
        /// The closing `}}` or `%}`.
        case end
    }

    var kind: Kind
    var position: SourcePosition

    /// How messages name the token: "`)`", "the end of the tag", "`title`".
    var words: Message.Argument {
        switch kind {
        case .name(let n): .code(n)
        case .string(let s): .words(.wordTemplateTokenString, ["text": .text(s)])
        case .int(let i): .code(String(i))
        case .double(let d): .code(TemplateValue.text(of: d))
        case .symbol(let s): .code(s)
        case .end: .words(.wordTemplateTokenEnd)
        }
    }
}

/// The tokens of one `{{ }}` or `{% %}`, ending with `.end` at the closing delimiter.
struct TagTokens: Sendable {
    var tokens: [Token]
    /// The position of the opening `{{` or `{%`.
    var open: SourcePosition
}

/// A piece of template text, as the lexer splits it.
enum Segment: Sendable {
    /// Literal text (a range of the template's Unicode scalars).
    case text(Range<Int>)
    /// `{{ … }}`.
    case output(TagTokens)
    /// `{% … %}`.
    case statement(TagTokens)
}

extension Template {
    /// Splits a template into text, `{{ }}` and `{% %}` segments, drops comments, applies `-` whitespace
    /// control and keeps `{% raw %}` bodies as text. Lexing errors are collected; after one, the lexer skips to
    /// the end of the tag and goes on, so a person sees every mistake at once.
    struct Lexer {
        let scalars: [Unicode.Scalar]
        private let lineStarts: [Int]
        private(set) var segments: [Segment] = []
        private(set) var errors: [TemplateError] = []
        /// Whether an error ended lexing before the end of the text (an unclosed `{{`, say).
        private(set) var stoppedEarly = false

        init(text: String) {
            scalars = Array(text.unicodeScalars)
            var starts = [0]
            for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
            lineStarts = starts
        }

        /// The 1-based line and column (in Unicode scalars) of scalar `index`.
        func position(_ index: Int) -> SourcePosition {
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
            }
            return SourcePosition(line: low + 1, column: index - lineStarts[low] + 1)
        }

        /// The text of a `.text` segment.
        func string(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[range])
            return String(s)
        }

        // MARK: - Segments

        mutating func lex() {
            let n = scalars.count
            var i = 0
            var textStart = 0
            var trimNext = false
            while i + 1 < n {
                guard scalars[i] == "{" else {
                    i += 1
                    continue
                }
                let kind = scalars[i + 1]
                guard kind == "{" || kind == "%" || kind == "#" else {
                    i += 1
                    continue
                }
                let open = i
                var bodyStart = i + 2
                var trimLeft = false
                if bodyStart < n, scalars[bodyStart] == "-" {
                    trimLeft = true
                    bodyStart += 1
                } else if kind != "{", bodyStart < n, scalars[bodyStart] == "+" {
                    bodyStart += 1  // Jinja's "keep whitespace" marker; whitespace is kept anyway
                }
                emitText(textStart..<open, trimLeading: trimNext, trimTrailing: trimLeft)
                trimNext = false

                if kind == "#" {
                    guard let close = find("#}", from: bodyStart) else {
                        errors.append(
                            TemplateError(
                                Message(.templateCommentUnclosed), at: position(open),
                                hint: Message(.templateCommentUnclosedHint)))
                        stoppedEarly = true
                        return
                    }
                    trimNext = close > bodyStart && scalars[close - 1] == "-"
                    i = close + 2
                    textStart = i
                    continue
                }

                switch lexTag(open: open, bodyStart: bodyStart, isOutput: kind == "{") {
                case .fatal:
                    stoppedEarly = true
                    return
                case .skipped(let next):
                    i = next
                case .tag(let tokens, let next, let trimRight):
                    let tag = TagTokens(tokens: tokens, open: position(open))
                    i = next
                    trimNext = trimRight
                    if kind == "{" {
                        segments.append(.output(tag))
                    } else if tokens.count == 2, tokens[0].kind == .name("raw") {
                        guard let end = findEndRaw(from: next) else {
                            errors.append(Template.unclosed("{% raw %}", end: "{% endraw %}", at: position(open)))
                            stoppedEarly = true
                            return
                        }
                        emitText(next..<end.contentEnd, trimLeading: trimRight, trimTrailing: end.trimLeft)
                        i = end.after
                        trimNext = end.trimRight
                    } else {
                        segments.append(.statement(tag))
                    }
                }
                textStart = i
            }
            emitText(textStart..<n, trimLeading: trimNext, trimTrailing: false)
        }

        private mutating func emitText(_ range: Range<Int>, trimLeading: Bool, trimTrailing: Bool) {
            var lower = range.lowerBound
            var upper = range.upperBound
            if trimLeading {
                while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            }
            if trimTrailing {
                while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            }
            if lower < upper { segments.append(.text(lower..<upper)) }
        }

        private func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.unicodeScalars)
            var i = start
            while i + pattern.count <= scalars.count {
                if scalars[i] == pattern[0], Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
                i += 1
            }
            return nil
        }

        /// Finds `{% endraw %}` (with optional `-` markers and any spacing).
        private func findEndRaw(from start: Int) -> (contentEnd: Int, after: Int, trimLeft: Bool, trimRight: Bool)? {
            var search = start
            let word = Array("endraw".unicodeScalars)
            while let open = find("{%", from: search) {
                var i = open + 2
                var trimLeft = false
                if i < scalars.count, scalars[i] == "-" {
                    trimLeft = true
                    i += 1
                }
                while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
                if i + word.count <= scalars.count, Array(scalars[i..<(i + word.count)]) == word {
                    i += word.count
                    while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
                    var trimRight = false
                    if i < scalars.count, scalars[i] == "-" {
                        trimRight = true
                        i += 1
                    }
                    if i + 1 < scalars.count, scalars[i] == "%", scalars[i + 1] == "}" {
                        return (open, i + 2, trimLeft, trimRight)
                    }
                }
                search = open + 2
            }
            return nil
        }

        // MARK: - Tokens

        private enum TagResult {
            case tag([Token], next: Int, trimRight: Bool)
            /// An error was recorded and the tag dropped; lexing goes on at `next`.
            case skipped(next: Int)
            /// An error was recorded and nothing after it can be lexed.
            case fatal
        }

        private mutating func lexTag(open: Int, bodyStart: Int, isOutput: Bool) -> TagResult {
            let n = scalars.count
            let opener = isOutput ? "{{" : "{%"
            let closer: Unicode.Scalar = isOutput ? "}" : "%"
            let wrongCloser: Unicode.Scalar = isOutput ? "%" : "}"
            var tokens: [Token] = []
            var depth = 0
            var i = bodyStart

            func symbol(_ s: String, _ at: Int) -> Token { Token(kind: .symbol(s), position: position(at)) }

            while true {
                while i < n, scalars[i].properties.isWhitespace { i += 1 }
                guard i < n else {
                    errors.append(Template.unclosed(opener, end: isOutput ? "}}" : "%}", at: position(open)))
                    return .fatal
                }
                let c = scalars[i]
                let next: Unicode.Scalar? = i + 1 < n ? scalars[i + 1] : nil
                if depth == 0 {
                    let dashed = c == "-" && i + 2 < n && scalars[i + 2] == "}"
                    let closing = dashed ? scalars[i + 1] : c
                    if (closing == closer || closing == wrongCloser) && (dashed || next == "}") {
                        let closeIndex = dashed ? i + 1 : i
                        if closing == wrongCloser {
                            // Reported, then read as if closed properly, so the tag still pairs with its end.
                            let right = isOutput ? "}}" : "%}"
                            errors.append(
                                TemplateError(
                                    Message(
                                        .templateClosedWrongly, ["tag": .code(opener), "closer": .code("\(closing)}")]),
                                    at: position(closeIndex),
                                    hint: Message(.templateCloseItWithHint, ["closer": .code(right)])))
                        }
                        tokens.append(Token(kind: .end, position: position(closeIndex)))
                        return .tag(tokens, next: closeIndex + 2, trimRight: dashed)
                    }
                }
                if c == "\"" || c == "'" {
                    guard let (value, after) = lexString(at: i) else {
                        errors.append(
                            TemplateError(
                                Message(.templateStringUnterminated), at: position(i),
                                hint: Message(.templateStringUnterminatedHint, ["quote": .code(String(c))])))
                        return skipToClose(from: i, closer: closer)
                    }
                    tokens.append(Token(kind: .string(value), position: position(i)))
                    i = after
                    continue
                }
                if c.properties.numericType == .decimal, c.isASCII {
                    let (kind, after) = lexNumber(at: i)
                    guard let kind else {
                        errors.append(numberTooLarge(string(i..<after), at: position(i)))
                        return skipToClose(from: after, closer: closer)
                    }
                    tokens.append(Token(kind: kind, position: position(i)))
                    i = after
                    continue
                }
                if c == "_" || c.properties.isXIDStart {
                    var j = i + 1
                    while j < n, scalars[j] == "_" || scalars[j].properties.isXIDContinue { j += 1 }
                    tokens.append(Token(kind: .name(string(i..<j)), position: position(i)))
                    i = j
                    continue
                }
                if let next {
                    let pair = String(String.UnicodeScalarView([c, next]))
                    if ["==", "!=", "<=", ">=", "//", "**"].contains(pair) {
                        tokens.append(symbol(pair, i))
                        i += 2
                        continue
                    }
                }
                switch c {
                // Only braces can hide a closing `}}` (a map literal's end), so only they are counted.
                case "{":
                    depth += 1
                case "}":
                    depth = max(0, depth - 1)
                case "(", ")", "[", "]", "+", "-", "*", "/", "%", "~", "|", ".", ",", ":", "<", ">", "=":
                    break
                default:
                    errors.append(
                        TemplateError(
                            Message(.templateUnexpectedCharacter, ["character": .code(String(c))]), at: position(i)))
                    return skipToClose(from: i, closer: closer)
                }
                tokens.append(symbol(String(c), i))
                i += 1
            }
        }

        private func skipToClose(from start: Int, closer: Unicode.Scalar) -> TagResult {
            var i = start
            while i + 1 < scalars.count {
                if scalars[i] == closer, scalars[i + 1] == "}" { return .skipped(next: i + 2) }
                i += 1
            }
            return .fatal
        }

        /// A quoted string with Python's escapes; `nil` when the line or the text ends first.
        private func lexString(at start: Int) -> (String, Int)? {
            let quote = scalars[start]
            var out = String.UnicodeScalarView()
            var i = start + 1
            while i < scalars.count {
                let c = scalars[i]
                if c == quote { return (String(out), i + 1) }
                if c == "\n" { return nil }
                if c == "\\", i + 1 < scalars.count {
                    let e = scalars[i + 1]
                    i += 2
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "0": out.append("\0")
                    case "\\", "\"", "'": out.append(e)
                    case "u", "U", "x":
                        let width = e == "x" ? 2 : (e == "u" ? 4 : 8)
                        let digits = i + width <= scalars.count ? string(i..<(i + width)) : ""
                        if let v = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(v) {
                            out.append(scalar)
                            i += width
                        } else {
                            out.append("\\")
                            out.append(e)
                        }
                    default:
                        // Python keeps unknown escapes as written.
                        out.append("\\")
                        out.append(e)
                    }
                    continue
                }
                out.append(c)
                i += 1
            }
            return nil
        }

        /// A number literal and the index after it; the kind is `nil` for an int too large for 64 bits.
        private func lexNumber(at start: Int) -> (Token.Kind?, Int) {
            func isDigit(_ i: Int) -> Bool {
                i < scalars.count && scalars[i].isASCII && scalars[i].properties.numericType == .decimal
            }
            var i = start
            var isFloat = false
            while isDigit(i) || (i < scalars.count && scalars[i] == "_" && isDigit(i + 1)) { i += 1 }
            if i + 1 < scalars.count, scalars[i] == ".", isDigit(i + 1) {
                isFloat = true
                i += 1
                while isDigit(i) || (i < scalars.count && scalars[i] == "_" && isDigit(i + 1)) { i += 1 }
            }
            if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
                var j = i + 1
                if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
                if isDigit(j) {
                    isFloat = true
                    i = j
                    while isDigit(i) { i += 1 }
                }
            }
            let text = string(start..<i).filter { $0 != "_" }
            if !isFloat { return (Int(text).map { .int($0) }, i) }
            return (.double(Double(text) ?? .infinity), i)
        }

        private func numberTooLarge(_ literal: String, at position: SourcePosition) -> TemplateError {
            // A literal of thousands of digits is shown by its start.
            let shown = literal.count > 40 ? literal.prefix(40) + "…" : Substring(literal)
            return TemplateError(
                Message(.templateNumberTooLarge, ["number": .code(String(shown))]), at: position,
                hint: Message(.templateNumberTooLargeHint, ["max": .number(Int.max), "float": .code(shown + ".0")]))
        }
    }
}

extension Template {
    /// "`{% for %}` is never closed", with "add `{% endfor %}`" as the hint.
    static func unclosed(_ tag: String, end: String, at position: SourcePosition) -> TemplateError {
        TemplateError(
            Message(.templateUnclosed, ["tag": .code(tag)]), at: position,
            hint: Message(.templateUnclosedHint, ["end": .code(end)]))
    }
}
