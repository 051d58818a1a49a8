import KohoDiagnostics

extension Template {
    /// Renders one page: walks the node tree, keeps the variables in scope and writes into one buffer.
    ///
    /// One renderer serves one `render` call, so the shared tree is only read and threads never share state.
    /// Scope is two parallel arrays (symbol, value) with frame marks: entering a `for` body, a block or an
    /// include remembers the height and leaving it cuts back, so no dictionary is copied per scope.
    struct Renderer {
        let library: TemplateLibrary
        let context: [String: TemplateValue]
        var output: OutputBuffer

        // MARK: Scope
        var symbols: [Int] = []
        var values: [TemplateValue] = []
        /// For each value, how deeply the lists and maps this render built nest in it at most (see
        /// ``nestingBound(_:)``): a `{% set %}` that goes over ``TemplateLimits/valueDepth`` is refused.
        var valueDepths: [Int] = []
        /// Where the innermost scope starts: `set` assigns within it, so a `set` in a `for` body does not
        /// leak out (Jinja's rule; `if` makes no scope).
        var frameStart = 0
        var loops: [LoopState] = []

        // MARK: Position in the inheritance tree
        /// The template whose nodes are being rendered: errors point into its file.
        var current: Template
        /// The template whose `extends` chain resolves `{% block %}`s.
        var leaf: Int
        var blockStack: [(name: String, bodies: [BlockBody], depth: Int)] = []
        var includeDepth = 0

        // MARK: Limits
        /// The steps taken, the nesting depth and the output limit (a class, so `evaluate`, which does not
        /// mutate the renderer, can count; and so the renderer, copied into every call of `evaluate`, stays
        /// small).
        let budget: RenderBudget

        /// The state of one `for` loop, for `loop.index` and friends.
        struct LoopState {
            var index0: Int
            var length: Int
        }

        init(library: TemplateLibrary, template: Int, context: [String: TemplateValue]) {
            self.library = library
            self.context = context
            budget = RenderBudget(limit: library.renderSteps)
            let start = library.templates[template]
            current = start
            leaf = template
            output = OutputBuffer(capacity: library.outputEstimates[template])
            symbols.reserveCapacity(context.count + 32)
            values.reserveCapacity(context.count + 32)
            for (name, value) in context {
                // A name no template mentions can never be looked up, so it needs no slot.
                if let id = library.symbolIDs[name] {
                    symbols.append(id)
                    values.append(value)
                    valueDepths.append(0)
                }
            }
        }

        /// An error at `position` in the template being rendered.
        func failure(_ message: Message, at position: SourcePosition?, hint: Message? = nil) -> TemplateError {
            TemplateError(message, at: position, hint: hint, in: current)
        }

        // MARK: - Templates and blocks

        /// Renders template `index` with its inheritance: its (and its parents') top-level `set`s, then the
        /// body of the base template, with blocks taken from the most derived template that defines them.
        mutating func renderTemplate(_ index: Int) throws(TemplateError) {
            let layout = library.layouts[index]
            if layout.root != index {
                for (template, nodes) in layout.assignments {
                    current = library.templates[template]
                    try render(nodes)
                }
            }
            leaf = index
            current = library.templates[layout.root]
            try render(current.nodes)
        }

        /// `{% block name %}`: the most derived template's version of it.
        @inline(never)
        private mutating func renderBlock(named name: String, at position: SourcePosition) throws(TemplateError) {
            guard let bodies = library.layouts[leaf].blocks[name] else { return }
            try renderBlock(name, bodies, depth: 0, at: position)
        }

        /// `{{ super() }}`: the parent template's version of the block being rendered.
        @inline(never)
        private mutating func renderSuper(at position: SourcePosition) throws(TemplateError) {
            guard let top = blockStack.last else { return }
            guard top.depth + 1 < top.bodies.count else { throw noParentBlock(top.name, at: position) }
            try renderBlock(top.name, top.bodies, depth: top.depth + 1, at: position)
        }

        private mutating func renderBlock(
            _ name: String, _ bodies: [BlockBody], depth: Int, at position: SourcePosition
        ) throws(TemplateError) {
            try enterBody(at: position)
            defer { budget.depth -= 1 }
            try charge(bodies[depth].nodes.count, at: position)
            let saved = (current, frameStart)
            frameStart = symbols.count
            current = library.templates[bodies[depth].template]
            blockStack.append((name, bodies, depth))
            try render(bodies[depth].nodes)
            blockStack.removeLast()
            truncateScope(to: frameStart)
            (current, frameStart) = saved
        }

