internal import CPangoCairo

/// The font a card's text is set in: a fontconfig family and a CSS weight. librsvg draws SVG text with Pango,
/// so measuring with Pango in the same family, weight and pixel size gives the width the card will show.
public struct CardFont: Sendable, Hashable {
    /// A fontconfig family (`Noto Sans CJK JP`); fontconfig substitutes the nearest font when it is missing,
    /// the same way for measuring as for drawing.
    public var family: String
    /// 100…900 (400 regular, 700 bold).
    public var weight: Int

    public init(family: String = CardFont.defaultFamily, weight: Int = 400) {
        self.family = family
        self.weight = weight
    }

    /// Debian's `fonts-noto-cjk`: Japanese, and Latin that matches it.
    public static let defaultFamily = "Noto Sans CJK JP"
}

/// Where a text must fit: a width in pixels, the font size to start at, the smallest size to step down to,
/// and how many lines it may wrap to.
public struct TextBox: Sendable, Hashable {
    public var width: Double
    public var size: Double
    public var minSize: Double
    public var maxLines: Int

    public init(width: Double, size: Double, minSize: Double? = nil, maxLines: Int = 1) {
        self.width = max(1, width)
        self.size = max(1, size)
        self.minSize = min(self.size, max(1, minSize ?? size))
        self.maxLines = max(1, maxLines)
    }
}

/// A text set to fit its box: the font size chosen and the lines, the last ending in `…` when the text was
/// shortened.
public struct FittedText: Sendable, Hashable {
    public var size: Double
    public var lines: [String]
    /// Whether the text was cut short (its last line ends in `…`).
    public var shortened: Bool
}

/// Fits text into a box by real measurement (Pango, in the card's font): the largest size, stepping down by
/// about a tenth, at which it wraps to at most `maxLines` lines without a last line of one or two characters
/// (an orphan); at the smallest size, the lines that fit and
/// the rest shortened with `…`. Lines break where Unicode allows (Pango's rules: between Japanese
/// characters, at spaces, inside a word only when it is wider than the box) and text is cut only between
/// grapheme clusters, so no glyph, combining mark or emoji sequence is split.
///
/// Safe from any thread: each call makes its own Pango context (over the thread's font map).
public enum TextFitter {
    /// The text of `text` that fits `box` in `font`.
    public static func fit(_ text: String, in box: TextBox, font: CardFont = CardFont()) -> FittedText {
        let text = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        let measurer = Measurer(font: font)
        var size = box.size
        while true {
            let lines = measurer.wrap(text, size: size, width: box.width)
            if lines.count <= box.maxLines, lines.allSatisfy({ measurer.width($0, size: size) <= box.width }),
                lines.count == 1 || (lines.last?.count ?? 0) > 2 || size <= box.minSize
            {
                // (A last line of one or two characters — an orphan — is worth a step down in size.)
                return FittedText(size: size, lines: lines, shortened: false)
            }
            if size <= box.minSize { break }
            size = max(box.minSize, (size * 0.9).rounded(.down))
        }
        // The lines that fit; the last takes the rest of the text, shortened to fit with its ellipsis.
        let ranges = Array(measurer.lineRanges(text, size: size, width: box.width).prefix(box.maxLines))
        var lines = ranges.dropLast().map { String(text[$0]).trimmingSpaces() }
        let restStart = ranges.last?.lowerBound ?? text.startIndex
        lines.append(measurer.shorten(String(text[restStart...]), size: size, width: box.width))
        return FittedText(size: size, lines: lines, shortened: true)
    }

    /// The width in pixels of `text` on one line in `font` at `size` px: its ink or its advance, whichever
    /// reaches further.
    public static func width(of text: String, size: Double, font: CardFont = CardFont()) -> Double {
        Measurer(font: font).width(text, size: size)
    }

    /// The font file fontconfig gives for `font` and its version (`NotoSansCJK-Bold.ttc 2.004`): part of a
    /// card's cache key, so a font update draws the cards again.
    public static func fontIdentity(_ font: CardFont) -> String {
        let measurer = Measurer(font: font)
        let description = measurer.description(size: 32)
        defer { pango_font_description_free(description) }
        guard let loaded = pango_font_map_load_font(measurer.fontMap, measurer.context, description) else {
            return "none"
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
        guard g_type_check_instance_is_a(
            UnsafeMutableRawPointer(loaded).assumingMemoryBound(to: GTypeInstance.self), pango_fc_font_get_type()) != 0,
            let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(loaded).assumingMemoryBound(to: PangoFcFont.self))
        else { return "unknown" }
        var file: UnsafeMutablePointer<FcChar8>?
        var version: Int32 = 0
        let path = FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch ? file.map { String(cString: $0) } : nil
        _ = FcPatternGetInteger(pattern, FC_FONTVERSION, 0, &version)
        return "\(path ?? "unknown") \(version)"
    }

    /// Pango's version: part of a card's cache key.
    public static var pangoVersion: String { String(cString: pango_version_string()) }
}

/// One Pango context set up as librsvg sets its own: no hinting, unhinted metrics, so widths do not depend
/// on the pixel grid.
private final class Measurer {
    let font: CardFont
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let layout: OpaquePointer

    init(font: CardFont) {
        self.font = font
        fontMap = pango_cairo_font_map_get_default()
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        layout = pango_layout_new(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    func description(size: Double) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(clamping: font.weight)))
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        return description
    }

    private func set(_ text: String, size: Double, width: Double?) {
        let description = description(size: size)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, text, -1)
    }

    /// The width of one line (no wrapping).
    func width(_ text: String, size: Double) -> Double {
        set(text, size: size, width: nil)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let inkRight = ink.width > 0 ? ink.x + ink.width : 0
        return Double(max(inkRight, logical.x + logical.width)) / Double(PANGO_SCALE)
    }

    /// The lines Pango breaks `text` into at `width`, without their spaces at either end.
    func wrap(_ text: String, size: Double, width: Double) -> [String] {
        lineRanges(text, size: size, width: width).map { String(text[$0]).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Where Pango breaks `text` into lines at `width`, cut between grapheme clusters.
    func lineRanges(_ text: String, size: Double, width: Double) -> [Range<String.Index>] {
        set(text, size: size, width: width)
        let count = Int(pango_layout_get_line_count(layout))
        var starts: [Int] = []
        for i in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            starts.append(Int(line.pointee.start_index))
        }
        // Byte offsets → whole Characters: a break Pango put inside a cluster moves back to its start.
        var offset = 0
        var characterEnds: [(bytes: Int, index: String.Index)] = [(0, text.startIndex)]
        for index in text.indices {
            offset += text[index].utf8.count
            characterEnds.append((offset, text.index(after: index)))
        }
        var cuts: [String.Index] = [text.startIndex]
        for start in starts.dropFirst() {
            let cut = characterEnds.last(where: { $0.bytes <= start })?.index ?? text.startIndex
            if cut > cuts[cuts.count - 1] { cuts.append(cut) }
        }
        cuts.append(text.endIndex)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// `text` cut after as many whole Characters as fit with `…` after them.
    func shorten(_ text: String, size: Double, width: Double) -> String {
        let characters = Array(text)
        func candidate(_ n: Int) -> String {
            String(String(characters.prefix(n)).trimmingSpaces()) + "…"
        }
        var low = 0, high = characters.count
        // The longest prefix whose shortened form fits (widths grow with the prefix).
        while low < high {
            let mid = (low + high + 1) / 2
            if self.width(candidate(mid), size: size) <= width { low = mid } else { high = mid - 1 }
        }
        return candidate(low)
    }
}

extension String {
    /// Without spaces at either end.
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
