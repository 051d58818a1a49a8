import Foundation
import KohoDates
import KohoURL
import KohoDiagnostics

/// A filter that ships with the engine: its parameters (for load-time argument checks) and its function.
struct BuiltinFilter: Sendable {
    /// One parameter: its names (the first is the one messages use; others are aliases) and its default,
    /// `nil` when the argument is required.
    struct Parameter: Sendable {
        var names: [String]
        var defaultValue: TemplateValue?

        init(_ names: String..., default defaultValue: TemplateValue? = nil) {
            self.names = names
            self.defaultValue = defaultValue
        }
    }

    typealias Function =
        @Sendable (
            _ input: TemplateValue, _ arguments: [TemplateValue], _ context: FilterScope
        ) throws(TemplateFilterError) -> TemplateValue

    let name: String
    let parameters: [Parameter]
    /// Takes any number of positional arguments after its parameters (`t`).
    let isVariadic: Bool
    /// Takes an input that may not exist (`default`): undefined variables and fields arrive as `null`.
    let acceptsUndefinedInput: Bool
    let run: Function

    init(
        _ name: String, _ parameters: [Parameter] = [], variadic: Bool = false, acceptsUndefined: Bool = false,
        _ run: @escaping Function
    ) {
        self.name = name
        self.parameters = parameters
        self.isVariadic = variadic
        self.acceptsUndefinedInput = acceptsUndefined
        self.run = run
    }

    /// How to call it, for hints: `truncate(length, end)`.
    var usage: String {
        var names = parameters.map { $0.names[0] }
        if isVariadic { names.append("…") }
        return names.isEmpty ? name : name + "(" + names.joined(separator: ", ") + ")"
    }
}

/// What built-in filters need from the site, built once per library.
final class FilterContext: Sendable {
    let dateNames: DateNames
    /// The site's time zone: the `date` filter shows an instant on its clocks; nil keeps each date's offset.
    let timeZone: TimeZone?
    /// The site's link rule: `rel_url` and `abs_url` read a value as a front-matter URL is read.
    let links: LinkPolicy
    let translations: [String: String]
    let translationsPath: String
    let markdown: @Sendable (String) -> String

    init(environment: TemplateEnvironment) {
        dateNames = DateNames.forLanguage(environment.language)
        timeZone = environment.timeZone
        links = LinkPolicy(address: environment.address)
        translations = environment.translations
        translationsPath = environment.translationsPath
        markdown = environment.markdown
    }
}

/// What one application of a built-in filter gets besides its input and arguments: the site's context and
/// the render's step budget, which filters that walk long lists or compare long texts count against.
struct FilterScope {
    // Made for one filter call while the renderer holds both objects: no reference counting needed.
    unowned(unsafe) let shared: FilterContext
    unowned(unsafe) let budget: RenderBudget

    var dateNames: DateNames { shared.dateNames }
    var timeZone: TimeZone? { shared.timeZone }
    var links: LinkPolicy { shared.links }
    var translations: [String: String] { shared.translations }
    var translationsPath: String { shared.translationsPath }
    var markdown: @Sendable (String) -> String { shared.markdown }

    /// Counts `steps` against ``TemplateLimits/renderSteps``; fails once they are spent.
    func charge(_ steps: Int) throws(TemplateFilterError) {
        budget.steps &+= steps
        if budget.isSpent { throw tooMuchWork }
    }

    /// The error for a spent budget.
    var tooMuchWork: TemplateFilterError {
        TemplateFilterError(budget.message, hint: budget.hint)
    }
}

/// The filters a template may name: built-in ones and the site's registered ones (which win).
struct FilterRegistry: Sendable {
    let builtins: [String: BuiltinFilter]
    let registered: [String: TemplateFilter]

    var allNames: [String] { Array(builtins.keys) + Array(registered.keys) }
}

/// The built-in filters.
enum BuiltinFilters {
    typealias P = BuiltinFilter.Parameter

    static let all: [String: BuiltinFilter] = {
        var table: [String: BuiltinFilter] = [:]
        for filter in list {
            table[filter.name] = filter
        }
        for (alias, name) in [("d", "default"), ("e", "escape"), ("count", "length"), ("tojson", "json")] {
            if let filter = table[name] {
                table[alias] = BuiltinFilter(
                    alias, filter.parameters, variadic: filter.isVariadic,
                    acceptsUndefined: filter.acceptsUndefinedInput, filter.run)
            }
        }
        return table
    }()

