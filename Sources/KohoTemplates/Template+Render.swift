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

        /// The state of one `for` loop, for `loop.index` and friends.
        struct LoopState {
            var index0: Int
            var length: Int
        }

        init(library: TemplateLibrary, template: Int, context: [String: TemplateValue]) {
            self.library = library
            self.context = context
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
                }
            }
        }

        /// An error at `position` in the template being rendered.
        func failure(_ message: String, at position: SourcePosition?, hint: String? = nil) -> TemplateError {
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

        private mutating func renderBlock(_ name: String, _ bodies: [BlockBody], depth: Int) throws(TemplateError) {
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

        mutating func render(_ nodes: [Node]) throws(TemplateError) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    output.bytes.append(contentsOf: bytes)
                case .output(let expression, let position):
                    try write(try evaluate(expression), expression, at: position)
                case .conditional(let branches, let otherwise):
                    var taken = false
                    for branch in branches {
                        if try evaluate(branch.condition).isTruthy {
                            try render(branch.body)
                            taken = true
                            break
                        }
                    }
                    if !taken, let otherwise { try render(otherwise) }
                case .loop(let loop):
                    try renderLoop(loop)
                case .assign(let symbol, let expression):
                    assign(symbol.id, try evaluate(expression))
                case .capture(let symbol, let body):
                    var captured = OutputBuffer(capacity: 256)
                    swap(&captured, &output)
                    try render(body)
                    swap(&captured, &output)
                    assign(symbol.id, .safeHTML(captured.finish()))
                case .include(let target, let position):
                    try renderInclude(target, at: position)
                case .block(let name, _):
                    if let bodies = library.layouts[leaf].blocks[name] {
                        try renderBlock(name, bodies, depth: 0)
                    }
                case .superBlock(let position):
                    guard let top = blockStack.last else { break }
                    guard top.depth + 1 < top.bodies.count else {
                        throw failure(
                            "`super()` in block `\(top.name)`, but no parent template defines that block",
                            at: position)
                    }
                    try renderBlock(top.name, top.bodies, depth: top.depth + 1)
                }
            }
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
            case .list:
                throw failure(
                    "cannot print `\(expression.sourceText)`: it is a list", at: expression.position ?? position,
                    hint: "use `join` or a `for` loop: `{{ \(expression.sourceText) | join(\", \") }}`")
            case .map(let map):
                throw failure(
                    "cannot print `\(expression.sourceText)`: it is a map", at: expression.position ?? position,
                    hint: map.isEmpty
                        ? "print one of its fields" : "print one of its fields: " + NameSuggester.list(map.keys))
            }
        }

        private mutating func renderLoop(_ loop: LoopNode) throws(TemplateError) {
            let iterable = try evaluate(loop.iterable)
            var items: [TemplateValue]
            switch iterable {
            case .list(let list):
                items = list
            case .map(let map):
                items =
                    loop.targets.count == 2
                    ? map.keys.map { .list([.string($0), map[$0] ?? .null]) } : map.keys.map { .string($0) }
            case .null:
                let text = loop.iterable.sourceText
                throw failure(
                    "`\(text)` is null, so there is nothing to loop over", at: loop.iterable.position ?? loop.position,
                    hint: "test it first: `{% if \(text) %}`, or use `| default([])`")
            default:
                throw failure(
                    "cannot loop over `\(loop.iterable.sourceText)`: it is \(iterable.typeDescription)",
                    at: loop.iterable.position ?? loop.position, hint: "`{% for %}` needs a list or a map")
            }

            let savedFrame = frameStart
            let base = symbols.count
            frameStart = base
            for target in loop.targets {
                symbols.append(target.id)
                values.append(.null)
            }
            let bodyBase = symbols.count
            if let filter = loop.filter {
                var kept: [TemplateValue] = []
                for item in items {
                    try bind(loop, item, at: base)
                    if try evaluate(filter).isTruthy { kept.append(item) }
                }
                items = kept
            }
            if items.isEmpty {
                truncateScope(to: base)
                frameStart = savedFrame
                // `{% else %}` runs in the enclosing scope.
                if let otherwise = loop.otherwise { try render(otherwise) }
                return
            }
            loops.append(LoopState(index0: 0, length: items.count))
            let loopIndex = loops.count - 1
            for (i, item) in items.enumerated() {
                loops[loopIndex].index0 = i
                // Variables set in the previous pass are dropped: each pass starts from the loop's scope.
                if symbols.count > bodyBase { truncateScope(to: bodyBase) }
                try bind(loop, item, at: base)
                try render(loop.body)
            }
            loops.removeLast()
            truncateScope(to: base)
            frameStart = savedFrame
        }

        private mutating func bind(_ loop: LoopNode, _ item: TemplateValue, at base: Int) throws(TemplateError) {
            if loop.targets.count == 1 {
                values[base] = item
                return
            }
            guard case .list(let pair) = item, pair.count == 2 else {
                let names = loop.targets.map(\.name).joined(separator: ", ")
                throw failure(
                    "cannot unpack \(item.typeDescription) into `\(names)`", at: loop.targets[0].position,
                    hint: "loop over a map, or a list of two-item lists")
            }
            values[base] = pair[0]
            values[base + 1] = pair[1]
        }

        private mutating func renderInclude(_ target: IncludeTarget, at position: SourcePosition) throws(TemplateError)
        {
            let index: Int
            switch target {
            case .resolved(let i):
                index = i
            case .dynamic(let expression):
                let value = try evaluate(expression)
                guard let name = value.stringContent else {
                    throw failure(
                        "`{% include %}` needs a template name, got \(value.typeDescription)",
                        at: expression.position ?? position)
                }
                guard let i = library.indexByName[name] else {
                    let hint = NameSuggester.hint(for: name, among: Array(library.indexByName.keys), kind: "templates")
                    throw failure("no template named `\(name)`", at: expression.position ?? position, hint: hint)
                }
                index = i
            }
            guard includeDepth < 64 else {
                throw failure(
                    "includes are nested more than 64 deep", at: position,
                    hint: "does `\(library.templates[index].name)` include itself?")
            }
            let saved = (current, leaf, frameStart)
            includeDepth += 1
            frameStart = symbols.count
            try renderTemplate(index)
            truncateScope(to: frameStart)
            includeDepth -= 1
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
        private mutating func assign(_ id: Int, _ value: TemplateValue) {
            var i = symbols.count - 1
            while i >= frameStart {
                if symbols[i] == id {
                    values[i] = value
                    return
                }
                i -= 1
            }
            symbols.append(id)
            values.append(value)
        }

        private mutating func truncateScope(to height: Int) {
            let extra = symbols.count - height
            if extra > 0 {
                symbols.removeLast(extra)
                values.removeLast(extra)
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
