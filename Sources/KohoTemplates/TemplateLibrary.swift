import KohoDiagnostics

/// A theme's templates, parsed once and ready to render pages from many threads at once.
///
/// Loading lexes and parses every template, resolves filters, includes and `extends` chains, and reports
/// every mistake of every template together. Rendering walks the parsed tree with typed values.
public final class TemplateLibrary: Sendable {
    let templates: [Template]
    let layouts: [TemplateLayout]
    let indexByName: [String: Int]
    let symbolIDs: [String: Int]
    let symbolNames: [String]
    let filterContext: FilterContext
    /// A first guess at each template's output size, so the buffer rarely grows while rendering.
    let outputEstimates: [Int]
    /// The most steps one render may take (``TemplateLimits/renderSteps``; tests lower it).
    let renderSteps: Int
    /// The interface strings the templates name as literals (`"home" | t`), sorted: what a theme's i18n
    /// must have for its own layouts.
    public let translationKeys: [String]

    /// Lexes and parses every template once; throws all syntax errors of all templates together, and
    /// checks at load that literal `include`/`extends` targets exist, filters are known and `extends`
    /// chains have no cycle.
    public convenience init(sources: [TemplateSource], environment: TemplateEnvironment) throws(DiagnosticError) {
        try self.init(sources: sources, environment: environment, renderSteps: TemplateLimits.renderSteps)
    }

    /// A library whose renders may take at most `renderSteps` steps.
    init(sources: [TemplateSource], environment: TemplateEnvironment, renderSteps: Int) throws(DiagnosticError) {
        var bag = DiagnosticBag()
        var indexByName: [String: Int] = [:]
        var unique: [TemplateSource] = []
        for source in sources {
            if let first = indexByName[source.name] {
                bag.append(
                    Diagnostic(
                        at: SourceLocation(path: source.path, line: 1, column: 1),
                        Message(.templateNameTwice, ["name": .code(source.name)]),
                        hint: Message(.templateNameTwiceHint, ["path": .text(unique[first].path)])))
                continue
            }
            indexByName[source.name] = unique.count
            unique.append(source)
        }

        let registry = FilterRegistry(builtins: BuiltinFilters.all, registered: environment.filters)
        let symbols = SymbolTable()
        var templates: [Template] = []
        var errors: [TemplateError] = []
        var translationKeys = Set<String>()
        for (index, source) in unique.enumerated() {
            // Like Jinja (keep_trailing_newline off), one line break at the end of a file is not output, so a
            // partial that ends its last line adds no blank line where it is included.
            var lexer = Template.Lexer(text: Self.droppingFinalLineBreak(source.text))
            lexer.lex()
            var parser = Template.Parser(
                lexer: lexer, templateNames: indexByName, filters: registry,
                translations: environment.translations, translationsPath: environment.translationsPath,
                symbols: symbols, reportsUnclosedTags: !lexer.stoppedEarly)
            let nodes = parser.parse()
            translationKeys.formUnion(parser.translationKeys)
            let assignments =
                parser.parent == nil
                ? [] : nodes.filter { if case .assign = $0 { true } else { false } }
            let template = Template(
                index: index, source: source, nodes: nodes, parent: parser.parent, blocks: parser.blocks,
                topLevelAssignments: assignments)
            templates.append(template)
            // A file with hundreds of mistakes is mostly not a template: its first ones say enough.
            let found = lexer.errors + parser.errors
            for var error in found.prefix(TemplateLimits.errorsPerTemplate) {
                error.template = template
                errors.append(error)
            }
            if found.count > TemplateLimits.errorsPerTemplate {
                let more = found.count - TemplateLimits.errorsPerTemplate
                errors.append(
                    TemplateError(
                        Message(.templateMoreErrors, ["count": .number(more)]),
                        at: found[TemplateLimits.errorsPerTemplate].position,
                        hint: Message(.templateMoreErrorsHint), in: template))
            }
        }

        let (layouts, cycleErrors) = Self.resolveInheritance(templates)
        errors += cycleErrors
        bag.append(contentsOf: errors.map(\.diagnostic))
        try bag.throwIfErrors()

        self.templates = templates
        self.layouts = layouts
        self.indexByName = indexByName
        self.symbolIDs = symbols.ids
        self.symbolNames = symbols.names
        self.filterContext = FilterContext(environment: environment)
        self.renderSteps = renderSteps
        self.translationKeys = translationKeys.sorted()
        self.outputEstimates = templates.map { template in
            let root = templates[layouts[template.index].root]
            return max(1024, (root.text.utf8.count + template.text.utf8.count) * 2)
        }
    }

    /// Whether a template named `name` (as `include` would name it) exists.
    public func contains(_ name: String) -> Bool {
        indexByName[name] != nil
    }