    private static let list: [BuiltinFilter] = [
        // MARK: Text
        BuiltinFilter("date", [P("format", default: .null)]) { input, args, context throws(TemplateFilterError) in
            guard case .date(let date) = input else { throw .expected("date", .wordTypeDate, got: input) }
            let format: String
            switch args[0] {
            case .null: format = context.dateNames.defaultFormat
            case .string(let s), .safeHTML(let s): format = s
            default:
                throw TemplateFilterError(Message(.templateDateFormatType, ["got": args[0].typeWords]))
            }
            let shown = context.timeZone.map { date.shown(in: $0) } ?? date
            return .string(try TemplateDateFormatter.string(from: shown, format: format, names: context.dateNames))
        },
        // RFC 3339 with a time even for a date-only value, at the date's own offset: what JSON-LD and Open
        // Graph want, the instant the feeds give.
        BuiltinFilter("datetime") { input, _, _ throws(TemplateFilterError) in
            guard case .date(let date) = input else { throw .expected("datetime", .wordTypeDate, got: input) }
            return .string(date.dateTimeString)
        },
        BuiltinFilter(
            "default", [P("value", "default_value", default: .string("")), P("boolean", default: .bool(false))],
            acceptsUndefined: true
        ) { input, args, _ throws(TemplateFilterError) in
            if case .null = input { return args[0] }
            if args[1].isTruthy, !input.isTruthy { return args[0] }
            return input
        },
        BuiltinFilter("truncate", [P("length", default: .int(255)), P("end", default: .string("…"))]) {
            input, args, _ throws(TemplateFilterError) in
            let text = try string(input, "truncate")
            let length = try int(args[0], "truncate", "length")
            let end = try string(args[1], "truncate")
            // A grapheme is at least one scalar, so few scalars means few graphemes: skip grapheme breaking.
            if scalarCount(text) <= length { return input }
            guard text.count > length else { return input }
            let keep = length > end.count ? length - end.count : 0
            return .string(String(text.prefix(keep)) + end)
        },
        BuiltinFilter("upper") { input, _, _ throws(TemplateFilterError) in
            try mapText(input, "upper") { $0.uppercased() }
        },
        BuiltinFilter("lower") { input, _, _ throws(TemplateFilterError) in
            try mapText(input, "lower") { $0.lowercased() }
        },
        BuiltinFilter("capitalize") { input, _, _ throws(TemplateFilterError) in
            try mapText(input, "capitalize") { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        },
        BuiltinFilter("title") { input, _, _ throws(TemplateFilterError) in
            try mapText(input, "title") { text in
                var out = ""
                var atWordStart = true
                for c in text {
                    out += atWordStart ? c.uppercased() : c.lowercased()
                    atWordStart = !(c.isLetter || c.isNumber || c == "'")
                }
                return out
            }
        },
        BuiltinFilter("trim") { input, _, _ throws(TemplateFilterError) in
            try mapText(input, "trim") { text in
                let scalars = text.unicodeScalars
                guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
                else { return "" }
                return String(scalars[first...last])
            }
        },
        BuiltinFilter("replace", [P("old"), P("new"), P("count", default: .null)]) {
            input, args, context throws(TemplateFilterError) in
            let old = try string(args[0], "replace")
            let new = try string(args[1], "replace")
            var limit = Int.max
            if case .null = args[2] {} else { limit = try int(args[2], "replace", "count") }
            // Replacing inside safe HTML must not smuggle unescaped text in.
            var replacement = new
            if case .safeHTML = input, case .string = args[1] { replacement = HTMLEscaper.escape(new) }
            let text = try string(input, "replace")
            try context.charge(text.utf8.count)  // searching costs about a step per byte
            guard let replaced = replace(text, old, replacement, limit, maxBytes: TemplateLimits.textBytes) else {
                throw .textTooLong("replace")
            }
            if case .safeHTML = input { return .safeHTML(replaced) }
            return .string(replaced)
        },
        BuiltinFilter("striptags") { input, _, _ throws(TemplateFilterError) in
            .string(stripTags(try string(input, "striptags")))
        },
        BuiltinFilter("urlencode") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .map(let map):
                let pairs = try map.keys.map { key throws(TemplateFilterError) in
                    let value = map[key] ?? .null
                    guard let text = value.plainText else {
                        throw TemplateFilterError(Message(.templateUrlencodeValue, ["type": value.typeWords]))
                    }
                    return PercentEncoding.encode(key) + "=" + PercentEncoding.encode(text)
                }
                return .string(pairs.joined(separator: "&"))
            case .null, .list:
                throw .expected("urlencode", .wordTemplateStringOrMap, got: input)
            default:
                return .string(PercentEncoding.encodeKeepingSlash(input.plainText ?? ""))
            }
        },
        BuiltinFilter("escape") { input, _, _ throws(TemplateFilterError) in
            if case .safeHTML = input { return input }
            guard let text = input.plainText else { throw .expected("escape", .wordTemplateText, got: input) }
            return .safeHTML(HTMLEscaper.escape(text))
        },
        BuiltinFilter("safe") { input, _, _ throws(TemplateFilterError) in
            guard let text = input.plainText else { throw .expected("safe", .wordTemplateText, got: input) }
            return .safeHTML(text)
        },
        BuiltinFilter("markdown") { input, _, context throws(TemplateFilterError) in
            switch input {
            case .string(let s): return .safeHTML(context.markdown(s))
            case .safeHTML: return input
            default: throw .expected("markdown", .wordTypeString, got: input)
            }
        },
        BuiltinFilter("json", [P("indent", default: .null)]) { input, args, _ throws(TemplateFilterError) in
            var indent: Int?
            if case .null = args[0] {} else { indent = try int(args[0], "json", "indent") }
            do throws(JSONWriter.Failure) {
                return .safeHTML(try input.htmlSafeJSON(indent: indent, maxBytes: TemplateLimits.textBytes))
            } catch {
                switch error {
                case .tooLong: throw .textTooLong("json")
                case .tooDeep:
                    throw TemplateFilterError(
                        Message(.templateJSONTooDeep, ["limit": .number(TemplateLimits.walkDepth)]))
                case .cycle:
                    throw TemplateFilterError(
                        Message(.templateJSONCycle),
                        hint: Message(
                            .templateJSONCycleHint,
                            ["example": .code("{{ {\"title\": page.title, \"url\": page.url} | json }}")]))
                }
            }
        },
        BuiltinFilter("string") { input, _, _ throws(TemplateFilterError) in
            if case .safeHTML = input { return input }
            guard let text = input.plainText else { throw .expected("string", .wordTemplateSingleValue, got: input) }
            return .string(text)
        },

