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

    /// Takes `symbol`, or throws `message` ("expected `)` to close `(`, found …") with the token found and
    /// `arguments`.
    mutating func expect(
        _ symbol: String, else message: MessageKey, _ arguments: [String: Message.Argument] = [:]
    ) throws(TemplateError) {
        guard accept(.symbol(symbol)) else {
            throw TemplateError(
                Message(message, arguments.merging(["found": peek.words]) { _, found in found }), at: peek.position)
        }
    }

    mutating func expectTagEnd() throws(TemplateError) {
        guard peek.kind == .end else {
            var hint: Message?
            if case .name = peek.kind { hint = Message(.templateTildeOrFilterHint) }
            if case .string = peek.kind { hint = Message(.templateTildeHint) }
            throw TemplateError(Message(.templateUnexpectedInTag, ["token": peek.words]), at: peek.position, hint: hint)
        }
    }

    // MARK: - Nesting

    /// Enters one more level of nesting (a bracket, `not`, unary `-`, an operator's right side); throws when
    /// that is deeper than ``TemplateLimits/expressionDepth``. The caller leaves with `nesting -= 1`.
    private mutating func descend(at position: SourcePosition) throws(TemplateError) {
        guard nesting < TemplateLimits.expressionDepth else { throw Self.tooDeep(at: position) }
        nesting += 1
    }

    /// `expression` if its tree is at most ``TemplateLimits/expressionDepth`` levels tall: long chains
    /// (`a ~ b ~ c …`, `x | f | g …`) are evaluated as nested pairs, so they count as nesting too.
    private func checked(_ expression: Expression, at position: SourcePosition) throws(TemplateError) -> Expression {
        guard expression.height <= TemplateLimits.expressionDepth else { throw Self.tooDeep(at: position) }
        return expression
    }

    private static func tooDeep(at position: SourcePosition) -> TemplateError {
        TemplateError(
            Message(.templateExpressionTooDeep, ["limit": .number(TemplateLimits.expressionDepth)]), at: position,
            hint: Message(.templateExpressionTooDeepHint))
    }

    // MARK: - Operators

    mutating func parseExpression() throws(TemplateError) -> Expression {
        try descend(at: peek.position)
        defer { nesting -= 1 }
        let value = try parseOperators(from: .or)
        guard peek.kind == .name("if") else { return value }
        let token = advance()
        let condition = try parseOperators(from: .or)
        var otherwise: Expression?
        if accept(.name("else")) { otherwise = try parseExpression() }
        return try checked(.conditional(value, condition: condition, otherwise: otherwise), at: token.position)
    }

    /// An expression without a trailing `if … else …` (a loop's iterable and its `if` condition).
    mutating func parseOr() throws(TemplateError) -> Expression {
        try parseOperators(from: .or)
    }

    /// How tightly an operator binds, loosest first.
    enum Precedence: Int, Comparable {
        case or = 1, and, not, comparison, additive, concat, multiplicative, power
        /// Tighter than every binary operator: only a unary expression.
        case unary

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }

        /// The next tighter level: where a left-associative operator's right side is parsed.
        var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .unary }
    }

    /// An operator between two operands.
    private enum Infix {
        case or, and, test
        case binary(BinaryOperator)
    }

    /// The operator at the cursor, if any, and its precedence.
    private func infixOperator() -> (Infix, Precedence)? {
        switch peek.kind {
        case .name("or"): return (.or, .or)
        case .name("and"): return (.and, .and)
        case .name("is"): return (.test, .comparison)
        case .name("in"): return (.binary(.contains), .comparison)
        case .name("not") where peek(1).kind == .name("in"): return (.binary(.notContains), .comparison)
        case .symbol(let s):
            guard let op = BinaryOperator(rawValue: s) else { return nil }
            switch op {
            case .add, .subtract: return (.binary(op), .additive)
            case .concat: return (.binary(op), .concat)
            case .multiply, .divide, .floorDivide, .modulo: return (.binary(op), .multiplicative)
            case .power: return (.binary(op), .power)
            case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual: return (.binary(op), .comparison)
            case .contains, .notContains: return nil
            }
        default: return nil
        }
    }

    /// Operators of precedence `minimum` or tighter, left to right (precedence climbing): one loop for every
    /// level, so a bracket costs a few stack frames rather than one per level.
    private mutating func parseOperators(from minimum: Precedence) throws(TemplateError) -> Expression {
        var left = try minimum <= .not && peek.kind == .name("not") ? parseNot() : parseUnary(withFilters: true)
        // `a < b < c` means `a < b and b < c`, as in Python: the previous comparison's right side.
        var previousRight: Expression?
        while let (op, precedence) = infixOperator(), precedence >= minimum {
            left = try parseInfix(op, precedence, after: left, previousRight: &previousRight)
        }
        return left
    }

    /// `not operand`, from the `not`.
    @inline(never)
    private mutating func parseNot() throws(TemplateError) -> Expression {
        let token = advance()
        try descend(at: token.position)
        let operand = try parseOperators(from: .not)
        nesting -= 1
        return try checked(.not(operand), at: token.position)
    }

    /// `left op right`, from the operator.
    @inline(never)
    private mutating func parseInfix(
        _ op: Infix, _ precedence: Precedence, after left: Expression, previousRight: inout Expression?
    ) throws(TemplateError) -> Expression {
        let position = advance().position
        let node: Expression
        switch op {
        case .or:
            node = .or(left, try parseOperand(tighterThan: precedence, at: position))
            previousRight = nil
        case .and:
            node = .and(left, try parseOperand(tighterThan: precedence, at: position))
            previousRight = nil
        case .test:
            node = try parseTest(left, at: position)
            previousRight = nil
        case .binary(let binary):
            if binary == .notContains { advance() }  // the `in` of `not in`
            let right = try parseOperand(tighterThan: precedence, at: position)
            if precedence == .comparison, let middle = previousRight {
                node = .and(left, .binary(binary, middle, right, position))
            } else {
                node = .binary(binary, left, right, position)
            }
            previousRight = precedence == .comparison ? right : nil
        }
        return try checked(node, at: position)
    }

    /// The right side of an operator of `precedence`.
    private mutating func parseOperand(
        tighterThan precedence: Precedence, at position: SourcePosition
    ) throws(TemplateError) -> Expression {
        try descend(at: position)
        defer { nesting -= 1 }
        return try parseOperators(from: precedence.tighter)
    }

    private mutating func parseTest(_ value: Expression, at position: SourcePosition) throws(TemplateError)
        -> Expression
    {
        let negated = accept(.name("not"))
        guard case .name(let name) = peek.kind else { throw Self.expectedTestName(peek) }
        let token = advance()
        let normalized = name == "None" ? "none" : (name == "True" ? "true" : (name == "False" ? "false" : name))
        guard let test = TestKind(rawValue: normalized) else { throw Self.unknownTest(name, at: token.position) }
        return .test(value, test, negated: negated, position)
    }

    private static func expectedTestName(_ token: Token) -> TemplateError {
        TemplateError(
            Message(.templateTestNameExpected, ["found": token.words]), at: token.position, hint: testListHint)
    }

    private static func unknownTest(_ name: String, at position: SourcePosition) -> TemplateError {
        let hint = NameSuggester.didYouMean(name, in: TestKind.allCases.map(\.rawValue))
        return TemplateError(
            Message(.templateTestUnknown, ["name": .code(name)]), at: position, hint: hint ?? testListHint)
    }

    /// "tests: defined, undefined, none, …".
    private static var testListHint: Message {
        Message(.templateTestListHint, ["names": .list(TestKind.allCases.map { .text($0.rawValue) })])
    }

    private mutating func parseUnary(withFilters: Bool) throws(TemplateError) -> Expression {
        var node: Expression
        if case .symbol(let sign) = peek.kind, sign == "-" || sign == "+" {
            let token = advance()
            try descend(at: token.position)
            let operand = try parseUnary(withFilters: false)
            nesting -= 1
            node = sign == "+" ? operand : try negation(of: operand, at: token.position)
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

    /// `-operand`, folded into the literal when the operand is a number literal.
    private func negation(of operand: Expression, at position: SourcePosition) throws(TemplateError) -> Expression {
        switch operand {
        case .literal(.int(let i)) where i != .min: return .literal(.int(-i))
        case .literal(.double(let d)): return .literal(.double(-d))
        default: return try checked(.negate(operand, position), at: position)
        }
    }

    // MARK: - Primaries and postfixes

    private mutating func parsePrimary() throws(TemplateError) -> Expression {
        let token = peek
        switch token.kind {
        case .name(let name):
            advance()
            return try parseName(name, at: token.position)
        case .string(let s):
            advance()
            return .literal(.string(joiningAdjacentStrings(s)))
        case .int(let i):
            advance()
            return .literal(.int(i))
        case .double(let d):
            advance()
            return .literal(.double(d))
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expect(")", else: .templateCloseParenExpected)
            return inner
        case .symbol("["):
            advance()
            return try parseList(at: token.position)
        case .symbol("{"):
            advance()
            return try parseMap(at: token.position)
        default:
            throw Self.expectedExpression(token)
        }
    }

    private static func expectedExpression(_ token: Token) -> TemplateError {
        TemplateError(Message(.templateExpressionExpected, ["found": token.words]), at: token.position)
    }

    private mutating func parseName(_ name: String, at position: SourcePosition) throws(TemplateError) -> Expression {
        switch name {
        case "true", "True": return .literal(.bool(true))
        case "false", "False": return .literal(.bool(false))
        case "null", "none", "None": return .literal(.null)
        case "loop" where peek.kind == .symbol("."): return try parseLoopField(at: position)
        case "super" where peek.kind == .symbol("("):
            throw TemplateError(
                Message(.templateSuperNotAlone), at: position,
                hint: Message(.templateWriteHint, ["example": .code("{{ super() }}")]))
        default:
            if Self.reservedWords.contains(name) {
                throw TemplateError(Message(.templateExpressionExpected, ["found": .code(name)]), at: position)
            }
            return .variable(Symbol(id: symbols.id(for: name), name: name, position: position))
        }
    }

    /// A string literal and the ones right after it: adjacent literals join, as in Python (`"a" "b"` is "ab").
    private mutating func joiningAdjacentStrings(_ first: String) -> String {
        var text = first
        while case .string(let more) = peek.kind {
            advance()
            text += more
        }
        return text
    }

    private mutating func parseList(at position: SourcePosition) throws(TemplateError) -> Expression {
        var items: [Expression] = []
        while peek.kind != .symbol("]") {
            items.append(try parseExpression())
            if !accept(.symbol(",")) { break }
        }
        try expect("]", else: .templateCloseListExpected)
        if let values = Self.literalValues(items) { return .literal(.list(values)) }
        return try checked(.list(items), at: position)
    }

    private mutating func parseMap(at position: SourcePosition) throws(TemplateError) -> Expression {
        var pairs: [(Expression, Expression)] = []
        while peek.kind != .symbol("}") {
            let key = try parseExpression()
            try expect(":", else: .templateMapColonExpected)
            pairs.append((key, try parseExpression()))
            if !accept(.symbol(",")) { break }
        }
        try expect("}", else: .templateCloseMapExpected)
        return try checked(.map(pairs), at: position)
    }

    /// The values of a list literal whose items are all literal text, numbers, booleans or null (a list of
    /// lists stays an expression, so a literal value is never nested: see `Renderer.nestingBound`).
    private static func literalValues(_ items: [Expression]) -> [TemplateValue]? {
        var values: [TemplateValue] = []
        for item in items {
            guard case .literal(let v) = item else { return nil }
            switch v {
            case .list, .map: return nil
            default: values.append(v)
            }
        }
        return values
    }

    private mutating func parseLoopField(at position: SourcePosition) throws(TemplateError) -> Expression {
        advance()  // `.`
        guard case .name(let name) = peek.kind else {
            throw TemplateError(Message(.templateLoopFieldNameExpected, ["found": peek.words]), at: peek.position)
        }
        let token = advance()
        if name == "cycle", peek.kind == .symbol("(") {
            advance()
            var values: [Expression] = []
            while peek.kind != .symbol(")") {
                values.append(try parseExpression())
                if !accept(.symbol(",")) { break }
            }
            try expect(")", else: .templateCloseCycleExpected)
            guard !values.isEmpty else {
                throw TemplateError(Message(.templateCycleEmpty), at: token.position)
            }
            return try checked(.loopCycle(values, token.position), at: token.position)
        }
        guard let field = LoopField(rawValue: name) else {
            let fields = LoopField.allCases.map(\.rawValue) + ["cycle"]
            let hint = NameSuggester.nearest(to: name, in: fields).map {
                Message(.suggestDidYouMean, ["name": .code("loop.\($0)")])
            }
            throw TemplateError(
                Message(.templateLoopFieldUnknown, ["name": .code(name)]), at: token.position,
                hint: hint ?? Message(.templateLoopFieldListHint, ["names": .list(fields.map { .text($0) })]))
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
                default: throw Self.expectedFieldName(token)
                }
                node = try checked(node, at: token.position)
            case .symbol("["):
                node = try parseSubscript(of: node)
            case .symbol("("):
                throw Self.notCallable(node, at: peek.position)
            default:
                return node
            }
        }
    }

    /// `base[index]` or `base[lower:upper]`, from the `[`.
    private mutating func parseSubscript(of base: Expression) throws(TemplateError) -> Expression {
        let open = advance()
        var lower: Expression?
        if peek.kind != .symbol(":") { lower = try parseExpression() }
        if accept(.symbol(":")) {
            var upper: Expression?
            if peek.kind != .symbol("]") { upper = try parseExpression() }
            try expect("]", else: .templateCloseBracketExpected)
            return try checked(.slice(base, lower, upper, open.position), at: open.position)
        }
        try expect("]", else: .templateCloseBracketExpected)
        return try checked(.item(base, lower ?? .literal(.null), open.position), at: open.position)
    }

    private static func expectedFieldName(_ token: Token) -> TemplateError {
        TemplateError(Message(.templateFieldNameExpected, ["found": token.words]), at: token.position)
    }

    private static func notCallable(_ node: Expression, at position: SourcePosition) -> TemplateError {
        TemplateError(
            Message(.templateNotCallable, ["expression": .code(node.sourceText)]), at: position,
            hint: Message(.templateNotCallableHint))
    }

    // MARK: - Filters

    private mutating func parseFilter(_ input: Expression) throws(TemplateError) -> Expression {
        guard case .name(let name) = peek.kind else { throw Self.expectedFilterName(peek) }
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
                        throw TemplateError(Message(.templatePositionalAfterKeyword), at: peek.position)
                    }
                    positional.append(try parseExpression())
                }
                if !accept(.symbol(",")) { break }
            }
            try expect(")", else: .templateCloseArgumentsExpected, ["filter": .code(name)])
        }
        guard let call = resolveFilter(name, positional, keywords, input: input, at: nameToken.position) else {
            return input
        }
        return try checked(.filter(input, call), at: nameToken.position)
    }

    private static func expectedFilterName(_ token: Token) -> TemplateError {
        TemplateError(Message(.templateFilterNameExpected, ["found": token.words]), at: token.position)
    }

    /// The filter `name` with its arguments bound; `nil` (with the error recorded) when it does not exist or
    /// its arguments do not fit.
    private mutating func resolveFilter(
        _ name: String, _ positional: [Expression], _ keywords: [(String, Expression, SourcePosition)],
        input: Expression, at position: SourcePosition
    ) -> FilterCall? {
        if let registered = filters.registered[name] {
            return FilterCall(
                name: name, position: position, implementation: .registered(registered.function),
                arguments: positional, keywordArguments: keywords.map { ($0.0, $0.1) })
        }
        guard let builtin = filters.builtins[name] else {
            errors.append(
                TemplateError(
                    Message(.templateFilterUnknown, ["name": .code(name)]), at: position,
                    hint: FilterNames.hint(for: name, among: filters.allNames)))
            return nil
        }
        guard let arguments = bind(builtin, positional, keywords, at: position) else { return nil }
        checkLiteralArguments(builtin, input: input, arguments: arguments, at: position)
        return FilterCall(
            name: name, position: position, implementation: .builtin(builtin), arguments: arguments,
            keywordArguments: [])
    }

    /// Matches arguments to a built-in filter's parameters, filling in defaults; records errors.
    private mutating func bind(
        _ filter: BuiltinFilter, _ positional: [Expression], _ keywords: [(String, Expression, SourcePosition)],
        at position: SourcePosition
    ) -> [Expression]? {
        let parameters = filter.parameters
        var bound = [Expression?](repeating: nil, count: parameters.count)
        var extra: [Expression] = []
        let usage = Message(.templateFilterUsageHint, ["usage": .code(filter.usage)])
        let name = Message.Argument.code(filter.name)
        for (i, argument) in positional.enumerated() {
            if i < parameters.count {
                bound[i] = argument
            } else if filter.isVariadic {
                extra.append(argument)
            } else {
                let count = parameters.count
                let takes =
                    count == 0
                    ? Message(.templateFilterTakesNoArguments, ["filter": name, "count": .number(positional.count)])
                    : Message(
                        .templateFilterTooManyArguments,
                        ["filter": name, "max": .number(count), "count": .number(positional.count)])
                errors.append(TemplateError(takes, at: position, hint: usage))
                return nil
            }
        }
        for (key, argument, keyPosition) in keywords {
            guard let i = parameters.firstIndex(where: { $0.names.contains(key) }) else {
                let hint = NameSuggester.didYouMean(key, in: parameters.flatMap(\.names))
                errors.append(
                    TemplateError(
                        Message(.templateFilterArgumentUnknown, ["filter": name, "name": .code(key)]), at: keyPosition,
                        hint: hint ?? usage))
                return nil
            }
            guard bound[i] == nil else {
                errors.append(
                    TemplateError(
                        Message(.templateFilterArgumentTwice, ["filter": name, "name": .code(parameters[i].names[0])]),
                        at: keyPosition, hint: usage))
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
                        Message(.templateFilterArgumentMissing, ["filter": name, "name": .code(parameter.names[0])]),
                        at: position, hint: usage))
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
            guard case .literal(.string(let key)) = input else { break }
            translationKeys.insert(key)
            if translations[key] == nil {
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
