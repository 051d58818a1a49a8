import KohoDiagnostics

/// Bounds on what one template may ask of the engine, so a broken or hostile layout fails with a located
/// error instead of crashing, hanging or eating memory.
///
/// Each is far beyond what a real theme does. The nesting limits keep the engine's recursion inside a
/// 512 KB thread stack (Dispatch's worker threads have that much on macOS, and pages render on them): in a
/// release build the deepest layouts they allow need about 330 KB (`TemplateLimitTests`
/// `.deepestTemplatesRenderOnASmallStack`). docs/decisions.md lists them for theme authors.
enum TemplateLimits {
    /// The deepest nesting inside one expression: brackets, parentheses, `not`, unary `-`, an operator's
    /// right side, and chains of operators, filters and `.field`s (a chain of 80 `~` is 80 levels: it is
    /// evaluated as nested pairs).
    static let expressionDepth = 100
    /// The deepest nesting of `if`, `for`, `block` and `set … endset` inside one template file.
    static let tagDepth = 64
    /// The deepest nesting while rendering: bodies of `if`, `for`, `block`, `set`, includes and `super()`,
    /// counted across templates (an include inside three loops of a layout starts at depth 4).
    static let renderDepth = 100
    /// The deepest chain of includes (a partial that includes itself stops here).
    static let includeDepth = 64
    /// The longest `extends` chain: a page, its layout, the layout's layout, …
    static let extendsChain = 32
    /// The deepest nesting of lists and maps a template may build and keep in a variable.
    static let valueDepth = 200
    /// The deepest a value is followed when compared or written as JSON: the site's values may hold each
    /// other in cycles (a department lists its staff, who list their departments).
    static let walkDepth = 300
    /// The longest text a template may build, in UTF-8 bytes (16 MiB).
    static let textBytes = 16 << 20
    /// The most items a list a template builds may have.
    static let listItems = 1_000_000
    /// The most bytes one page may render (64 MiB, counting text captured by `{% set %}…{% endset %}`).
    static let outputBytes = 64 << 20
    /// The most work one page may take: one step is a tag rendered, a loop pass, an operator or filter
    /// applied, a list item or map field one handles, 8 bytes of text one makes or reads, or a byte of text
    /// searched. The largest page of a site of 2,000 staff and 3,000 posts (its staff list) takes 170,000;
    /// reaching the limit takes about a second in a release build.
    static let renderSteps = 10_000_000
    /// The most errors reported for one template file; a file with more is mostly not a template.
    static let errorsPerTemplate = 100
}

// MARK: - Messages

extension TemplateLimits {
    /// "the text made by `~` is too long (more than 16 MiB)"; `maker` is an operator, a filter or a tag.
    static func textTooLong(madeBy maker: String) -> Message {
        Message(.templateTextTooLong, ["maker": .code(maker), "limit": .number(textBytes >> 20)])
    }

    /// How long a text may grow, and what usually makes one grow.
    static var textHint: Message { Message(.templateTextTooLongHint, ["limit": .number(textBytes >> 20)]) }

    /// "the list made by `+` is too long (more than 1000000 items)".
    static func listTooLong(madeBy maker: String) -> Message {
        Message(.templateListTooLong, ["maker": .code(maker), "limit": .number(listItems)])
    }

    /// How long a list may grow.
    static var listHint: Message { Message(.templateListTooLongHint, ["limit": .number(listItems)]) }

    /// "integer overflow in `2 ** 63`", with the range of an int as the hint.
    static func integerOverflow(in operation: String) -> (message: Message, hint: Message) {
        (
            Message(.templateIntegerOverflow, ["operation": .code(operation)]),
            Message(.templateIntegerOverflowHint, ["min": .number(Int.min), "max": .number(Int.max)])
        )
    }
}

extension TemplateFilterError {
    /// A filter's result would be a text over ``TemplateLimits/textBytes``.
    static func textTooLong(_ filter: String) -> TemplateFilterError {
        TemplateFilterError(TemplateLimits.textTooLong(madeBy: filter), hint: TemplateLimits.textHint)
    }

    /// A filter's result would be a list over ``TemplateLimits/listItems``.
    static func listTooLong(_ filter: String) -> TemplateFilterError {
        TemplateFilterError(TemplateLimits.listTooLong(madeBy: filter), hint: TemplateLimits.listHint)
    }
}

extension TemplateValue {
    /// What handling the value costs, in ``TemplateLimits/renderSteps``: a list's items, a map's fields, a
    /// text's bytes / 8; 0 for a single number, boolean, date or null.
    var workSize: Int {
        switch self {
        case .string(let s), .safeHTML(let s): s.utf8.count >> 3
        case .list(let items): items.count
        case .map(let map): map.count
        default: 0
        }
    }
}
