import KohoDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Template.Renderer {
    // MARK: - Expressions

    /// The value of an expression; undefined names, missing fields and wrong types are errors.
    func evaluate(_ expression: Expression) throws(TemplateError) -> TemplateValue {
        switch expression {
        case .literal(let value):
            return value
        case .variable(let symbol):
            if let value = lookup(symbol.id) { return value }
            throw undefinedVariable(symbol)
        case .attribute(let base, let field, let position):
            return try self.field(field, of: try evaluate(base), base, at: position)
        case .filter(let input, let call):
            let value = call.acceptsUndefinedInput ? (try evaluateIfDefined(input) ?? .null) : try evaluate(input)
            return try apply(call, to: value)
        case .loopField(let field, let position):
            return try loopField(field, at: position)
        case .loopCycle(let choices, let position):
            guard let state = loops.last else { throw loopOutsideFor(position) }
            return try evaluate(choices[state.index0 % choices.count])
        case .item(let base, let index, let position):
            return try item(try evaluate(index), of: try evaluate(base), base, at: position)
        case .slice(let base, let lower, let upper, let position):
            return try slice(try evaluate(base), base, lower, upper, at: position)
        case .negate(let operand, let position):
            return try negate(try evaluate(operand), at: position)
        case .not(let operand):
            return .bool(!(try evaluate(operand).isTruthy))
        case .and(let left, let right):
            // Python's `and`/`or` give back an operand, so `x or "fallback"` works.
            let value = try evaluate(left)
            return value.isTruthy ? try evaluate(right) : value
        case .or(let left, let right):
            let value = try evaluate(left)
            return value.isTruthy ? value : try evaluate(right)
        case .binary(let op, let left, let right, let position):
            try charge(1, at: position)
            return try binary(op, try evaluate(left), try evaluate(right), at: position)
        case .test(let operand, let test, let negated, let position):
            return .bool(try self.test(operand, test, at: position) != negated)
        case .list(let items):
            return try list(items)
        case .map(let pairs):
            return try map(pairs)
        case .conditional(let value, let condition, let otherwise):
            if try evaluate(condition).isTruthy { return try evaluate(value) }
            guard let otherwise else { return .null }
            return try evaluate(otherwise)
        }
    }

    private func loopField(_ field: LoopField, at position: SourcePosition) throws(TemplateError) -> TemplateValue {
        guard let state = loops.last else { throw loopOutsideFor(position) }
        switch field {
        case .index: return .int(state.index0 + 1)
        case .index0: return .int(state.index0)
        case .revindex: return .int(state.length - state.index0)
        case .revindex0: return .int(state.length - state.index0 - 1)
        case .first: return .bool(state.index0 == 0)
        case .last: return .bool(state.index0 == state.length - 1)
        case .length: return .int(state.length)
        case .depth: return .int(loops.count)
        case .depth0: return .int(loops.count - 1)
        }
    }

    private func negate(_ value: TemplateValue, at position: SourcePosition) throws(TemplateError) -> TemplateValue {
        switch value {
        case .int(let i):
            guard i != .min else { throw integerOverflow("-(\(i))", at: position) }
            return .int(-i)
        case .double(let d): return .double(-d)
        default: throw failure(Message(.templateCannotNegate, ["type": value.typeWords]), at: position)
        }
    }

    private func list(_ items: [Expression]) throws(TemplateError) -> TemplateValue {
        try charge(items.count, at: items.first?.position)
        var values: [TemplateValue] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(try evaluate(item)) }
        return .list(values)
    }

    private func map(_ pairs: [(Expression, Expression)]) throws(TemplateError) -> TemplateValue {
        try charge(pairs.count, at: pairs.first?.0.position)
        let map = TemplateMap()
        for (keyExpression, valueExpression) in pairs {
            let key = try evaluate(keyExpression)
            guard let text = key.stringContent else {
                throw failure(
                    Message(.templateMapKeyType, ["got": key.typeWords]),
                    at: keyExpression.position ?? valueExpression.position)
            }
            map[text] = try evaluate(valueExpression)
        }
        return .map(map)
    }

    /// The value of a name, field or item chain, or `nil` where the chain is missing (an undefined name, a
    /// missing field, a field of `null`, an index out of range) — for `is defined` and `default`.
    func evaluateIfDefined(_ expression: Expression) throws(TemplateError) -> TemplateValue? {
        switch expression {
        case .variable(let symbol):
            return lookup(symbol.id)
        case .attribute(let base, let field, _):
            guard let value = try evaluateIfDefined(base), case .map(let map) = value else { return nil }
            return map.value(forKey: field.name, hash: field.hash)
        case .item(let base, let index, _):
            guard let value = try evaluateIfDefined(base) else { return nil }
            switch (value, try evaluate(index)) {
            case (.list(let items), .int(let i)):
                let at = i < 0 ? items.count + i : i
                return items.indices.contains(at) ? items[at] : nil
            case (.map(let map), .string(let key)):
                return map[key]
            default:
                return nil
            }
        default:
            return try evaluate(expression)
        }
    }

    // MARK: - Fields and items

    @inline(__always)
    private func field(
        _ field: FieldName, of value: TemplateValue, _ base: Expression, at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        if case .map(let map) = value, let found = map.value(forKey: field.name, hash: field.hash) { return found }
        try fieldFailure(field.name, of: value, base, at: position)
    }

    private func fieldFailure(
        _ name: String, of value: TemplateValue, _ base: Expression, at position: SourcePosition
    ) throws(TemplateError) -> Never {
        switch value {
        case .map(let map):
            throw missingField(name, in: map, base, at: position)
        case .null:
            let path = base.sourceText
            throw failure(
                Message(.templateNullHasNoField, ["path": .code(path), "name": .code(name)]), at: position,
                hint: Message(.templateTestFirstHint, ["test": .code("{% if \(path) %}")]))
        default:
            throw failure(
                Message(
                    .templateNoFieldOfType,
                    ["path": .code(base.sourceText), "type": value.typeWords, "name": .code(name)]),
                at: position)
        }
    }

    private func missingField(
        _ name: String, in map: TemplateMap, _ base: Expression, at position: SourcePosition
    ) -> TemplateError {
        let path = base.sourceText
        let hint: Message
        if let near = NameSuggester.nearest(to: name, in: map.keys) {
            hint = Message(.suggestDidYouMean, ["name": .code("\(path).\(near)")])
        } else if map.isEmpty {
            hint = Message(.templateNoFieldsHint, ["path": .code(path)])
        } else {
            hint = Message(.templateFieldListHint, ["path": .code(path), "names": NameSuggester.list(map.keys)])
        }
        return failure(
            Message(.templateFieldMissing, ["path": .code(path), "name": .code(name)]), at: position, hint: hint)
    }

    private func item(
        _ index: TemplateValue, of value: TemplateValue, _ base: Expression, at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        switch (value, index) {
        case (.list(let items), .int(let i)):
            let at = i < 0 ? items.count + i : i
            guard items.indices.contains(at) else {
                let path = base.sourceText
                throw failure(
                    Message(
                        .templateIndexOutOfRange,
                        ["index": .number(i), "path": .code(path), "count": .number(items.count)]),
                    at: position,
                    hint: Message(
                        .templateIndexOutOfRangeHint,
                        ["test": .code("{% if \(path) | length > \(i < 0 ? -(i + 1) : i) %}")]))
            }
            return items[at]
        case (.string(let s), .int(let i)), (.safeHTML(let s), .int(let i)):
            try charge(textCost(s), at: position)
            let characters = Array(s)
            let at = i < 0 ? characters.count + i : i
            guard characters.indices.contains(at) else {
                throw failure(
                    Message(
                        .templateCharacterIndexOutOfRange,
                        ["index": .number(i), "path": .code(base.sourceText), "count": .number(characters.count)]),
                    at: position)
            }
            return .string(String(characters[at]))
        case (.map(let map), .string(let key)), (.map(let map), .safeHTML(let key)):
            if let found = map[key] { return found }
            throw missingField(key, in: map, base, at: position)
        case (.null, _):
            let path = base.sourceText
            throw failure(
                Message(.templateNullHasNoItems, ["path": .code(path)]), at: position,
                hint: Message(.templateTestFirstHint, ["test": .code("{% if \(path) %}")]))
        default:
            throw failure(
                Message(.templateCannotIndex, ["type": value.typeWords, "index": index.typeWords]), at: position,
                hint: Message(.templateCannotIndexHint))
        }
    }

    private func slice(
        _ value: TemplateValue, _ base: Expression, _ lower: Expression?, _ upper: Expression?,
        at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        func bound(_ expression: Expression?) throws(TemplateError) -> Int? {
            guard let expression else { return nil }
            switch try evaluate(expression) {
            case .int(let i): return i
            case .null: return nil
            case let other:
                throw failure(Message(.templateSliceBoundType, ["got": other.typeWords]), at: position)
            }
        }
        let low = try bound(lower)
        let high = try bound(upper)
        // Python's rules: negative bounds count from the end, and bounds past either end are clamped.
        func range(_ count: Int) -> Range<Int> {
            func clamp(_ b: Int?, _ fallback: Int) -> Int {
                guard let b else { return fallback }
                return min(max(b < 0 ? count + b : b, 0), count)
            }
            let start = clamp(low, 0)
            return start..<max(start, clamp(high, count))
        }
        switch value {
        case .list(let items):
            let kept = range(items.count)
            try charge(kept.count, at: position)
            return .list(Array(items[kept]))
        case .string(let s):
            try charge(textCost(s), at: position)
            let characters = Array(s)
            return .string(String(characters[range(characters.count)]))
        default:
            throw failure(
                Message(.templateCannotSlice, ["path": .code(base.sourceText), "type": value.typeWords]), at: position)
        }
    }

    // MARK: - Operators

    private func binary(
        _ op: BinaryOperator, _ a: TemplateValue, _ b: TemplateValue, at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        switch op {
        case .equal, .notEqual:
            let equal = TemplateValue.templateEqual(a, b, budget: budget)
            try charge(0, at: position)
            return .bool(equal == (op == .equal))
        case .less, .greater, .lessEqual, .greaterEqual:
            let order = TemplateValue.templateOrder(a, b, budget: budget)
            try charge(0, at: position)
            guard let order else {
                throw failure(Message(.templateCannotCompare, ["a": a.typeWords, "b": b.typeWords]), at: position)
            }
            switch op {
            case .less: return .bool(order < 0)
            case .greater: return .bool(order > 0)
            case .lessEqual: return .bool(order <= 0)
            default: return .bool(order >= 0)
            }
        case .contains, .notContains:
            return .bool(try contains(b, a, op, at: position) == (op == .contains))
        case .concat:
            guard let left = a.plainText, let right = b.plainText else {
                let culprit = a.plainText == nil ? a : b
                throw failure(
                    Message(.templateCannotJoin, ["type": culprit.typeWords]), at: position,
                    hint: Message(.templateCannotJoinHint))
            }
            try checkTextLength(left.utf8.count + right.utf8.count, madeBy: op, at: position)
            let joined: String
            switch (a, b) {
            case (.safeHTML, .safeHTML): joined = left + right
            case (.safeHTML, _): joined = left + HTMLEscaper.escape(right)
            case (_, .safeHTML): joined = HTMLEscaper.escape(left) + right
            default: return .string(try charged(left + right, at: position))
            }
            try checkTextLength(joined.utf8.count, madeBy: op, at: position)
            return .safeHTML(try charged(joined, at: position))
        case .add:
            switch (a, b) {
            case (.string(let x), .string(let y)):
                try checkTextLength(x.utf8.count + y.utf8.count, madeBy: op, at: position)
                try charge(textCost(x) + textCost(y), at: position)
                return .string(x + y)
            case (.safeHTML, .string), (.string, .safeHTML), (.safeHTML, .safeHTML):
                return try binary(.concat, a, b, at: position)
            case (.list(let x), .list(let y)):
                guard x.count + y.count <= TemplateLimits.listItems else {
                    throw failure(TemplateLimits.listTooLong(madeBy: "+"), at: position, hint: TemplateLimits.listHint)
                }
                try charge(x.count + y.count, at: position)
                return .list(x + y)
            default: return try arithmetic(op, a, b, at: position)
            }
        case .multiply:
            // Jinja repeats a string: `{{ "-" * 20 }}`.
            switch (a, b) {
            case (.string(let text), .int(let count)), (.int(let count), .string(let text)):
                return try repeated(text, count, at: position)
            default: return try arithmetic(op, a, b, at: position)
            }
        default:
            return try arithmetic(op, a, b, at: position)
        }
    }

    /// Whether `needle` is in `haystack`, for `in` and `not in` (`op`).
    private func contains(
        _ haystack: TemplateValue, _ needle: TemplateValue, _ op: BinaryOperator, at position: SourcePosition
    ) throws(TemplateError) -> Bool {
        switch haystack {
        case .list(let items):
            let found = items.contains { TemplateValue.templateEqual($0, needle, budget: budget) }
            try charge(0, at: position)
            return found
        case .map(let map):
            guard let key = needle.stringContent else { return false }
            return map[key] != nil
        case .string(let s), .safeHTML(let s):
            guard let text = needle.stringContent else {
                throw failure(Message(.templateInNeedsString, ["got": needle.typeWords]), at: position)
            }
            // Searching costs about a step per byte, not per 8 bytes.
            try charge(s.utf8.count + text.utf8.count, at: position)
            return text.isEmpty || s.contains(text)
        default:
            throw failure(
                Message(.templateInNeedsContainer, ["operator": .code(op.rawValue), "got": haystack.typeWords]),
                at: position)
        }
    }

    /// `text * count`: the text repeated, within ``TemplateLimits/textBytes``.
    private func repeated(_ text: String, _ count: Int, at position: SourcePosition) throws(TemplateError)
        -> TemplateValue
    {
        guard count > 0, !text.isEmpty else { return .string("") }
        let (bytes, overflow) = text.utf8.count.multipliedReportingOverflow(by: count)
        try checkTextLength(overflow ? .max : bytes, madeBy: .multiply, at: position)
        try charge(bytes >> 3, at: position)
        // Doubling copies of the bytes: `String(repeating:count:)` appends one copy at a time, a second for
        // ten million.
        var out: [UInt8] = []
        out.reserveCapacity(bytes)
        out.append(contentsOf: text.utf8)
        while out.count < bytes { out.append(contentsOf: out[0..<min(out.count, bytes - out.count)]) }
        return .string(String(decoding: out, as: UTF8.self))
    }

    private func arithmetic(
        _ op: BinaryOperator, _ a: TemplateValue, _ b: TemplateValue, at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        if case .int(let x) = a, case .int(let y) = b {
            return try integerArithmetic(op, x, y, at: position)
        }
        guard let x = a.numberValue, let y = b.numberValue else {
            let hint =
                (op == .add && (a.stringContent != nil || b.stringContent != nil))
                ? Message(.templateUseTildeHint) : nil
            throw failure(
                Message(.templateCannotApply, ["operator": .code(op.rawValue), "a": a.typeWords, "b": b.typeWords]),
                at: position, hint: hint)
        }
        switch op {
        case .add: return .double(x + y)
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide:
            guard y != 0 else { throw divisionByZero(at: position) }
            return .double(x / y)
        case .floorDivide:
            guard y != 0 else { throw divisionByZero(at: position) }
            return .double((x / y).rounded(.down))
        case .modulo:
            guard y != 0 else { throw divisionByZero(at: position) }
            return .double(x - y * (x / y).rounded(.down))
        case .power: return .double(pow(x, y))
        default: return .null
        }
    }

    /// Arithmetic on two ints: a result that does not fit in 64 bits is an error, never a wrap or a trap.
    private func integerArithmetic(
        _ op: BinaryOperator, _ x: Int, _ y: Int, at position: SourcePosition
    ) throws(TemplateError) -> TemplateValue {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .divide:
            guard y != 0 else { throw divisionByZero(at: position) }
            return .double(Double(x) / Double(y))
        case .floorDivide, .modulo:
            guard y != 0 else { throw divisionByZero(at: position) }
            guard y != -1 else {
                // `Int.min / -1` does not fit (Swift traps on it, and on `Int.min % -1`, which is 0).
                if op == .modulo { return .int(0) }
                result = x.multipliedReportingOverflow(by: -1)
                break
            }
            // Python's floor division and modulo: the remainder takes the divisor's sign.
            var quotient = x / y
            var remainder = x % y
            if remainder != 0, (remainder < 0) != (y < 0) {
                quotient -= 1
                remainder += y
            }
            return .int(op == .floorDivide ? quotient : remainder)
        case .power:
            guard y >= 0 else { return .double(pow(Double(x), Double(y))) }
            result = Self.power(x, y).map { ($0, false) } ?? (0, true)
        default:
            return .null
        }
        guard !result.overflow else { throw integerOverflow("\(x) \(op.rawValue) \(y)", at: position) }
        return .int(result.partialValue)
    }

    /// `base ** exponent` by squaring; `nil` when it does not fit in an int.
    private static func power(_ base: Int, _ exponent: Int) -> Int? {
        var result = 1
        var base = base
        var exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 {
                let (next, overflow) = result.multipliedReportingOverflow(by: base)
                if overflow { return nil }
                result = next
            }
            exponent >>= 1
            if exponent > 0 {
                // A square that does not fit means the result does not either (|base| ≥ 2 from here).
                let (square, overflow) = base.multipliedReportingOverflow(by: base)
                if overflow { return nil }
                base = square
            }
        }
        return result
    }

    private func test(_ operand: Expression, _ test: TestKind, at position: SourcePosition) throws(TemplateError)
        -> Bool
    {
        switch test {
        case .defined: return try evaluateIfDefined(operand) != nil
        case .undefined: return try evaluateIfDefined(operand) == nil
        default: break
        }
        let value = try evaluate(operand)
        switch test {
        case .none: if case .null = value { return true } else { return false }
        case .even, .odd:
            guard case .int(let i) = value else {
                throw failure(
                    Message(.templateTestNeedsInt, ["test": .code("is \(test.rawValue)"), "got": value.typeWords]),
                    at: position)
            }
            return (i % 2 == 0) == (test == .even)
        case .string: return value.stringContent != nil
        case .number: return value.numberValue != nil
        case .mapping: if case .map = value { return true } else { return false }
        case .sequence, .iterable:
            switch value {
            case .list, .map, .string, .safeHTML: return true
            default: return false
            }
        case .boolean: if case .bool = value { return true } else { return false }
        case .true: if case .bool(true) = value { return true } else { return false }
        case .false: if case .bool(false) = value { return true } else { return false }
        case .date: if case .date = value { return true } else { return false }
        case .defined, .undefined: return false
        }
    }

    // MARK: - Filters

    private func apply(_ call: FilterCall, to input: TemplateValue) throws(TemplateError) -> TemplateValue {
        var arguments: [TemplateValue] = []
        if !call.arguments.isEmpty {
            arguments.reserveCapacity(call.arguments.count)
            for argument in call.arguments { arguments.append(try evaluate(argument)) }
        }
        let keywords = call.keywordArguments.isEmpty ? [:] : try keywordArguments(call)
        try charge(1 + input.workSize, at: call.position)
        let result: TemplateValue
        do throws(TemplateFilterError) {
            switch call.implementation {
            case .builtin(let filter):
                result = try filter.run(input, arguments, FilterScope(shared: library.filterContext, budget: budget))
            case .registered(let function):
                result = try function(input, arguments, keywords)
            }
        } catch {
            throw failure(error.message, at: call.position, hint: error.hint)
        }
        try checkSize(of: result, madeBy: call.name, at: call.position)
        try charge(result.workSize, at: call.position)
        return result
    }

    private func keywordArguments(_ call: FilterCall) throws(TemplateError) -> [String: TemplateValue] {
        var keywords: [String: TemplateValue] = [:]
        for (name, expression) in call.keywordArguments { keywords[name] = try evaluate(expression) }
        return keywords
    }

    // MARK: - Errors

    private func undefinedVariable(_ symbol: Symbol) -> TemplateError {
        let names = namesInScope
        if symbol.name == "loop" { return loopOutsideFor(symbol.position) }
        let hint =
            NameSuggester.didYouMean(symbol.name, in: names)
            ?? (names.isEmpty
                ? Message(.templateNoVariablesHint)
                : Message(.templateVariableListHint, ["names": NameSuggester.list(names)]))
        return failure(
            Message(.templateUndefinedVariable, ["name": .code(symbol.name)]), at: symbol.position, hint: hint)
    }

    private func loopOutsideFor(_ position: SourcePosition) -> TemplateError {
        failure(Message(.templateLoopOutsideFor), at: position)
    }

    private func integerOverflow(_ operation: String, at position: SourcePosition) -> TemplateError {
        let overflow = TemplateLimits.integerOverflow(in: operation)
        return failure(overflow.message, at: position, hint: overflow.hint)
    }

    @inline(never)
    private func divisionByZero(at position: SourcePosition) -> TemplateError {
        failure(Message(.templateDivisionByZero), at: position)
    }

    // MARK: - Limits

    /// Fails when a text of `bytes` UTF-8 bytes made by `op` would be longer than ``TemplateLimits/textBytes``.
    private func checkTextLength(_ bytes: Int, madeBy op: BinaryOperator, at position: SourcePosition)
        throws(TemplateError)
    {
        guard bytes > TemplateLimits.textBytes else { return }
        throw failure(TemplateLimits.textTooLong(madeBy: op.rawValue), at: position, hint: TemplateLimits.textHint)
    }

    /// Fails when the result of filter `name` is a text or a list over the limits.
    @inline(__always)
    private func checkSize(of value: TemplateValue, madeBy name: String, at position: SourcePosition)
        throws(TemplateError)
    {
        switch value {
        case .string(let s), .safeHTML(let s):
            if s.utf8.count > TemplateLimits.textBytes { throw tooLarge(value, madeBy: name, at: position) }
        case .list(let items):
            if items.count > TemplateLimits.listItems { throw tooLarge(value, madeBy: name, at: position) }
        default:
            break
        }
    }

    @inline(never)
    private func tooLarge(_ value: TemplateValue, madeBy name: String, at position: SourcePosition) -> TemplateError {
        if case .list = value {
            return failure(TemplateLimits.listTooLong(madeBy: name), at: position, hint: TemplateLimits.listHint)
        }
        return failure(TemplateLimits.textTooLong(madeBy: name), at: position, hint: TemplateLimits.textHint)
    }

    /// `text`, after charging the steps of making it.
    @inline(__always)
    private func charged(_ text: String, at position: SourcePosition) throws(TemplateError) -> String {
        try charge(textCost(text), at: position)
        return text
    }

    /// The steps handling `text` costs: one per 8 bytes.
    @inline(__always)
    func textCost(_ text: String) -> Int {
        text.utf8.count >> 3
    }

    /// Counts `steps` of work against ``TemplateLimits/renderSteps``.
    @inline(__always)
    func charge(_ steps: Int, at position: SourcePosition?) throws(TemplateError) {
        budget.steps &+= steps
        if budget.steps > budget.limit { throw tooMuchWork(at: position) }
    }

    @inline(never)
    private func tooMuchWork(at position: SourcePosition?) -> TemplateError {
        failure(budget.message, at: position, hint: budget.hint)
    }
}