    /// The names of all templates, sorted.
    public var templateNames: [String] {
        indexByName.keys.sorted()
    }

    /// Renders template `name` with `context` as its variables. Thread-safe: callable from many tasks at once.
    ///
    /// Throws the first error, located in the template where it happened (a partial, a parent layout).
    public func render(_ name: String, context: [String: TemplateValue]) throws(DiagnosticError) -> String {
        try renderer(name, context).output.finish()
    }

    /// Renders like ``render(_:context:)`` but returns the page's UTF-8 bytes, for callers that write bytes
    /// to a file anyway: it skips building (and validating) a `String`.
    public func renderUTF8(_ name: String, context: [String: TemplateValue]) throws(DiagnosticError) -> [UInt8] {
        try renderer(name, context).output.bytes
    }

    private func renderer(_ name: String, _ context: [String: TemplateValue]) throws(DiagnosticError)
        -> Template.Renderer
    {
        guard let index = indexByName[name] else {
            throw DiagnosticError([Template.notFound(name, among: indexByName.keys, at: nil).diagnostic])
        }
        var renderer = Template.Renderer(library: self, template: index, context: context)
        do throws(TemplateError) {
            try renderer.renderTemplate(index)
        } catch {
            throw DiagnosticError([error.diagnostic])
        }
        return renderer
    }

    // MARK: - Inheritance

    /// Follows each template's `extends` chain to its base: which body renders and which body each block
    /// name stands for. A chain that comes back to itself is reported once, at each `extends` in the cycle.
    private static func resolveInheritance(_ templates: [Template]) -> ([TemplateLayout], [TemplateError]) {
        var layouts: [TemplateLayout] = []
        var errors: [TemplateError] = []
        var reportedCycles = Set<Int>()
        for template in templates {
            var chain = [template.index]
            var cycle: [Int]?
            var tooLong = false
            while let parent = templates[chain[chain.count - 1]].parent {
                if let start = chain.firstIndex(of: parent.index) {
                    cycle = Array(chain[start...]) + [parent.index]
                    break
                }
                guard chain.count < TemplateLimits.extendsChain else {
                    tooLong = true
                    break
                }
                chain.append(parent.index)
            }
            if tooLong {
                // Said once, at the template whose `extends` makes the chain too long; the templates that
                // extend it fail with it.
                if !isTooLong(templates, template.index, beyond: TemplateLimits.extendsChain) {
                    errors.append(
                        TemplateError(
                            Message(.templateExtendsTooLong, ["limit": .number(TemplateLimits.extendsChain)]),
                            at: template.parent?.position, hint: Message(.templateExtendsTooLongHint), in: template))
                }
                layouts.append(TemplateLayout(root: template.index, blocks: [:], assignments: []))
                continue
            }
            if let cycle {
                let members = Set(cycle)
                if reportedCycles.isDisjoint(with: members) {
                    reportedCycles.formUnion(members)
                    let names = cycle.map { templates[$0].name }.joined(separator: " → ")
                    for member in Set(cycle.dropLast()).sorted() {
                        let t = templates[member]
                        errors.append(
                            TemplateError(
                                Message(.templateExtendsCycle, ["names": .text(names)]), at: t.parent?.position,
                                hint: Message(.templateExtendsCycleHint), in: t))
                    }
                }
                layouts.append(TemplateLayout(root: template.index, blocks: [:], assignments: []))
                continue
            }
            var blocks: [String: [BlockBody]] = [:]
            for member in chain {
                for (name, nodes) in templates[member].blocks {
                    blocks[name, default: []].append(BlockBody(template: member, nodes: nodes))
                }
            }
            let assignments = chain.dropLast().map { (template: $0, nodes: templates[$0].topLevelAssignments) }
            layouts.append(
                TemplateLayout(
                    root: chain[chain.count - 1], blocks: blocks, assignments: assignments.filter { !$0.nodes.isEmpty })
            )
        }
        return (layouts, errors)
    }

    /// Whether the chain of the template that `index` extends already has more than `limit` templates (so
    /// the error is that one's, not `index`'s).
    private static func isTooLong(_ templates: [Template], _ index: Int, beyond limit: Int) -> Bool {
        guard let parent = templates[index].parent else { return false }
        var current = parent.index
        var seen = [index]
        for _ in 0..<limit {
            guard let next = templates[current].parent else { return false }
            if seen.contains(current) { return false }
            seen.append(current)
            current = next.index
        }
        return true
    }

    /// `text` without its final `\n` (or `\r\n`), if it ends with one.
    static func droppingFinalLineBreak(_ text: String) -> String {
        if text.hasSuffix("\r\n") { return String(text.dropLast()) }  // "\r\n" is one Character
        if text.hasSuffix("\n") { return String(text.dropLast()) }
        return text
    }
}