        // MARK: URLs and translations
        BuiltinFilter("rel_url") { input, _, context throws(TemplateFilterError) in
            .string(context.links.resolve(try string(input, "rel_url"), scope: .siteRoot) ?? "")
        },
        BuiltinFilter("abs_url") { input, _, context throws(TemplateFilterError) in
            .string(context.links.absolute(try string(input, "abs_url"), scope: .siteRoot) ?? "")
        },
        BuiltinFilter("t", variadic: true) { input, args, context throws(TemplateFilterError) in
            let key = try string(input, "t")
            guard let text = context.translations[key] else {
                throw missingTranslation(key, context.translations, context.translationsPath)
            }
            return .string(try fillPlaceholders(text, key: key, args, maxBytes: TemplateLimits.textBytes))
        },

        // MARK: Numbers
        BuiltinFilter("abs") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .int(let i) where i != .min: return .int(abs(i))
            case .double(let d): return .double(abs(d))
            default: throw .expected("abs", .wordTypeNumber, got: input)
            }
        },
        BuiltinFilter("round", [P("precision", default: .int(0)), P("method", default: .string("common"))]) {
            input, args, _ throws(TemplateFilterError) in
            guard let number = input.numberValue else { throw .expected("round", .wordTypeNumber, got: input) }
            let precision = try int(args[0], "round", "precision")
            var scale = 1.0
            for _ in 0..<min(max(precision, 0), 15) { scale *= 10 }
            let rule: FloatingPointRoundingRule
            switch try string(args[1], "round") {
            case "common": rule = .toNearestOrAwayFromZero
            case "ceil": rule = .up
            case "floor": rule = .down
            case let other:
                throw TemplateFilterError(
                    Message(.templateRoundMethodUnknown, ["method": .text(other)]),
                    hint: Message(.templateRoundMethodUnknownHint))
            }
            return .double((number * scale).rounded(rule) / scale)
        },
        BuiltinFilter("int", [P("default", default: .int(0))]) { input, args, _ throws(TemplateFilterError) in
            switch input {
            case .int: return input
            case .double(let d): return d.isFinite && abs(d) < 9e18 ? .int(Int(d)) : args[0]
            case .bool(let b): return .int(b ? 1 : 0)
            case .string(let s), .safeHTML(let s):
                let trimmed = s.trimmingSpaces
                if let i = Int(trimmed) { return .int(i) }
                if let d = Double(trimmed), d.isFinite, abs(d) < 9e18 { return .int(Int(d)) }
                return args[0]
            default: return args[0]
            }
        },
        BuiltinFilter("float", [P("default", default: .double(0))]) { input, args, _ throws(TemplateFilterError) in
            switch input {
            case .int(let i): return .double(Double(i))
            case .double: return input
            case .string(let s), .safeHTML(let s): return Double(s.trimmingSpaces).map { .double($0) } ?? args[0]
            default: return args[0]
            }
        },

        // MARK: Lists and maps
        BuiltinFilter("length") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .string(let s), .safeHTML(let s): return .int(s.count)
            case .list(let items): return .int(items.count)
            case .map(let map): return .int(map.count)
            default: throw .expected("length", .wordTemplateStringListOrMap, got: input)
            }
        },
        BuiltinFilter("join", [P("sep", "d", "separator", default: .string("")), P("attribute", default: .null)]) {
            input, args, context throws(TemplateFilterError) in
            let items = try sortKeys(try list(input, "join"), args[1], "join", context)
            let parts = [args[0]] + items
            let isSafe = parts.contains { if case .safeHTML = $0 { true } else { false } }
            var texts: [String] = []
            var bytes = 0
            for (i, part) in parts.enumerated() {
                guard let text = part.plainText else {
                    throw TemplateFilterError(
                        i == 0
                            ? Message(.templateJoinSeparatorType, ["got": part.typeWords])
                            : Message(.templateJoinItemType, ["type": part.typeWords, "index": .number(i)]),
                        hint: Message(.templateJoinFilterHint))
                }
                if isSafe, case .safeHTML = part {
                    texts.append(text)
                } else {
                    texts.append(isSafe ? HTMLEscaper.escape(text) : text)
                }
                // Each item brings its text and a separator.
                bytes += texts[texts.count - 1].utf8.count + (i == 0 ? 0 : texts[0].utf8.count)
                if bytes > TemplateLimits.textBytes { throw .textTooLong("join") }
            }
            let joined = texts.dropFirst().joined(separator: texts[0])
            return isSafe ? .safeHTML(joined) : .string(joined)
        },
        BuiltinFilter("first") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .list(let items): return items.first ?? .null
            case .string(let s): return s.first.map { .string(String($0)) } ?? .null
            default: throw .expected("first", .wordTypeList, got: input)
            }
        },
        BuiltinFilter("last") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .list(let items): return items.last ?? .null
            case .string(let s): return s.last.map { .string(String($0)) } ?? .null
            default: throw .expected("last", .wordTypeList, got: input)
            }
        },
        BuiltinFilter("reverse") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .list(let items): return .list(items.reversed())
            case .string(let s): return .string(String(s.reversed()))
            default: throw .expected("reverse", .wordTemplateListOrString, got: input)
            }
        },
        BuiltinFilter(
            "sort",
            [
                P("reverse", default: .bool(false)), P("case_sensitive", default: .bool(false)),
                P("attribute", default: .null),
            ]
        ) { input, args, context throws(TemplateFilterError) in
            let items = try list(input, "sort")
            let keys = try sortKeys(items, args[2], "sort", context)
            let budget = context.budget
            let caseSensitive = args[1].isTruthy
            var failure: TemplateFilterError?
            // Sort indexes so ties keep their order (a stable sort whatever the library's algorithm).
            var order = Array(items.indices)
            order.sort { a, b in
                let (x, y) = (keys[a], keys[b])
                // Nulls (a missing `order:`, say) go last rather than failing the page.
                if case .null = x { return false }
                if case .null = y { return true }
                guard let o = TemplateValue.templateOrder(x, y, caseSensitive: caseSensitive, budget: budget) else {
                    failure =
                        failure
                        ?? TemplateFilterError(
                            Message(
                                .templateFilterCannotCompare,
                                ["filter": .code("sort"), "a": x.typeWords, "b": y.typeWords]))
                    return a < b
                }
                return o != 0 ? o < 0 : a < b
            }
            if let failure { throw failure }
            try context.charge(0)
            if args[0].isTruthy {
                // Reverse the order of distinct keys but keep ties stable, as Python's `reverse=True` does.
                order.sort { a, b in
                    let o =
                        TemplateValue.templateOrder(keys[a], keys[b], caseSensitive: caseSensitive, budget: budget) ?? 0
                    if case .null = keys[a] { return false }
                    if case .null = keys[b] { return true }
                    return o != 0 ? o > 0 : a < b
                }
            }
            try context.charge(0)
            return .list(order.map { items[$0] })
        },
        BuiltinFilter("min", [P("attribute", default: .null)]) { input, args, context throws(TemplateFilterError) in
            try extreme(input, args[0], "min", wantSmaller: true, context)
        },
        BuiltinFilter("max", [P("attribute", default: .null)]) { input, args, context throws(TemplateFilterError) in
            try extreme(input, args[0], "max", wantSmaller: false, context)
        },
        BuiltinFilter("unique", [P("attribute", default: .null)]) { input, args, context throws(TemplateFilterError) in
            let items = try list(input, "unique")
            let keys = try sortKeys(items, args[0], "unique", context)
            var kept: [TemplateValue] = []
            var seen = SeenValues(budget: context.budget)
            for (item, key) in zip(items, keys) where seen.insert(key) {
                kept.append(item)
            }
            try context.charge(items.count)
            return .list(kept)
        },
        BuiltinFilter("map", [P("filter", default: .null), P("attribute", default: .null)]) {
            input, args, context throws(TemplateFilterError) in
            let items = try list(input, "map")
            if case .null = args[1] {
                guard case .string(let name) = args[0] else {
                    throw TemplateFilterError(
                        Message(.templateMapNeedsAttribute),
                        hint: Message(.templateWriteHint, ["example": .code("map(attribute=\"name\")")]))
                }
                guard let filter = all[name], filter.parameters.allSatisfy({ $0.defaultValue != nil }) else {
                    throw TemplateFilterError(Message(.templateMapFilterHasArguments, ["name": .code(name)]))
                }
                let defaults = filter.parameters.compactMap(\.defaultValue)
                return .list(
                    try items.map { item throws(TemplateFilterError) in
                        let result = try filter.run(item, defaults, context)
                        try context.charge(1 + item.workSize + result.workSize)
                        return result
                    })
            }
            return .list(try sortKeys(items, args[1], "map", context))
        },
        BuiltinFilter("selectattr", [P("attribute"), P("test", default: .null), P("value", default: .null)]) {
            input, args, context throws(TemplateFilterError) in
            .list(try select(input, args, "selectattr", keep: true, context))
        },
        BuiltinFilter("rejectattr", [P("attribute"), P("test", default: .null), P("value", default: .null)]) {
            input, args, context throws(TemplateFilterError) in
            .list(try select(input, args, "rejectattr", keep: false, context))
        },
        BuiltinFilter("batch", [P("linecount"), P("fill_with", default: .null)]) {
            input, args, _ throws(TemplateFilterError) in
            let items = try list(input, "batch")
            let size = try int(args[0], "batch", "linecount")
            guard size > 0 else { throw TemplateFilterError(Message(.templateBatchSize, ["size": .number(size)])) }
            // A filled batch has `size` items whatever the input.
            if case .null = args[1] {} else if size > TemplateLimits.listItems { throw .listTooLong("batch") }
            var batches: [TemplateValue] = []
            var start = 0
            while start < items.count {
                var chunk = Array(items[start..<min(start + size, items.count)])
                if chunk.count < size, case .null = args[1] {
                } else {
                    while chunk.count < size { chunk.append(args[1]) }
                }
                batches.append(.list(chunk))
                start += size
            }
            return .list(batches)
        },
        BuiltinFilter("sum", [P("attribute", default: .null), P("start", default: .int(0))]) {
            input, args, context throws(TemplateFilterError) in
            let items = try list(input, "sum")
            let values = try sortKeys(items, args[0], "sum", context)
            var intTotal = 0
            var doubleTotal: Double?
            for value in [args[1]] + values {
                switch value {
                case .int(let i):
                    if let total = doubleTotal {
                        doubleTotal = total + Double(i)
                    } else {
                        let (next, overflow) = intTotal.addingReportingOverflow(i)
                        if overflow {
                            let overflow = TemplateLimits.integerOverflow(in: "sum")
                            throw TemplateFilterError(overflow.message, hint: overflow.hint)
                        }
                        intTotal = next
                    }
                case .double(let d): doubleTotal = (doubleTotal ?? Double(intTotal)) + d
                default: throw TemplateFilterError(Message(.templateSumNotNumber, ["got": value.typeWords]))
                }
            }
            return doubleTotal.map { .double($0) } ?? .int(intTotal)
        },
        BuiltinFilter("list") { input, _, _ throws(TemplateFilterError) in
            switch input {
            case .list: return input
            case .map(let map): return .list(map.keys.map { .string($0) })
            case .string(let s):
                // Counting characters first keeps a long text from becoming a list over the limit.
                if s.utf8.count > TemplateLimits.listItems, s.count > TemplateLimits.listItems {
                    throw .listTooLong("list")
                }
                return .list(s.map { .string(String($0)) })
            default: throw .expected("list", .wordTemplateListMapOrString, got: input)
            }
        },
        BuiltinFilter("items") { input, _, _ throws(TemplateFilterError) in
            guard case .map(let map) = input else { throw .expected("items", .wordTemplateMap, got: input) }
            return .list(map.keys.map { .list([.string($0), map[$0] ?? .null]) })
        },
    ]
}