        // MARK: - Nodes

        // Rendering recurses once per nested body (`render` → `renderLoop` → `render` …), so the functions
        // on that path keep their frames small: work that does not recurse is in functions that are not
        // inlined into them (`TemplateLimits.renderDepth` is measured against a 512 KB stack).

        mutating func render(_ nodes: [Node]) throws(TemplateError) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    output.bytes.append(contentsOf: bytes)
                case .output(let expression, let position):
                    try printExpression(expression, at: position)
                case .conditional(let branches, let otherwise, let position):
                    guard let body = try takenBranch(branches, otherwise) else { break }
                    try renderNested(body, at: position)
                case .loop(let loop):
                    try renderLoop(loop)
                case .assign(let symbol, let expression):
                    try assign(symbol, expression)
                case .capture(let symbol, let body):
                    try capture(symbol, body)
                case .include(let target, let position):
                    try renderInclude(target, at: position)
                    try checkOutput(at: position)
                case .block(let name, let position):
                    try renderBlock(named: name, at: position)
                case .superBlock(let position):
                    try renderSuper(at: position)
                }
            }
        }

        /// `{{ expression }}`.
        private mutating func printExpression(_ expression: Expression, at position: SourcePosition)
            throws(TemplateError)
        {
            try write(try evaluate(expression), expression, at: position)
            try checkOutput(at: position)
        }

        /// The body of the first `if`/`elif` branch whose condition holds, else the `else` body.
        @inline(never)
        private mutating func takenBranch(
            _ branches: [ConditionalBranch], _ otherwise: [Node]?
        ) throws(TemplateError) -> [Node]? {
            for branch in branches where try evaluate(branch.condition).isTruthy { return branch.body }
            return otherwise
        }

        /// `{% set name = expression %}`.
        @inline(never)
        private mutating func assign(_ symbol: Symbol, _ expression: Expression) throws(TemplateError) {
            let bound = nestingBound(expression)
            guard bound <= TemplateLimits.valueDepth else { throw tooDeeplyNested(symbol) }
            assign(symbol.id, try evaluate(expression), depth: bound)
        }

        @inline(never)
        private func noParentBlock(_ name: String, at position: SourcePosition) -> TemplateError {
            failure(Message(.templateSuperWithoutParent, ["name": .code(name)]), at: position)
        }

        /// Renders the body of a tag, one level deeper.
        private mutating func renderNested(_ nodes: [Node], at position: SourcePosition) throws(TemplateError) {
            try charge(nodes.count, at: position)
            try enterBody(at: position)
            try render(nodes)
            budget.depth -= 1
        }

        /// Counts one more level of bodies inside each other; fails past ``TemplateLimits/renderDepth``. The
        /// caller counts back with `budget.depth -= 1` (an error ends the render, so it need not).
        private func enterBody(at position: SourcePosition) throws(TemplateError) {
            guard budget.depth < TemplateLimits.renderDepth else { throw nestedTooDeeply(at: position) }
            budget.depth += 1
        }

        @inline(never)
        private func nestedTooDeeply(at position: SourcePosition) -> TemplateError {
            failure(
                Message(.templateRenderTooDeep, ["limit": .number(TemplateLimits.renderDepth)]), at: position,
                hint: Message(.templateRenderTooDeepHint))
        }

        /// `{% set name %}…{% endset %}`: renders the body into its own buffer.
        @inline(never)
        private mutating func capture(_ symbol: Symbol, _ body: [Node]) throws(TemplateError) {
            var captured = OutputBuffer(capacity: 256)
            swap(&captured, &output)
            let saved = (budget.outputLimit, budget.captureName)
            // The page's limit counts every buffer; a captured text is also a text, with a text's limit.
            let remaining = budget.outputLimit - captured.bytes.count
            budget.outputLimit = min(remaining, TemplateLimits.textBytes)
            budget.captureName = remaining > TemplateLimits.textBytes ? symbol.name : nil
            try renderNested(body, at: symbol.position)
            (budget.outputLimit, budget.captureName) = saved
            swap(&captured, &output)
            assign(symbol.id, .safeHTML(captured.finish()), depth: 0)
        }

        /// Fails when the buffer being written holds more than it may.
        @inline(__always)
        private func checkOutput(at position: SourcePosition) throws(TemplateError) {
            if output.bytes.count > budget.outputLimit { throw outputTooLarge(at: position) }
        }

        @inline(never)
        private func outputTooLarge(at position: SourcePosition) -> TemplateError {
            if let captureName = budget.captureName {
                return failure(
                    TemplateLimits.textTooLong(madeBy: "{% set \(captureName) %}"), at: position,
                    hint: TemplateLimits.textHint)
            }
            return failure(
                Message(.templatePageTooLarge, ["limit": .number(TemplateLimits.outputBytes >> 20)]), at: position,
                hint: Message(.templatePageTooLargeHint))
        }

        @inline(never)
        private func tooDeeplyNested(_ symbol: Symbol) -> TemplateError {
            failure(
                Message(
                    .templateValueTooDeep, ["name": .code(symbol.name), "limit": .number(TemplateLimits.valueDepth)]),
                at: symbol.position, hint: Message(.templateValueTooDeepHint))
        }

        /// Prints a value: text escaped, safe HTML as is, nothing for `null`.
        private mutating func write(
            _ value: TemplateValue, _ expression: Expression, at position: SourcePosition
        ) throws(TemplateError) {
            switch value {
            case .string(let s): output.writeEscaped(s)
            case .safeHTML(let s): output.write(s)
            case .null: break
            case .int(let i): output.write(String(i))
            case .bool(let b): output.write(b ? "true" : "false")
            case .double(let d): output.write(TemplateValue.text(of: d))
            case .date(let d): d.appendISO(to: &output.bytes)
            case .list, .map:
                throw cannotPrint(value, expression, at: position)
            }
        }

        /// The error for printing a list or a map, with a way to print it as the hint.
        @inline(never)
        private func cannotPrint(_ value: TemplateValue, _ expression: Expression, at position: SourcePosition)
            -> TemplateError
        {
            let text = expression.sourceText
            guard case .map(let map) = value else {
                return failure(
                    Message(.templateCannotPrintList, ["expression": .code(text)]), at: expression.position ?? position,
                    hint: Message(.templateCannotPrintListHint, ["example": .code("{{ \(text) | join(\", \") }}")]))
            }
            return failure(
                Message(.templateCannotPrintMap, ["expression": .code(text)]), at: expression.position ?? position,
                hint: map.isEmpty
                    ? Message(.templatePrintAFieldHint)
                    : Message(.templatePrintAFieldOfHint, ["names": NameSuggester.list(map.keys)]))
        }

        /// The items a `{% for %}` goes over, before its `if` filter.
        @inline(never)
        private mutating func loopItems(_ loop: LoopNode) throws(TemplateError) -> [TemplateValue] {
            let iterable = try evaluate(loop.iterable)
            switch iterable {
            case .list(let list):
                return list
            case .map(let map):
                try charge(map.count, at: loop.position)
                return loop.targets.count == 2
                    ? map.keys.map { .list([.string($0), map[$0] ?? .null]) } : map.keys.map { .string($0) }
            case .null:
                let text = loop.iterable.sourceText
                throw failure(
                    Message(.templateLoopOverNull, ["path": .code(text)]), at: loop.iterable.position ?? loop.position,
                    hint: Message(.templateTestFirstListHint, ["test": .code("{% if \(text) %}")]))
            default:
                throw failure(
                    Message(
                        .templateCannotLoop, ["path": .code(loop.iterable.sourceText), "type": iterable.typeWords]),
                    at: loop.iterable.position ?? loop.position, hint: Message(.templateCannotLoopHint))
            }
        }

        /// The items for which a `{% for … if condition %}` holds.
        @inline(never)
        private mutating func filtered(
            _ items: [TemplateValue], _ loop: LoopNode, _ filter: Expression, base: Int
        ) throws(TemplateError) -> [TemplateValue] {
            var kept: [TemplateValue] = []
            for item in items {
                try charge(1, at: loop.position)
                try bind(loop, item, at: base)
                if try evaluate(filter).isTruthy { kept.append(item) }
            }
            return kept
        }

        private mutating func renderLoop(_ loop: LoopNode) throws(TemplateError) {
            let savedFrame = frameStart
            let base = symbols.count
            let items = try startLoop(loop)
            if items.isEmpty {
                truncateScope(to: base)
                frameStart = savedFrame
                // `{% else %}` runs in the enclosing scope.
                if let otherwise = loop.otherwise { try renderNested(otherwise, at: loop.position) }
                return
            }
            try enterBody(at: loop.position)
            loops.append(LoopState(index0: 0, length: items.count))
            let bodyBase = base + loop.targets.count
            var i = 0
            while i < items.count {
                try charge(1 + loop.body.count, at: loop.position)
                loops[loops.count - 1].index0 = i
                // Variables set in the previous pass are dropped: each pass starts from the loop's scope.
                if symbols.count > bodyBase { truncateScope(to: bodyBase) }
                try bind(loop, items[i], at: base)
                try render(loop.body)
                try checkOutput(at: loop.position)
                i += 1
            }
            budget.depth -= 1
            loops.removeLast()
            truncateScope(to: base)
            frameStart = savedFrame
        }

        /// Opens a loop's scope with its variables and returns the items its body runs for.
        @inline(never)
        private mutating func startLoop(_ loop: LoopNode) throws(TemplateError) -> [TemplateValue] {
            let items = try loopItems(loop)
            let base = symbols.count
            frameStart = base
            // An item nests no deeper than the list or map it comes from.
            let itemDepth = nestingBound(loop.iterable)
            for target in loop.targets {
                symbols.append(target.id)
                values.append(.null)
                valueDepths.append(itemDepth)
            }
            guard let filter = loop.filter else { return items }
            return try filtered(items, loop, filter, base: base)
        }

        @inline(never)
        private mutating func bind(_ loop: LoopNode, _ item: TemplateValue, at base: Int) throws(TemplateError) {
            if loop.targets.count == 1 {
                values[base] = item
                return
            }
            guard case .list(let pair) = item, pair.count == 2 else { throw cannotUnpack(item, loop) }
            values[base] = pair[0]
            values[base + 1] = pair[1]
        }

        /// The template an include names.
        @inline(never)
        private mutating func includedTemplate(_ target: IncludeTarget, at position: SourcePosition)
            throws(TemplateError)
            -> Int
        {
            switch target {
            case .resolved(let i):
                return i
            case .dynamic(let expression):
                let value = try evaluate(expression)
                guard let name = value.stringContent else {
                    throw failure(
                        Message(.templateIncludeNameType, ["got": value.typeWords]),
                        at: expression.position ?? position)
                }
                guard let i = library.indexByName[name] else {
                    var error = Template.notFound(
                        name, among: library.indexByName.keys, at: expression.position ?? position)
                    error.template = current
                    throw error
                }
                return i
            }
        }

        @inline(never)
        private func cannotUnpack(_ item: TemplateValue, _ loop: LoopNode) -> TemplateError {
            let names = loop.targets.map(\.name).joined(separator: ", ")
            return failure(
                Message(.templateCannotUnpack, ["type": item.typeWords, "names": .code(names)]),
                at: loop.targets[0].position, hint: Message(.templateCannotUnpackHint))
        }

        private mutating func renderInclude(_ target: IncludeTarget, at position: SourcePosition) throws(TemplateError)
        {
            let index = try includedTemplate(target, at: position)
            guard includeDepth < TemplateLimits.includeDepth else {
                throw failure(
                    Message(.templateIncludeTooDeep, ["limit": .number(TemplateLimits.includeDepth)]), at: position,
                    hint: Message(.templateIncludeTooDeepHint, ["name": .code(library.templates[index].name)]))
            }
            try enterBody(at: position)
            try charge(library.templates[library.layouts[index].root].nodes.count, at: position)
            let saved = (current, leaf, frameStart)
            includeDepth += 1
            frameStart = symbols.count
            try renderTemplate(index)
            truncateScope(to: frameStart)
            includeDepth -= 1
            budget.depth -= 1
            (current, leaf, frameStart) = saved
        }

        // MARK: - Scope

        /// The innermost value of variable `id`.
        @inline(__always)
        func lookup(_ id: Int) -> TemplateValue? {
            var i = symbols.count - 1
            while i >= 0 {
                if symbols[i] == id { return values[i] }
                i -= 1
            }
            return nil
        }

        /// `{% set %}`: replaces the variable if the innermost scope has it, else adds it there.
        private mutating func assign(_ id: Int, _ value: TemplateValue, depth: Int) {
            var i = symbols.count - 1
            while i >= frameStart {
                if symbols[i] == id {
                    values[i] = value
                    valueDepths[i] = depth
                    return
                }
                i -= 1
            }
            symbols.append(id)
            values.append(value)
            valueDepths.append(depth)
        }

        @inline(never)
        private mutating func truncateScope(to height: Int) {
            let extra = symbols.count - height
            if extra > 0 {
                symbols.removeLast(extra)
                values.removeLast(extra)
                valueDepths.removeLast(extra)
            }
        }

        /// At least how deeply the lists and maps this render built can nest in the value of `expression`.
        ///
        /// Values the template did not build (the site's, whose depth its YAML limits, and whose maps are
        /// shared, not owned) count as 0; a list or map literal adds a level; `batch`, `items`, `map` and the
        /// site's own filters may add one. Freeing a value and comparing or printing it as JSON recurse through
        /// it, so without this bound `{% set x = [x] %}`, written out many times, could overflow the stack.
        func nestingBound(_ expression: Expression) -> Int {
            switch expression {
            case .literal(let value):
                // List literals hold no lists or maps (see `Parser.literalValues`).
                switch value {
                case .list, .map: return 1
                default: return 0
                }
            case .variable(let symbol):
                var i = symbols.count - 1
                while i >= 0 {
                    if symbols[i] == symbol.id { return valueDepths[i] }
                    i -= 1
                }
                return 0
            case .attribute(let base, _, _), .item(let base, _, _), .slice(let base, _, _, _):
                return nestingBound(base)
            case .loopField, .negate, .not, .test:
                return 0
            case .loopCycle(let items, _):
                return items.reduce(0) { max($0, nestingBound($1)) }
            case .and(let a, let b), .or(let a, let b):
                return max(nestingBound(a), nestingBound(b))
            case .binary(let op, let a, let b, _):
                return op == .add ? max(nestingBound(a), nestingBound(b)) : 0
            case .filter(let input, let call):
                var deepest = nestingBound(input)
                for argument in call.arguments { deepest = max(deepest, nestingBound(argument)) }
                for (_, argument) in call.keywordArguments { deepest = max(deepest, nestingBound(argument)) }
                return deepest + (call.mayNest ? 1 : 0)
            case .list(let items):
                return 1 + items.reduce(0) { max($0, nestingBound($1)) }
            case .map(let pairs):
                return 1 + pairs.reduce(0) { max($0, nestingBound($1.1)) }
            case .conditional(let value, _, let otherwise):
                return max(nestingBound(value), otherwise.map(nestingBound) ?? 0)
            }
        }

        /// The names a template could use here, for "did you mean" hints.
        var namesInScope: [String] {
            var names = Set(context.keys)
            for id in symbols { names.insert(library.symbolNames[id]) }
            if !loops.isEmpty { names.insert("loop") }
            return names.sorted()
        }
    }
}

