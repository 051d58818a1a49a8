import KohoDiagnostics

/// Variable names used by any template, numbered so scope lookups compare integers. Used only while loading.
final class SymbolTable {
    private(set) var ids: [String: Int] = [:]
    private(set) var names: [String] = []

    func id(for name: String) -> Int {
        if let id = ids[name] { return id }
        ids[name] = names.count
        names.append(name)
        return names.count - 1
    }
}

extension Template {
    /// Turns a template's segments into a node tree. Statement structure (`if`/`for`/`block` nesting) is
    /// checked here; each tag's expression is parsed by the methods in `Template+ExpressionParser.swift`.
    ///
    /// Errors are collected, never thrown: a bad tag is dropped and parsing goes on, so one load reports every
    /// mistake in every template.
    struct Parser {
        let lexer: Lexer
        let templateNames: [String: Int]
        let filters: FilterRegistry
        let translations: [String: String]
        let translationsPath: String
        let symbols: SymbolTable
        /// False when the lexer stopped early: tags left open then are not the person's mistake.
        let reportsUnclosedTags: Bool
        var errors: [TemplateError] = []
        /// The keys written as literals before `t` (`"home" | t`): the interface strings the template uses.
        var translationKeys: Set<String> = []

        private var index = 0
        private var segments: [Segment]
        private var open: [OpenTag] = []
        private(set) var blocks: [String: [Node]] = [:]
        private var blockPositions: [String: SourcePosition] = [:]
        private(set) var parent: ParentLink?

        /// The tokens of the tag whose expression is being parsed, and the cursor in them.
        var tokens: [Token] = []
        var cursor = 0
        /// How deeply the expression parser is nested at the cursor (brackets, `not`, operands).
        var nesting = 0
        /// Set when a mistake ended parsing early (tags nested too deeply): what is left open then is not
        /// reported again.
        private var abandoned = false

        init(
            lexer: Lexer, templateNames: [String: Int], filters: FilterRegistry, translations: [String: String],
            translationsPath: String, symbols: SymbolTable, reportsUnclosedTags: Bool
        ) {
            self.reportsUnclosedTags = reportsUnclosedTags
            self.lexer = lexer
            self.segments = lexer.segments
            self.templateNames = templateNames
            self.filters = filters
            self.translations = translations
            self.translationsPath = translationsPath
            self.symbols = symbols
        }

        /// A tag that is open while its body is parsed.
        private struct OpenTag {
            var keyword: String
            var position: SourcePosition
            var closers: Set<String>
            var end: String { "end" + keyword }
        }

        private struct Terminator {
            var keyword: String
            var tag: TagTokens
        }

        /// Tags that end or split another tag's body.
        private static let closingKeywords: Set<String> = [
            "elif", "else", "endif", "endfor", "endblock", "endset", "endraw",
        ]
        private static let knownTags = ["if", "for", "set", "include", "extends", "block", "raw"]
        /// Jinja tags people may try, with what to do instead.
        private static let unsupportedTags: [String: MessageKey] = [
            "macro": .templateUseIncludeWithSetHint,
            "call": .templateUseIncludeWithSetHint,
            "import": .templateUseIncludeHint,
            "from": .templateUseIncludeHint,
            "with": .templateUseSetHint,
            "filter": .templateUseFilterOnSetHint,
            "autoescape": .templateAlwaysEscapedHint,
        ]

        /// "tags: if, for, set, …".
        private static var tagListHint: Message {
            Message(.templateTagListHint, ["names": .list(knownTags.map { .text($0) })])
        }

        /// How messages show tag `keyword`: `{% keyword %}`.
        private static func tag(_ keyword: some StringProtocol) -> Message.Argument {
            .code("{% \(keyword) %}")
        }

        // MARK: - Structure

        /// Parses the whole template.
        mutating func parse() -> [Node] {
            var nodes: [Node] = []
            while index < segments.count {
                let (body, _) = parseBody(until: [])
                nodes += body
            }
            return nodes
        }

