import KohoDiagnostics

// The parsed form of a template: a tree of nodes and expressions, built once at load and only read while
// rendering (from many threads at once). Names are resolved to symbols, filters to functions and literal
// include targets to template indexes at load, so rendering does no lookups by text it can avoid.

/// A piece of a template's body.
indirect enum Node: Sendable {
    /// Literal text, stored as UTF-8 so it is copied into the output without conversion.
    case text([UInt8])
    /// `{{ expression }}`.
    case output(Expression, SourcePosition)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`; the position is the `{%` of the `if`.
    case conditional([ConditionalBranch], otherwise: [Node]?, SourcePosition)
    /// `{% for %}…{% else %}…{% endfor %}`.
    case loop(LoopNode)
    /// `{% set name = expression %}`.
    case assign(Symbol, Expression)
    /// `{% set name %}…{% endset %}`: the rendered body as safe HTML.
    case capture(Symbol, [Node])
    /// `{% include "name" %}`.
    case include(IncludeTarget, SourcePosition)
    /// `{% block name %}`: rendered from the most derived template that defines it.
    case block(String, SourcePosition)
    /// `{{ super() }}` inside a block: the parent template's version of the block.
    case superBlock(SourcePosition)
}

/// One `if`/`elif` test and its body.
struct ConditionalBranch: Sendable {
    var condition: Expression
    var body: [Node]
}

/// A `{% for %}` loop.
struct LoopNode: Sendable {
    /// One variable (`for x in xs`) or two (`for k, v in map`).
    var targets: [Symbol]
    var iterable: Expression
    /// `{% for x in xs if condition %}`: items for which the condition is false are skipped (and not counted
    /// in `loop.length`).
    var filter: Expression?
    var body: [Node]
    var otherwise: [Node]?
    /// The `{%` of the tag.
    var position: SourcePosition
}

/// What `{% include %}` renders.
enum IncludeTarget: Sendable {
    /// A literal name, checked and resolved at load.
    case resolved(Int)
    /// A name computed while rendering.
    case dynamic(Expression)
}

/// A variable name, resolved to a small integer so scope lookups compare integers.
struct Symbol: Sendable {
    var id: Int
    var name: String
    var position: SourcePosition
}

/// An expression inside `{{ }}` or a tag.
indirect enum Expression: Sendable {
    case literal(TemplateValue)
    case variable(Symbol)
    /// `loop.index` and friends inside a `for`.
    case loopField(LoopField, SourcePosition)
    /// `loop.cycle("odd", "even")`.
    case loopCycle([Expression], SourcePosition)
    /// `base.name`; the position is the name's.
    case attribute(Expression, FieldName, SourcePosition)
    /// `base[index]`; the position is the `[`.
    case item(Expression, Expression, SourcePosition)
    /// `base[lower:upper]`.
    case slice(Expression, Expression?, Expression?, SourcePosition)
    case negate(Expression, SourcePosition)
    case not(Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case binary(BinaryOperator, Expression, Expression, SourcePosition)
    /// `value is [not] test`.
    case test(Expression, TestKind, negated: Bool, SourcePosition)
    case filter(Expression, FilterCall)
    case list([Expression])
    case map([(Expression, Expression)])
    /// `a if condition else b`.
    case conditional(Expression, condition: Expression, otherwise: Expression?)

    /// The position of the expression's first token, for errors about the whole expression.
    var position: SourcePosition? {
        switch self {
        case .literal, .list, .map: nil
        case .variable(let s): s.position
        case .loopField(_, let p), .loopCycle(_, let p), .negate(_, let p): p
        case .attribute(let base, _, let p), .item(let base, _, let p), .slice(let base, _, _, let p):
            base.position ?? p
        case .not(let e), .and(let e, _), .or(let e, _), .binary(_, let e, _, _), .test(let e, _, _, _),
            .filter(let e, _), .conditional(let e, _, _):
            e.position
        }
    }

    /// The number of nodes on the longest path down from this one (a name or a literal is 1): how deeply
    /// evaluating it recurses. The parser keeps it within ``TemplateLimits/expressionDepth``.
    var height: Int {
        switch self {
        case .literal, .variable, .loopField:
            return 1
        case .loopCycle(let items, _), .list(let items):
            return 1 + Self.height(of: items)
        case .attribute(let e, _, _), .negate(let e, _), .not(let e), .test(let e, _, _, _):
            return 1 + e.height
        case .item(let a, let b, _), .and(let a, let b), .or(let a, let b), .binary(_, let a, let b, _):
            return 1 + max(a.height, b.height)
        case .slice(let base, let lower, let upper, _):
            return 1 + max(base.height, lower?.height ?? 0, upper?.height ?? 0)
        case .filter(let input, let call):
            return 1
                + max(input.height, Self.height(of: call.arguments), Self.height(of: call.keywordArguments.map(\.1)))
        case .map(let pairs):
            return 1 + max(Self.height(of: pairs.map(\.0)), Self.height(of: pairs.map(\.1)))
        case .conditional(let value, let condition, let otherwise):
            return 1 + max(value.height, condition.height, otherwise?.height ?? 0)
        }
    }

    private static func height(of expressions: [Expression]) -> Int {
        var tallest = 0
        for e in expressions { tallest = max(tallest, e.height) }
        return tallest
    }

    /// The expression written back as text, for messages: `staff.photo`, `site.staff[0]`.
    var sourceText: String {
        switch self {
        case .literal(let v):
            switch v {
            case .string(let s), .safeHTML(let s): return "\"" + s + "\""
            case .list: return "[…]"
            case .map: return "{…}"
            default: return v.plainText ?? "…"
            }
        case .variable(let s): return s.name
        case .loopField(let f, _): return "loop." + f.rawValue
        case .loopCycle: return "loop.cycle(…)"
        case .attribute(let base, let field, _): return base.sourceText + "." + field.name
        case .item(let base, let index, _): return base.sourceText + "[" + index.sourceText + "]"
        case .slice(let base, let l, let u, _):
            return base.sourceText + "[" + (l?.sourceText ?? "") + ":" + (u?.sourceText ?? "") + "]"
        case .negate(let e, _): return "-" + e.sourceText
        case .not(let e): return "not " + e.sourceText
        case .and(let a, let b): return a.sourceText + " and " + b.sourceText
        case .or(let a, let b): return a.sourceText + " or " + b.sourceText
        case .binary(let op, let a, let b, _): return a.sourceText + " " + op.rawValue + " " + b.sourceText
        case .test(let e, let t, let negated, _): return e.sourceText + (negated ? " is not " : " is ") + t.rawValue
        case .filter(let e, let call): return e.sourceText + " | " + call.name
        case .list: return "[…]"
        case .map: return "{…}"
        case .conditional(let a, _, _): return a.sourceText + " if …"
        }
    }
}

/// A field name after `.`, with its ``TemplateMap`` hash computed once at parse time.
struct FieldName: Sendable {
    var name: String
    var hash: Int

    init(_ name: String) {
        self.name = name
        self.hash = TemplateMap.hash(of: name)
    }
}

/// The fields of `loop` inside `{% for %}`.
enum LoopField: String, Sendable, CaseIterable {
    case index, index0, revindex, revindex0, first, last, length, depth, depth0
}

/// Binary operators other than `and`/`or`.
enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", concat = "~"
    case equal = "==", notEqual = "!=", less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case contains = "in", notContains = "not in"
}

/// The tests of `x is …`.
enum TestKind: String, Sendable, CaseIterable {
    case defined, undefined, none, even, odd, string, number, mapping, sequence, iterable, boolean, `true`,
        `false`, date
}

/// A filter application, resolved at load.
struct FilterCall: Sendable {
    var name: String
    /// The filter name's position.
    var position: SourcePosition
    var implementation: Implementation
    /// For built-in filters: one expression per parameter, in parameter order (defaults filled in), then any
    /// extra positional arguments of a variadic filter. For registered filters: the positional arguments.
    var arguments: [Expression]
    /// Keyword arguments of a registered filter.
    var keywordArguments: [(String, Expression)]

    /// Built-in (resolved to a parameter list and a function) or registered by the site.
    enum Implementation: Sendable {
        case builtin(BuiltinFilter)
        case registered(TemplateFilter.Function)
    }

    /// Whether the result may nest one level deeper than the input and arguments: `batch`, `items` and
    /// `map` wrap items in lists; a registered filter may do anything.
    var mayNest: Bool {
        switch implementation {
        case .builtin(let b): b.name == "batch" || b.name == "items" || b.name == "map"
        case .registered: true
        }
    }

    /// `default` takes a value that may not exist; its input is looked up leniently.
    var acceptsUndefinedInput: Bool {
        if case .builtin(let b) = implementation { return b.acceptsUndefinedInput }
        return false
    }
}