// MARK: - Helpers

extension BuiltinFilters {
    static func string(_ value: TemplateValue, _ filter: String) throws(TemplateFilterError) -> String {
        guard let s = value.stringContent else { throw .expected(filter, .wordTypeString, got: value) }
        return s
    }

    static func int(_ value: TemplateValue, _ filter: String, _ parameter: String) throws(TemplateFilterError) -> Int {
        guard case .int(let i) = value else {
            throw TemplateFilterError(
                Message(
                    .templateFilterIntArgument,
                    ["filter": .code(filter), "parameter": .code(parameter), "got": value.typeWords]))
        }
        return i
    }

    /// The number of Unicode scalars: the UTF-8 bytes that are not continuation bytes.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    static func list(_ value: TemplateValue, _ filter: String) throws(TemplateFilterError) -> [TemplateValue] {
        guard case .list(let items) = value else { throw .expected(filter, .wordTypeList, got: value) }
        return items
    }

    /// Applies `transform` to a string's text, keeping it a string or safe HTML.
    static func mapText(
        _ value: TemplateValue, _ filter: String, _ transform: (String) -> String
    ) throws(TemplateFilterError) -> TemplateValue {
        switch value {
        case .string(let s): return .string(transform(s))
        case .safeHTML(let s): return .safeHTML(transform(s))
        default: throw .expected(filter, .wordTypeString, got: value)
        }
    }

    /// The values to compare: the items themselves, or each item's value at the dotted path
    /// `attributeArgument` (`date`, `author.name`, `items.0`).
    static func sortKeys(
        _ items: [TemplateValue], _ attributeArgument: TemplateValue, _ filter: String, _ context: FilterScope
    ) throws(TemplateFilterError) -> [TemplateValue] {
        if case .null = attributeArgument { return items }
        let path = try string(attributeArgument, filter)
        try context.charge(path.utf8.count >> 3)
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var keys: [TemplateValue] = []
        keys.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            keys.append(try attribute(parts, of: item, filter, index: i, context))
        }
        return keys
    }

    /// The value at the dotted path `parts` of `item`.
    static func attribute(
        _ parts: [String], of item: TemplateValue, _ filter: String, index: Int, _ context: FilterScope
    ) throws(TemplateFilterError) -> TemplateValue {
        var value = item
        var walked = 1
        defer { context.budget.steps &+= walked }
        for key in parts {
            walked += 1
            switch value {
            case .map(let map):
                guard let next = map[key] else {
                    let hint = NameSuggester.didYouMean(key, in: map.keys)
                    throw TemplateFilterError(
                        Message(
                            .templateItemNoField,
                            ["filter": .code(filter), "index": .number(index + 1), "key": .code(key)]),
                        hint: hint ?? Message(.templateItemFieldListHint, ["names": NameSuggester.list(map.keys)]))
                }
                value = next
            case .list(let items):
                guard let i = Int(key), items.indices.contains(i) else {
                    throw TemplateFilterError(
                        Message(
                            .templateItemNoItem,
                            ["filter": .code(filter), "index": .number(index + 1), "key": .code(key)]))
                }
                value = items[i]
            default:
                throw TemplateFilterError(
                    Message(
                        .templateItemNoFieldOfType,
                        [
                            "filter": .code(filter), "index": .number(index + 1), "type": value.typeWords,
                            "key": .code(key),
                        ]))
            }
        }
        if context.budget.isSpent { throw context.tooMuchWork }
        return value
    }

    static func extreme(
        _ input: TemplateValue, _ attributeArgument: TemplateValue, _ filter: String, wantSmaller: Bool,
        _ context: FilterScope
    ) throws(TemplateFilterError) -> TemplateValue {
        let items = try list(input, filter)
        let keys = try sortKeys(items, attributeArgument, filter, context)
        guard !items.isEmpty else { return .null }
        var best = 0
        for i in 1..<items.count {
            let order = TemplateValue.templateOrder(keys[i], keys[best], caseSensitive: false, budget: context.budget)
            if context.budget.isSpent { throw context.tooMuchWork }
            guard let o = order else {
                throw TemplateFilterError(
                    Message(
                        .templateFilterCannotCompare,
                        ["filter": .code(filter), "a": keys[i].typeWords, "b": keys[best].typeWords]))
            }
            if wantSmaller ? o < 0 : o > 0 { best = i }
        }
        return items[best]
    }

    static func select(
        _ input: TemplateValue, _ args: [TemplateValue], _ filter: String, keep: Bool, _ context: FilterScope
    ) throws(TemplateFilterError) -> [TemplateValue] {
        let items = try list(input, filter)
        let path = try string(args[0], filter)
        try context.charge(path.utf8.count >> 3)
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var test = "truthy"
        if case .null = args[1] {} else { test = try string(args[1], filter) }
        let budget = context.budget
        let candidates = (try? list(args[2], filter)) ?? []
        var kept: [TemplateValue] = []
        for (i, item) in items.enumerated() {
            if budget.isSpent { throw context.tooMuchWork }
            let value = try? attribute(parts, of: item, filter, index: i, context)
            let passes: Bool
            switch test {
            case "truthy": passes = value?.isTruthy ?? false
            case "defined": passes = value != nil
            case "undefined": passes = value == nil
            case "none": passes = value.map { if case .null = $0 { true } else { false } } ?? false
            case "equalto", "==", "eq", "sameas":
                passes = value.map { TemplateValue.templateEqual($0, args[2], budget: budget) } ?? false
            case "ne", "!=": passes = !(value.map { TemplateValue.templateEqual($0, args[2], budget: budget) } ?? false)
            case "in":
                passes =
                    value.map { v in candidates.contains { TemplateValue.templateEqual($0, v, budget: budget) } }
                    ?? false
            default:
                throw TemplateFilterError(
                    Message(.templateSelectTestUnknown, ["filter": .code(filter), "test": .text(test)]),
                    hint: Message(.templateSelectTestUnknownHint))
            }
            if passes == keep { kept.append(item) }
        }
        if budget.isSpent { throw context.tooMuchWork }
        return kept
    }

    /// `text` with the first `limit` occurrences of `old` replaced by `new`; `nil` when the result would be
    /// longer than `maxBytes` UTF-8 bytes.
    static func replace(_ text: String, _ old: String, _ new: String, _ limit: Int, maxBytes: Int = .max) -> String? {
        guard !old.isEmpty, limit > 0 else { return text }
        var out = ""
        var rest = Substring(text)
        var count = 0
        // The result is the text less what is replaced plus the replacements; counted before it is built.
        var bytes = text.utf8.count
        let growth = new.utf8.count - old.utf8.count
        while count < limit, let range = rest.firstRange(of: old) {
            bytes += growth
            if bytes > maxBytes { return nil }
            out += rest[..<range.lowerBound]
            out += new
            rest = rest[range.upperBound...]
            count += 1
        }
        return out + rest
    }

    /// Removes tags and comments, turns the five escaped characters back into text and collapses whitespace.
    static func stripTags(_ html: String) -> String {
        var text = ""
        var i = html.startIndex
        while i < html.endIndex {
            if html[i] == "<" {
                if html[i...].hasPrefix("<!--") {
                    i = html[i...].firstRange(of: "-->")?.upperBound ?? html.endIndex
                } else {
                    i = html[i...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                }
                text += " "
                continue
            }
            text.append(html[i])
            i = html.index(after: i)
        }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#34;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
            ("&amp;", "&"),
        ] {
            text = replace(text, entity, character, .max) ?? text
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The error for a translation key that is not in the theme's strings.
    static func missingTranslation(_ key: String, _ translations: [String: String], _ path: String)
        -> TemplateFilterError
    {
        let hint = NameSuggester.didYouMean(key, in: translations.keys)
        return TemplateFilterError(
            Message(.templateTranslationMissing, ["key": .code(key), "path": .text(path)]),
            hint: hint ?? Message(.templateTranslationMissingHint, ["key": .text(key), "path": .text(path)]))
    }

    /// `{0}`, `{1}`… in a translation replaced by the arguments of `t`.
    static func fillPlaceholders(
        _ text: String, key: String, _ args: [TemplateValue], maxBytes: Int = .max
    ) throws(TemplateFilterError) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.contains(UInt8(ascii: "{")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            // `{` digits `}` is a placeholder; anything else is copied (all three are ASCII, so byte steps
            // never split a character).
            var j = i + 1
            var n = 0
            while byte == UInt8(ascii: "{"), j < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[j]) {
                // `{99999999999999999999}` is no argument there is: stop counting before the int overflows.
                n = n > 1_000_000 ? n : n * 10 + Int(utf8[j] - UInt8(ascii: "0"))
                j += 1
            }
            guard byte == UInt8(ascii: "{"), j > i + 1, j < utf8.count, utf8[j] == UInt8(ascii: "}") else {
                out.append(byte)
                i += 1
                continue
            }
            guard n < args.count else {
                let digits = String(decoding: utf8[(i + 1)..<j], as: UTF8.self)
                throw TemplateFilterError(
                    Message(
                        .templateTranslationArgumentMissing,
                        ["key": .code(key), "placeholder": .code("{\(digits)}"), "count": .number(args.count)]),
                    hint: Message(.templateTranslationArgumentMissingHint, ["example": .code("\"\(key)\" | t(value)")]))
            }
            guard let value = args[n].plainText else {
                throw TemplateFilterError(
                    Message(
                        .templateTranslationArgumentType, ["type": args[n].typeWords, "placeholder": .code("{\(n)}")]))
            }
            if out.count + value.utf8.count > maxBytes { throw .textTooLong("t") }
            out.append(contentsOf: value.utf8)
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// The values a filter has seen, for `unique`: scalars are found by hash, lists and maps by comparing with
/// each one kept, so a long list of distinct names takes linear time, not quadratic.
struct SeenValues {
    /// A value's identity under ``TemplateValue/templateEqual(_:_:)``: ints and floats that are equal have
    /// the same number, a string and safe HTML with the same text the same text.
    private enum Key: Hashable {
        case null
        case bool(Bool)
        case number(Double)
        case text(String)
        case date(TemplateDate)
    }

    let budget: RenderBudget
    /// The kept values by key; several when distinct values share a key (ints too large for a `Double`).
    private var byKey: [Key: [TemplateValue]] = [:]
    private var others: [TemplateValue] = []

    init(budget: RenderBudget) {
        self.budget = budget
    }

    /// Adds `value` unless an equal one was seen; whether it was added.
    mutating func insert(_ value: TemplateValue) -> Bool {
        let key: Key
        switch value {
        case .null: key = .null
        case .bool(let b): key = .bool(b)
        case .int(let i): key = .number(Double(i))
        case .double(let d): key = .number(d)
        case .string(let s), .safeHTML(let s): key = .text(s)
        case .date(let d): key = .date(d)
        case .list, .map:
            if others.contains(where: { TemplateValue.templateEqual($0, value, budget: budget) }) { return false }
            others.append(value)
            return true
        }
        if let kept = byKey[key], kept.contains(where: { TemplateValue.templateEqual($0, value, budget: budget) }) {
            return false
        }
        byKey[key, default: []].append(value)
        return true
    }
}