        private mutating func parseBody(until closers: Set<String>) -> ([Node], Terminator?) {
            var nodes: [Node] = []
            while index < segments.count {
                switch segments[index] {
                case .text(let range):
                    index += 1
                    nodes.append(.text(Array(lexer.string(range).utf8)))
                case .output(let tag):
                    index += 1
                    if let node = parseOutput(tag) { nodes.append(node) }
                case .statement(let tag):
                    guard case .name(let keyword) = tag.tokens[0].kind else {
                        index += 1
                        errors.append(
                            TemplateError(
                                Message(.templateTagNameExpected, ["found": tag.tokens[0].words]),
                                at: tag.tokens[0].position, hint: Self.tagListHint))
                        continue
                    }
                    if closers.contains(keyword) {
                        index += 1
                        return (nodes, Terminator(keyword: keyword, tag: tag))
                    }
                    if Self.closingKeywords.contains(keyword) {
                        switch unexpectedClosing(keyword, tag) {
                        case .skip:
                            index += 1
                            continue
                        case .unwind:
                            return (nodes, nil)
                        case .closeInnermost(let end):
                            index += 1
                            return (nodes, Terminator(keyword: end, tag: tag))
                        }
                    }
                    index += 1
                    if let node = parseStatement(keyword, tag) { nodes.append(node) }
                }
            }
            return (nodes, nil)
        }

        private enum ClosingAction {
            case skip, unwind
            case closeInnermost(String)
        }

        /// An `else`/`endX` that the innermost open tag does not accept: stray, closing an outer tag while
        /// an inner one is still open, or simply the wrong `end`.
        private mutating func unexpectedClosing(_ keyword: String, _ tag: TagTokens) -> ClosingAction {
            let at = tag.tokens[0].position
            guard let innermost = open.last else {
                errors.append(TemplateError(strayMessage(keyword), at: at))
                return .skip
            }
            if innermost.keyword == "if", keyword == "elif" || keyword == "else" {
                errors.append(
                    TemplateError(
                        Message(.templateElseAfterElse, ["tag": Self.tag(keyword)]), at: at,
                        hint: Message(.templateElseAfterElseHint)))
                return .skip
            }
            if let outer = open.dropLast().last(where: { $0.closers.contains(keyword) }) {
                let words = Message(
                    .templateClosesOuter,
                    [
                        "tag": Self.tag(keyword), "outer": Self.tag(outer.keyword),
                        "outerLine": .number(outer.position.line),
                        "inner": Self.tag(innermost.keyword), "innerLine": .number(innermost.position.line),
                    ])
                errors.append(
                    TemplateError(
                        words, at: at, hint: Message(.templateClosesOuterHint, ["end": Self.tag(innermost.end)])))
                return .unwind
            }
            guard keyword.hasPrefix("end") else {
                errors.append(TemplateError(strayMessage(keyword), at: at))
                return .skip
            }
            errors.append(
                TemplateError(
                    Message(
                        .templateEndMismatch,
                        [
                            "tag": Self.tag(keyword), "open": Self.tag(innermost.keyword),
                            "line": .number(innermost.position.line),
                        ]),
                    at: at, hint: Message(.templateCloseItWithHint, ["closer": Self.tag(innermost.end)])))
            return .closeInnermost(innermost.end)
        }

        private func strayMessage(_ keyword: String) -> Message {
            switch keyword {
            case "else": Message(.templateStrayElse)
            case "elif": Message(.templateStrayElif)
            default: Message(.templateStrayEnd, ["tag": Self.tag(keyword), "open": Self.tag(keyword.dropFirst(3))])
            }
        }

        /// Reports a tag whose body ran to the end of the template.
        private mutating func checkClosed(_ terminator: Terminator?, _ keyword: String, _ tag: TagTokens) {
            // Without a terminator before the end, the tag is unclosed; before the end, an inner mismatch was
            // already reported while unwinding.
            if terminator == nil, index >= segments.count, reportsUnclosedTags, !abandoned {
                errors.append(Template.unclosed("{% \(keyword) %}", end: "{% end\(keyword) %}", at: tag.open))
            }
        }

