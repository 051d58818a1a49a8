public import KohoTemplates
import KohoDiagnostics

/// The `fit` template filter: a text set to fit a box on a share card, measured in the card's font.
///
/// ```
/// {% set name = staff.name | fit(width=1040, size=88, min_size=48, lines=2, weight=700) %}
/// {% for line in name.lines %}<text x="80" y="{{ 200 + loop.index0 * name.size * 1.25 }}"
///   font-size="{{ name.size }}" font-weight="700">{{ line }}</text>{% endfor %}
/// ```
///
/// Arguments (by name or in this order): `width` (px, required), `size` (the largest font size, px,
/// required), `min_size` (the smallest, default `size`), `lines` (at most, default 1), `weight` (100…900,
/// default 400), `family` (default `Noto Sans CJK JP`). Gives `{size, lines, shortened}`: the font size
/// chosen (whole pixels), the lines to draw, one `<text>` each, and whether the last ends in `…`.
public enum FitFilter {
    public static let name = "fit"
    static let parameters = ["width", "size", "min_size", "lines", "weight", "family"]

    /// The filter, ready for a `TemplateEnvironment`.
    public static let filter = TemplateFilter(name) { input, positional, keywords throws(TemplateFilterError) in
        let text: String
        switch input {
        case .string(let s), .safeHTML(let s): text = s
        case .null: text = ""
        default: throw .expected(name, .wordTypeString, got: input)
        }
        var arguments: [String: TemplateValue] = [:]
        guard positional.count <= parameters.count else {
            throw TemplateFilterError(
                Message(.templateFilterTooManyArguments, ["filter": .code(name), "max": .number(parameters.count), "count": .number(positional.count)]))
        }
        for (value, parameter) in zip(positional, parameters) { arguments[parameter] = value }
        for (key, value) in keywords {
            guard parameters.contains(key) else {
                throw TemplateFilterError(
                    Message(.templateFilterArgumentUnknown, ["filter": .code(name), "name": .code(key)]),
                    hint: Message(.templateFilterUsageHint, ["usage": .code(usage)]))
            }
            arguments[key] = value
        }
        func number(_ parameter: String) throws(TemplateFilterError) -> Int? {
            guard let value = arguments[parameter] else { return nil }
            switch value {
            case .int(let i): return i
            case .double(let d) where d.isFinite: return Int(d.rounded())
            default:
                throw TemplateFilterError(
                    Message(
                        .templateFilterIntArgument,
                        ["filter": .code(name), "parameter": .code(parameter), "got": value.typeWords]))
            }
        }
        guard let width = try number("width"), let size = try number("size") else {
            let missing = arguments["width"] == nil ? "width" : "size"
            throw TemplateFilterError(
                Message(.templateFilterArgumentMissing, ["filter": .code(name), "name": .code(missing)]),
                hint: Message(.templateFilterUsageHint, ["usage": .code(usage)]))
        }
        // Bounded so a template cannot ask for a day of measuring.
        let box = TextBox(
            width: Double(min(max(width, 1), 4000)), size: Double(min(max(size, 1), 400)),
            minSize: try number("min_size").map { Double(min(max($0, 1), 400)) },
            maxLines: min(max(try number("lines") ?? 1, 1), 20))
        var font = CardFont(weight: min(max(try number("weight") ?? 400, 100), 1000))
        if case .string(let family)? = arguments["family"] { font.family = family }
        let fitted = TextFitter.fit(String(text.unicodeScalars.prefix(2000)), in: box, font: font)
        return .map(
            TemplateMap([
                ("size", .int(Int(fitted.size))), ("lines", .list(fitted.lines.map { .string($0) })),
                ("shortened", .bool(fitted.shortened)),
            ]))
    }

    static var usage: String { name + "(" + parameters.joined(separator: ", ") + ")" }
}