/// What one render has used of its limits: steps (``TemplateLimits/renderSteps``), nesting
/// (``TemplateLimits/renderDepth``) and output (``TemplateLimits/outputBytes``).
///
/// One per render, never shared between threads.
final class RenderBudget {
    // Only the render that made it touches it, so the runtime's exclusivity checks buy nothing.
    @exclusivity(unchecked) var steps = 0
    /// The most steps the render may take.
    let limit: Int
    /// How many bodies (of tags, includes, blocks) are being rendered inside each other.
    @exclusivity(unchecked) var depth = 0
    /// The most bytes the buffer being written may hold: the page's limit, less what enclosing
    /// `{% set %}…{% endset %}` captures hold, and at most a text's limit inside a capture.
    @exclusivity(unchecked) var outputLimit = TemplateLimits.outputBytes
    /// The name of the innermost capture when its text limit is the tighter one.
    @exclusivity(unchecked) var captureName: String?

    init(limit: Int) {
        self.limit = limit
    }

    /// Whether the render has taken more steps than it may.
    var isSpent: Bool { steps > limit }

    /// The error for a spent budget.
    var message: Message { Message(.templateTooMuchWork, ["limit": .number(limit)]) }

    /// What to do about a spent budget.
    var hint: Message { Message(.templateTooMuchWorkHint) }
}