        /// Parses the body of a tag that opens one (`if`, `for`, `block`, `set … endset`) with the tag open.
        /// Nesting deeper than ``TemplateLimits/tagDepth`` is an error that ends parsing of the template:
        /// what follows would only report its closing tags as stray.
        private mutating func withOpen<T>(
            _ keyword: String, _ tag: TagTokens, closers: Set<String>, _ body: (inout Parser) -> T?
        ) -> T? {
            guard open.count < TemplateLimits.tagDepth else {
                errors.append(
                    TemplateError(
                        Message(.templateTagsTooDeep, ["limit": .number(TemplateLimits.tagDepth)]), at: tag.open,
                        hint: Message(.templateTagsTooDeepHint)))
                abandoned = true
                index = segments.count
                return nil
            }
            open.append(OpenTag(keyword: keyword, position: tag.open, closers: closers))
            defer { open.removeLast() }
            return body(&self)
        }

        // MARK: - Tags

        private mutating func parseOutput(_ tag: TagTokens) -> Node? {
            let t = tag.tokens
            if t.count == 4, t[0].kind == .name("super"), t[1].kind == .symbol("("), t[2].kind == .symbol(")") {
                guard open.contains(where: { $0.keyword == "block" }) else {
                    errors.append(TemplateError(Message(.templateSuperOutsideBlock), at: t[0].position))
                    return nil
                }
                return .superBlock(t[0].position)
            }
            guard let expression = parseTagExpression(tag, from: 0) else { return nil }
            return .output(expression, t[0].position)
        }

        private mutating func parseStatement(_ keyword: String, _ tag: TagTokens) -> Node? {
            switch keyword {
            case "if": return parseIf(tag)
            case "for": return parseFor(tag)
            case "set": return parseSet(tag)
            case "include": return parseInclude(tag)
            case "extends":
                parseExtends(tag)
                return nil
            case "block": return parseBlock(tag)
            default:
                let at = tag.tokens[0].position
                if let advice = Self.unsupportedTags[keyword] {
                    errors.append(
                        TemplateError(
                            Message(.templateTagUnsupported, ["tag": Self.tag(keyword)]), at: at, hint: Message(advice))
                    )
                } else {
                    let hint = NameSuggester.didYouMean(keyword, in: Self.knownTags + Self.closingKeywords)
                    errors.append(
                        TemplateError(
                            Message(.templateTagUnknown, ["tag": Self.tag(keyword)]), at: at,
                            hint: hint ?? Self.tagListHint))
                }
                return nil
            }
        }

        private mutating func parseIf(_ tag: TagTokens) -> Node? {
            var branches: [ConditionalBranch] = []
            var otherwise: [Node]?
            var condition = parseTagExpression(tag, from: 1) ?? .literal(.null)
            var closers: Set<String> = ["elif", "else", "endif"]
            return withOpen("if", tag, closers: closers) { parser in
                while true {
                    let (body, terminator) = parser.parseBody(until: closers)
                    if otherwise == nil, closers.contains("else") {
                        branches.append(ConditionalBranch(condition: condition, body: body))
                    } else {
                        otherwise = body
                    }
                    guard let terminator else {
                        parser.checkClosed(nil, "if", tag)
                        break
                    }
                    if terminator.keyword == "elif" {
                        condition = parser.parseTagExpression(terminator.tag, from: 1) ?? .literal(.null)
                    } else if terminator.keyword == "else" {
                        parser.expectEnd(terminator.tag, after: 1)
                        closers = ["endif"]
                        otherwise = []
                    } else {
                        parser.expectEnd(terminator.tag, after: 1)
                        break
                    }
                }
                return .conditional(branches, otherwise: otherwise, tag.open)
            }
        }

