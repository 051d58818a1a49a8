import KohoDiagnostics

// Expressions, by precedence from loosest to tightest (Jinja2's):
//   a if c else b  <  or  <  and  <  not  <  comparisons, in, is  <  + -  <  ~  <  * / // %  <  **
//   <  unary -  <  filters `|`  <  postfix: .attr, [index], [a:b], calls
// Filters bind tighter than comparisons and arithmetic: `d.children | length > 0` compares the length.

extension Template.Parser {
    static let reservedWords: Set<String> = [
        "and", "or", "not", "in", "is", "if", "else", "true", "false", "null", "none", "True", "False", "None",
    ]

    // MARK: - Cursor

    var peek: Token { tokens[cursor] }

    func peek(_ offset: Int) -> Token { tokens[min(cursor + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[cursor]
        if cursor < tokens.count - 1 { cursor += 1 }
        return token
    }

    mutating func accept(_ kind: Token.Kind) -> Bool {
        guard peek.kind == kind else { return false }
        advance()
        return true
    }

    mutating func expect(_ symbol: String, _ context: String) throws(TemplateError) {
        guard accept(.symbol(symbol)) else {
            throw TemplateError("expected `\(symbol)` \(context), found \(peek.description)", at: peek.position)
        }
    }

    mutating func expectTagEnd() throws(TemplateError) {
        guard peek.kind == .end else {
            var hint: String?
            if case .name = peek.kind { hint = "join values with `~`, or put a `|` before a filter" }
            if case .string = peek.kind { hint = "join values with `~`" }
            throw TemplateError("unexpected \(peek.description) in the tag", at: peek.position, hint: hint)
        }
    }

    // MARK: - Operators

    mutating func parseExpression() throws(TemplateError) -> Expression {
        let value = try parseOr()
        guard accept(.name("if")) else { return value }
        let condition = try parseOr()
        var otherwise: Expression?
        if accept(.name("else")) { otherwise = try parseExpression() }
        return .conditional(value, condition: condition, otherwise: otherwise)
    }

    mutating func parseOr() throws(TemplateError) -> Expression {
        var left = try parseAnd()
        while accept(.name("or")) { left = .or(left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws(TemplateError) -> Expression {
        var left = try parseNot()
        while accept(.name("and")) { left = .and(left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws(TemplateError) -> Expression {
        if peek.kind == .name("not") {
            advance()
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(TemplateError) -> Expression {
        var left = try parseAdditive()
        // `a < b < c` means `a < b and b < c`, as in Python.
        var previousRight: Expression?
        while true {
            let token = peek
            var op: BinaryOperator?
            switch token.kind {
            case .symbol(let s): op = BinaryOperator(rawValue: s).flatMap { $0.isComparison ? $0 : nil }
            case .name("in"): op = .contains
            case .name("not") where peek(1).kind == .name("in"):
                advance()
                op = .notContains
            case .name("is"):
                advance()
                left = try parseTest(left, at: token.position)
                previousRight = nil
                continue
            default: break
            }
            guard let op else { return left }
            advance()
            let right = try parseAdditive()
            if let middle = previousRight {
                left = .and(left, .binary(op, middle, right, token.position))
            } else {
                left = .binary(op, left, right, token.position)
            }
            previousRight = right
        }
    }

    private mutating func parseTest(_ value: Expression, at position: SourcePosition) throws(TemplateError)
        -> Expression
    {
        let negated = accept(.name("not"))
        guard case .name(let name) = peek.kind else {
            throw TemplateError(
                "expected a test name after `is`, found \(peek.description)", at: peek.position,
                hint: "tests: " + TestKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let token = advance()
        let normalized = name == "None" ? "none" : (name == "True" ? "true" : (name == "False" ? "false" : name))
        guard let test = TestKind(rawValue: normalized) else {
            let hint = NameSuggester.nearest(to: name, in: TestKind.allCases.map(\.rawValue)).map {
                "did you mean `\($0)`?"
            }
            throw TemplateError(
                "unknown test `\(name)`", at: token.position,
                hint: hint ?? "tests: " + TestKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return .test(value, test, negated: negated, position)
    }

    private mutating func parseAdditive() throws(TemplateError) -> Expression {
        var left = try parseConcat()
        while case .symbol(let s) = peek.kind, s == "+" || s == "-" {
            let token = advance()
            left = .binary(s == "+" ? .add : .subtract, left, try parseConcat(), token.position)
        }
        return left
    }

    private mutating func parseConcat() throws(TemplateError) -> Expression {
        var left = try parseMultiplicative()
        while peek.kind == .symbol("~") {
            let token = advance()
            left = .binary(.concat, left, try parseMultiplicative(), token.position)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(TemplateError) -> Expression {
        var left = try parsePower()
        while case .symbol(let s) = peek.kind, let op = BinaryOperator(rawValue: s),
            op == .multiply || op == .divide || op == .floorDivide || op == .modulo
        {
            let token = advance()
            left = .binary(op, left, try parsePower(), token.position)
        }
        return left
    }

    private mutating func parsePower() throws(TemplateError) -> Expression {
        var left = try parseUnary(withFilters: true)
        while peek.kind == .symbol("**") {
            let token = advance()
            left = .binary(.power, left, try parseUnary(withFilters: true), token.position)
        }
        return left
    }

    private mutating func parseUnary(withFilters: Bool) throws(TemplateError) -> Expression {
        var node: Expression
        if peek.kind == .symbol("-") {
            let token = advance()
            let operand = try parseUnary(withFilters: false)
            if case .literal(.int(let i)) = operand {
                node = .literal(.int(-i))
            } else if case .literal(.double(let d)) = operand {
                node = .literal(.double(-d))
            } else {
                node = .negate(operand, token.position)
            }
        } else if peek.kind == .symbol("+") {
            advance()
            node = try parseUnary(withFilters: false)
        } else {
            node = try parsePostfix(try parsePrimary())
        }
        if withFilters {
            while peek.kind == .symbol("|") {
                advance()
                node = try parseFilter(node)
            }
        }
        return node
    }

    // MARK: - Primaries and postfixes

    private mutating func parsePrimary() throws(TemplateError) -> Expression {
        let token = peek
        switch token.kind {
        case .name(let name):
            advance()
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "null", "none", "None": return .literal(.null)
            case "loop" where peek.kind == .symbol("."): return try parseLoopField(at: token.position)
            case "super" where peek.kind == .symbol("("):
                throw TemplateError(
                    "`super()` can only be printed on its own", at: token.position, hint: "write `{{ super() }}`")
            default:
                if Self.reservedWords.contains(name) {
                    throw TemplateError("expected an expression, found `\(name)`", at: token.position)
                }
                return .variable(Symbol(id: symbols.id(for: name), name: name, position: token.position))
            }
        case .string(let s):
            advance()
            var text = s
            // Adjacent literals join, as in Python: "a" "b" is "ab".
            while case .string(let more) = peek.kind {
                advance()
                text += more
            }
            return .literal(.string(text))
        case .int(let i):
            advance()
            return .literal(.int(i))
        case .double(let d):
            advance()
            return .literal(.double(d))
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expect(")", "to close `(`")
            return inner
        case .symbol("["):
            advance()
            var items: [Expression] = []
            while peek.kind != .symbol("]") {
                items.append(try parseExpression())
                if !accept(.symbol(",")) { break }
            }
            try expect("]", "to close the list")
            if let values = Self.literalValues(items) { return .literal(.list(values)) }
            return .list(items)
        case .symbol("{"):
            advance()
            var pairs: [(Expression, Expression)] = []
            while peek.kind != .symbol("}") {
                let key = try parseExpression()
                try expect(":", "after a map key")
                pairs.append((key, try parseExpression()))
                if !accept(.symbol(",")) { break }
            }
            try expect("}", "to close the map")
            return .map(pairs)
        default:
            throw TemplateError("expected an expression, found \(token.description)", at: token.position)
        }
    }

    private static func literalValues(_ items: [Expression]) -> [TemplateValue]? {
        var values: [TemplateValue] = []
        for item in items {
            guard case .literal(let v) = item else { return nil }
            values.append(v)
        }
        return values
    }

    private mutating func parseLoopField(at position: SourcePosition) throws(TemplateError) -> Expression {
        advance()  // `.`
        guard case .name(let name) = peek.kind else {
            throw TemplateError("expected a field name after `loop.`, found \(peek.description)", at: peek.position)
        }
        let token = advance()
        if name == "cycle", peek.kind == .symbol("(") {
            advance()
            var values: [Expression] = []
            while peek.kind != .symbol(")") {
                values.append(try parseExpression())
                if !accept(.symbol(",")) { break }
            }
            try expect(")", "to close `loop.cycle(`")
            guard !values.isEmpty else {
                throw TemplateError("`loop.cycle` needs at least one value", at: token.position)
            }
            return .loopCycle(values, token.position)
        }
        guard let field = LoopField(rawValue: name) else {
            let fields = LoopField.allCases.map(\.rawValue) + ["cycle"]
            let hint = NameSuggester.nearest(to: name, in: fields).map { "did you mean `loop.\($0)`?" }
            throw TemplateError(
                "`loop` has no field `\(name)`", at: token.position,
                hint: hint ?? "fields of `loop`: " + fields.joined(separator: ", "))
        }
        return .loopField(field, position)
    }

    private mutating func parsePostfix(_ base: Expression) throws(TemplateError) -> Expression {
        var node = base
        while true {
            switch peek.kind {
            case .symbol("."):
                advance()
                let token = advance()
                switch token.kind {
                case .name(let name): node = .attribute(node, FieldName(name), token.position)
                case .int(let i): node = .item(node, .literal(.int(i)), token.position)
                default:
                    throw TemplateError(
                        "expected a field name after `.`, found \(token.description)", at: token.position)
                }
            case .symbol("["):
                let open = advance()
                var lower: Expression?
                if peek.kind != .symbol(":") { lower = try parseExpression() }
                if accept(.symbol(":")) {
                    var upper: Expression?
                    if peek.kind != .symbol("]") { upper = try parseExpression() }
                    try expect("]", "to close `[`")
                    node = .slice(node, lower, upper, open.position)
                } else {
                    try expect("]", "to close `[`")
                    node = .item(node, lower ?? .literal(.null), open.position)
                }
            case .symbol("("):
                throw TemplateError(
                    "`\(node.sourceText)` cannot be called", at: peek.position,
                    hint: "apply a filter with `|` instead: `value | filter(arguments)`")
            default:
                return node
            }
        }
    }

    // MARK: - Filters

    private mutating func parseFilter(_ input: Expression) throws(TemplateError) -> Expression {
        guard case .name(let name) = peek.kind else {
            throw TemplateError("expected a filter name after `|`, found \(peek.description)", at: peek.position)
        }
        let nameToken = advance()
        var positional: [Expression] = []
        var keywords: [(String, Expression, SourcePosition)] = []
        if accept(.symbol("(")) {
            while peek.kind != .symbol(")") {
                if case .name(let key) = peek.kind, peek(1).kind == .symbol("=") {
                    let keyToken = advance()
                    advance()
                    keywords.append((key, try parseExpression(), keyToken.position))
                } else {
                    if !keywords.isEmpty {
                        throw TemplateError(
                            "a positional argument cannot follow a keyword argument", at: peek.position)
                    }
                    positional.append(try parseExpression())
                }
                if !accept(.symbol(",")) { break }
            }
            try expect(")", "to close the arguments of `\(name)`")
        }
        let at = nameToken.position
        if let registered = filters.registered[name] {
            return .filter(
                input,
                FilterCall(
                    name: name, position: at, implementation: .registered(registered.function),
                    arguments: positional, keywordArguments: keywords.map { ($0.0, $0.1) }))
        }
        guard let builtin = filters.builtins[name] else {
            errors.append(
                TemplateError(
                    "unknown filter `\(name)`", at: at, hint: FilterNames.hint(for: name, among: filters.allNames)))
            return input
        }
        guard let arguments = bind(builtin, positional, keywords, at: at) else { return input }
        checkLiteralArguments(builtin, input: input, arguments: arguments, at: at)
        return .filter(
            input,
            FilterCall(
                name: name, position: at, implementation: .builtin(builtin), arguments: arguments,
                keywordArguments: []))
    }

    /// Matches arguments to a built-in filter's parameters, filling in defaults; records errors.
    private mutating func bind(
        _ filter: BuiltinFilter, _ positional: [Expression], _ keywords: [(String, Expression, SourcePosition)],
        at position: SourcePosition
    ) -> [Expression]? {
        let parameters = filter.parameters
        var bound = [Expression?](repeating: nil, count: parameters.count)
        var extra: [Expression] = []
        let usage = "use `\(filter.usage)`"
        for (i, argument) in positional.enumerated() {
            if i < parameters.count {
                bound[i] = argument
            } else if filter.isVariadic {
                extra.append(argument)
            } else {
                let count = parameters.count
                let takes =
                    count == 0 ? "takes no arguments" : "takes at most \(count) argument\(count == 1 ? "" : "s")"
                errors.append(
                    TemplateError("`\(filter.name)` \(takes), got \(positional.count)", at: position, hint: usage))
                return nil
            }
        }
        for (key, argument, keyPosition) in keywords {
            guard let i = parameters.firstIndex(where: { $0.names.contains(key) }) else {
                let names = parameters.flatMap(\.names)
                let hint = NameSuggester.nearest(to: key, in: names).map { "did you mean `\($0)`?" }
                errors.append(
                    TemplateError(
                        "`\(filter.name)` has no argument `\(key)`", at: keyPosition, hint: hint ?? usage))
                return nil
            }
            guard bound[i] == nil else {
                errors.append(
                    TemplateError(
                        "`\(filter.name)` got argument `\(parameters[i].names[0])` twice", at: keyPosition,
                        hint: usage))
                return nil
            }
            bound[i] = argument
        }
        var arguments: [Expression] = []
        for (i, parameter) in parameters.enumerated() {
            if let argument = bound[i] {
                arguments.append(argument)
            } else if let value = parameter.defaultValue {
                arguments.append(.literal(value))
            } else {
                errors.append(
                    TemplateError(
                        "`\(filter.name)` is missing its argument `\(parameter.names[0])`", at: position, hint: usage))
                return nil
            }
        }
        return arguments + extra
    }

    /// Checks at load what can be checked with literal arguments: date formats and translation keys.
    private mutating func checkLiteralArguments(
        _ filter: BuiltinFilter, input: Expression, arguments: [Expression], at position: SourcePosition
    ) {
        switch filter.name {
        case "date":
            if case .literal(.string(let format)) = arguments[0] {
                do throws(TemplateFilterError) {
                    try TemplateDateFormatter.validate(format)
                } catch {
                    errors.append(TemplateError(error.message, at: position, hint: error.hint))
                }
            }
        case "t":
            if case .literal(.string(let key)) = input, translations[key] == nil {
                let error = BuiltinFilters.missingTranslation(key, translations, translationsPath)
                errors.append(TemplateError(error.message, at: position, hint: error.hint))
            }
        default:
            break
        }
    }
}

extension BinaryOperator {
    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual: true
        default: false
        }
    }
}