        private mutating func parseFor(_ tag: TagTokens) -> Node? {
            var header: (targets: [Symbol], iterable: Expression, filter: Expression?)?
            do throws(TemplateError) {
                header = try parseForHeader(tag)
            } catch {
                errors.append(error)
            }
            return withOpen("for", tag, closers: ["else", "endfor"]) { parser in
                let (body, terminator) = parser.parseBody(until: ["else", "endfor"])
                var otherwise: [Node]?
                if let terminator, terminator.keyword == "else" {
                    parser.expectEnd(terminator.tag, after: 1)
                    let (elseBody, end) = parser.parseBody(until: ["endfor"])
                    otherwise = elseBody
                    parser.checkClosed(end, "for", tag)
                } else {
                    if let terminator { parser.expectEnd(terminator.tag, after: 1) }
                    parser.checkClosed(terminator, "for", tag)
                }
                guard let header else { return nil }
                return .loop(
                    LoopNode(
                        targets: header.targets, iterable: header.iterable, filter: header.filter, body: body,
                        otherwise: otherwise, position: tag.open))
            }
        }

        private mutating func parseForHeader(
            _ tag: TagTokens
        ) throws(TemplateError) -> (targets: [Symbol], iterable: Expression, filter: Expression?) {
            begin(tag, at: 1)
            var targets: [Symbol] = [try expectTargetName()]
            if accept(.symbol(",")) { targets.append(try expectTargetName()) }
            guard accept(.name("in")) else {
                throw TemplateError(
                    Message(.templateForInExpected, ["found": peek.words]), at: peek.position,
                    hint: Message(.templateWriteHint, ["example": .code("{% for item in list %}")]))
            }
            let iterable = try parseOr()
            var filter: Expression?
            if accept(.name("if")) { filter = try parseOr() }
            try expectTagEnd()
            return (targets, iterable, filter)
        }

        private mutating func expectTargetName() throws(TemplateError) -> Symbol {
            guard case .name(let name) = peek.kind, !Self.reservedWords.contains(name) else {
                throw TemplateError(Message(.templateVariableNameExpected, ["found": peek.words]), at: peek.position)
            }
            let token = advance()
            return Symbol(id: symbols.id(for: name), name: name, position: token.position)
        }

        private mutating func parseSet(_ tag: TagTokens) -> Node? {
            begin(tag, at: 1)
            let target: Symbol
            do throws(TemplateError) {
                target = try expectTargetName()
                if case .symbol(let s) = peek.kind, s == "." || s == "[" {
                    throw TemplateError(
                        Message(.templateSetField), at: peek.position, hint: Message(.templateSetFieldHint))
                }
            } catch {
                errors.append(error)
                return nil
            }
            if peek.kind == .end {
                // `{% set x %}…{% endset %}` captures its body.
                return withOpen("set", tag, closers: ["endset"]) { parser in
                    let (body, end) = parser.parseBody(until: ["endset"])
                    parser.checkClosed(end, "set", tag)
                    return .capture(target, body)
                }
            }
            guard accept(.symbol("=")) else {
                errors.append(
                    TemplateError(
                        Message(.templateSetEqualsExpected, ["name": .code(target.name), "found": peek.words]),
                        at: peek.position,
                        hint: Message(.templateWriteHint, ["example": .code("{% set \(target.name) = value %}")])))
                return nil
            }
            guard let value = parseTagExpression(tag, from: cursor) else { return nil }
            return .assign(target, value)
        }

        private mutating func parseInclude(_ tag: TagTokens) -> Node? {
            guard let target = parseTagExpression(tag, from: 1) else { return nil }
            let at = tag.tokens[1].position
            if case .literal(let value) = target {
                guard case .string(let name) = value else {
                    errors.append(TemplateError(Message(.templateIncludeNameType, ["got": value.typeWords]), at: at))
                    return nil
                }
                guard let resolved = resolveTemplate(name, at: at) else { return nil }
                return .include(.resolved(resolved), tag.open)
            }
            return .include(.dynamic(target), tag.open)
        }

        private mutating func parseExtends(_ tag: TagTokens) {
            let at = tag.tokens[0].position
            guard tag.tokens.count == 3, case .string(let name) = tag.tokens[1].kind else {
                errors.append(
                    TemplateError(
                        Message(.templateExtendsName), at: tag.tokens[1].position,
                        hint: Message(.templateWriteHint, ["example": .code("{% extends \"base.html\" %}")])))
                return
            }
            if !open.isEmpty {
                errors.append(
                    TemplateError(
                        Message(.templateExtendsNotTopLevel, ["tag": Self.tag(open[open.count - 1].keyword)]), at: at))
                return
            }
            if let parent {
                errors.append(
                    TemplateError(
                        Message(.templateExtendsTwice), at: at,
                        hint: Message(.templateExtendsTwiceHint, ["line": .number(parent.position.line)])))
                return
            }
            guard let resolved = resolveTemplate(name, at: tag.tokens[1].position) else { return }
            parent = ParentLink(index: resolved, position: tag.tokens[1].position)
        }

        private mutating func resolveTemplate(_ name: String, at position: SourcePosition) -> Int? {
            if let resolved = templateNames[name] { return resolved }
            errors.append(Template.notFound(name, among: templateNames.keys, at: position))
            return nil
        }

        private mutating func parseBlock(_ tag: TagTokens) -> Node? {
            let nameToken = tag.tokens[1]
            guard case .name(let name) = nameToken.kind, tag.tokens.count == 3 else {
                errors.append(
                    TemplateError(
                        Message(.templateBlockNameExpected, ["found": nameToken.words]), at: nameToken.position,
                        hint: Message(.templateWriteHint, ["example": .code("{% block content %}")])))
                return nil
            }
            return withOpen("block", tag, closers: ["endblock"]) { parser in
                let (body, end) = parser.parseBody(until: ["endblock"])
                parser.checkClosed(end, "block", tag)
                if let end, end.keyword == "endblock", end.tag.tokens.count == 3,
                    case .name(let closing) = end.tag.tokens[1].kind, closing != name
                {
                    parser.errors.append(
                        TemplateError(
                            Message(
                                .templateEndblockName,
                                ["closing": .code("{% endblock \(closing) %}"), "name": .code(name)]),
                            at: end.tag.tokens[1].position,
                            hint: Message(
                                .templateWriteEitherHint,
                                ["first": .code("{% endblock %}"), "second": .code("{% endblock \(name) %}")])))
                } else if let end, end.keyword == "endblock", end.tag.tokens.count > 3 {
                    parser.expectEnd(end.tag, after: 2)
                }
                if let first = parser.blockPositions[name] {
                    parser.errors.append(
                        TemplateError(
                            Message(.templateBlockTwice, ["name": .code(name)]), at: nameToken.position,
                            hint: Message(.templateBlockTwiceHint, ["line": .number(first.line)])))
                } else {
                    parser.blockPositions[name] = nameToken.position
                    parser.blocks[name] = body
                }
                return .block(name, nameToken.position)
            }
        }

        /// Reports anything after a tag's keyword(s), as in `{% endif x %}`.
        private mutating func expectEnd(_ tag: TagTokens, after count: Int) {
            let token = tag.tokens[min(count, tag.tokens.count - 1)]
            if token.kind != .end {
                errors.append(
                    TemplateError(Message(.templateUnexpectedInTag, ["token": token.words]), at: token.position))
            }
        }

        /// Parses the expression of a tag from token `start` to the tag's end; records the error and returns
        /// `nil` when it is malformed.
        mutating func parseTagExpression(_ tag: TagTokens, from start: Int) -> Expression? {
            begin(tag, at: start)
            do throws(TemplateError) {
                let expression = try parseExpression()
                try expectTagEnd()
                return expression
            } catch {
                errors.append(error)
                return nil
            }
        }

        mutating func begin(_ tag: TagTokens, at start: Int) {
            tokens = tag.tokens
            cursor = min(start, tag.tokens.count - 1)
            nesting = 0
        }
    }
}

extension Template {
    /// "no template named `x`", with the nearest name or the names there are as the hint.
    static func notFound(_ name: String, among names: some Collection<String>, at position: SourcePosition?)
        -> TemplateError
    {
        TemplateError(
            Message(.templateNotFound, ["name": .code(name)]), at: position,
            hint: NameSuggester.hint(for: name, among: Array(names), kind: .wordKindTemplates))
    }
}
