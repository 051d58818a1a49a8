internal import CCmarkGFM
import KohoDiagnostics
import KohoFurigana
import KohoSocial
import KohoURL

/// The one walk over a parsed document that makes it safe and collects what the site needs.
///
/// In a single pass it removes links and images with script-running schemes (keeping their text), moves
/// root-relative URLs under the base path, gives headings ids, and gathers the headings, links and plain
/// text, and turns ruby (``RubyScanner``) into `<ruby>` and hashtags into links to their tag pages in
/// ``visitText(_:)``, where it is known whether the text sits inside a link; code and raw HTML are separate
/// node types and never reach it.
struct MarkdownTransformer {
    /// A link or image whose end has not been reached yet.
    private struct OpenLink {
        /// Its index in ``links``.
        var index: Int
        /// Whether it is being removed.
        var isRemoved: Bool
        /// Whether it is an image, whose text is its `alt` attribute.
        var isImage = false
        /// Whether its text is its destination (`<https://…>`, `www.…`), where braces are part of a URL.
        var isAutolink = false
        /// Its text so far.
        var text = TextCollector()
    }

    private let policy: LinkPolicy
    private let source: SourceMap
    private let lineOffset: Int
    /// A hashtag's tag page, or nil when hashtags stay text.
    private let tagURL: (@Sendable (Hashtag) -> String?)?
    /// What gives the text's kanji their readings, or nil when they get none.
    private let furigana: FuriganaAnnotator?

    /// The document being walked, which keeps nodes taken out of its tree.
    private var document: MarkdownDocument?
    private var slugger = HeadingSlugger()
    private var headingText: TextCollector?
    private var openLinks: [OpenLink] = []
    private var plainText = TextCollector()
    /// The byte range of the innermost block entered, where links without a usable position are looked for.
    private var blockRange = 0..<0
    /// Just past the last link found; links come in source order within a block.
    private var cursor = 0
    /// How many more bytes the searches for unplaced links may compare in the current block: links whose
    /// text is not their source (`&amp;` in an autolink) are searched for to the block's end, and thousands
    /// of them must not make the walk quadratic. Past it, a link keeps cmark's position or the block's.
    private var searchBudget = 0
    /// The last character of text met in the current block, for twitter-text's rule about what may come
    /// before a `#` (`a#b` is not a tag, `**a**#b` neither); nil at the start of a block.
    private var lastScalar: Unicode.Scalar?
    private var hashtagKeys: Set<String> = []
    /// Text nodes put after a hashtag's link, already searched for tags with the text they came from.
    private var searchedTextNodes: Set<OpaquePointer> = []
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var hashtags: [Hashtag] = []
    /// Text nodes holding a ruby's base, visited as text but not searched again.
    private var rubyBases: Set<OpaquePointer> = []
    /// Text nodes holding a ruby's reading, left out of the plain text, headings' and links' text.
    private var rubyReadings: Set<OpaquePointer> = []
    /// Text nodes put after a ruby, already searched for ruby with the text they came from.
    private var rubySearchedNodes: Set<OpaquePointer> = []
    /// Braces with a `|` that are not a ruby, where they are in the file.
    private(set) var errors: [MarkdownError] = []

    /// A transformer for a document parsed from `source`, whose first line is `lineOffset` lines into the
    /// file.
    init(source: String, options: MarkdownOptions, lineOffset: Int, furigana: FuriganaAnnotator? = nil) {
        policy = options.links
        self.source = SourceMap(source: source)
        self.lineOffset = lineOffset
        tagURL = options.tagURL
        self.furigana = furigana
    }

    /// The collected plain text.
    var text: String { plainText.text }

    /// Walks `document` once, editing it in place.
    mutating func transform(_ document: MarkdownDocument) {
        self.document = document
        defer { self.document = nil }
        // cmark leaves unmatched delimiters and `|` as text nodes of their own; joined, a tag or a ruby is seen
        // whole.
        if tagURL != nil || source.bytes.contains(UInt8(ascii: "{")) { cmark_consolidate_text_nodes(document.root) }
        guard let iterator = cmark_iter_new(document.root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)

            switch type {
            case CMARK_NODE_TEXT:
                if visitText(node) {
                    // The iterator chose the next node before the link was added; walk into it.
                    cmark_iter_reset(iterator, node, CMARK_EVENT_ENTER)
                }
            case CMARK_NODE_CODE:
                appendText(Self.literal(of: node))
                skipPast(node)
            case CMARK_NODE_HTML_INLINE:
                lastScalar = ">"
                skipPast(node)
            case CMARK_NODE_CODE_BLOCK:
                plainText.appendSpace()
                plainText.append(Self.literal(of: node))
                plainText.appendSpace()
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                appendSpace()
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering {
                    enterLink(node, isImage: type == CMARK_NODE_IMAGE)
                } else if let replacement = exitLink(node) {
                    // The link node is gone; carry on from the node that holds its children.
                    cmark_iter_reset(iterator, replacement, CMARK_EVENT_EXIT)
                }
            case CMARK_NODE_HEADING:
                plainText.appendSpace()
                lastScalar = nil
                if entering {
                    enterBlock(node)
                    headingText = TextCollector()
                } else if let replacement = exitHeading(node) {
                    cmark_iter_reset(iterator, replacement, CMARK_EVENT_EXIT)
                }
            default:
                // Block edges are word boundaries in the plain text (paragraphs, list items, table cells).
                if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                    plainText.appendSpace()
                    lastScalar = nil
                    if entering { enterBlock(node) }
                }
            }
        }
    }

    // MARK: - Text

    /// A text node. Its rubies become `<ruby>` (see ``writeRubies(in:of:)``), then, outside links, its
    /// hashtags become links: the node keeps the text before the first, and after each tag's link comes a
    /// text node with the text up to the next tag (or the end), which the walk visits next but does not
    /// search again: one scan per text node, however many tags or rubies it holds.
    /// Returns whether nodes were added after `node`.
    private mutating func visitText(_ node: OpaquePointer) -> Bool {
        if rubyReadings.remove(node) != nil { return false }
        let literal = Self.literal(of: node)
        if rubyBases.remove(node) != nil {
            appendText(literal)
            return false
        }
        let isHashtagSearched = searchedTextNodes.remove(node) != nil
        var text = literal
        var added = false
        if !isHashtagSearched, rubySearchedNodes.remove(node) == nil,
            RubyScanner.mayContainRuby(literal) || furigana != nil,
            let kept = writeRubies(in: literal, of: node)
        {
            text = kept
            added = true
        }
        if !isHashtagSearched, let tagURL, openLinks.isEmpty, HashtagExtractor.mayContainHashtag(text) {
            let scalars = Array(text.unicodeScalars)
            let matches = HashtagExtractor.matches(in: scalars, after: lastScalar).compactMap { match in
                tagURL(match.hashtag).map { (match, $0) }
            }
            if let before = linkHashtags(matches, in: scalars, after: node) {
                appendText(before)
                return true
            }
        }
        appendText(text)
        return added
    }

    /// Turns the rubies in `literal`, the text of `node`, into `<ruby>` after it, each followed by a text
    /// node with the text up to the next, which the walk visits next; returns the text `node` keeps, or nil
    /// when nothing changed. In an image's `alt` a ruby is its base; in an autolink, braces are part of the
    /// URL. Braces with a `|` that are not a ruby stay text and are reported.
    private mutating func writeRubies(in literal: String, of node: OpaquePointer) -> String? {
        if openLinks.contains(where: \.isAutolink) { return nil }
        var pieces = RubyScanner.mayContainRuby(literal) ? RubyScanner.scan(literal) : [.text(literal)]
        for case .problem(let problem, let source) in pieces where errors.count < Self.maximumRubyErrors {
            let (position, line) = locateRuby(source)
            errors.append(MarkdownError(.ruby(problem, source: source), at: position, sourceLine: line))
        }
        if let furigana, !openLinks.contains(where: \.isImage) { pieces = readings(of: pieces, from: furigana) }
        guard pieces.contains(where: { if case .ruby = $0 { true } else { false } }) else { return nil }
        if openLinks.contains(where: \.isImage) {
            let alt = pieces.map { piece in
                switch piece {
                case .text(let text): text
                case .ruby(let ruby): ruby.base
                case .problem(_, let source): source
                }
            }.joined()
            cmark_node_set_literal(node, alt)
            return alt
        }
        // The pieces as nodes: the text before the first ruby stays in `node`, and runs of text after one
        // become text nodes.
        var kept = ""
        var nodes: [(node: OpaquePointer, parts: RubyParts?)] = []
        var run: String?
        func endRun() -> Bool {
            guard let text = run else { return true }
            run = nil
            guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return false }
            cmark_node_set_literal(textNode, text)
            nodes.append((textNode, nil))
            return true
        }
        var complete = true
        for piece in pieces where complete {
            switch piece {
            case .text(let text), .problem(_, source: let text):
                if nodes.isEmpty, run == nil { kept += text } else { run = (run ?? "") + text }
            case .ruby(let ruby):
                guard endRun(), let made = Self.rubyNode(ruby) else {
                    complete = false
                    break
                }
                nodes.append((made.node, made.parts))
            }
        }
        complete = complete && endRun()
        var holder = node
        for index in nodes.indices where complete {
            if cmark_node_insert_after(holder, nodes[index].node) == 0 { complete = false } else { holder = nodes[index].node }
        }
        guard complete else {
            // A table cell refuses custom nodes (or cmark could not allocate): each ruby is written as a
            // browser without ruby shows it, `漢字(かんじ)`.
            for added in nodes {
                cmark_node_unlink(added.node)
                cmark_node_free(added.node)
            }
            let fallback = pieces.map { piece in
                switch piece {
                case .text(let text), .problem(_, source: let text): text
                case .ruby(let ruby) where ruby.isFurigana: ruby.base
                case .ruby(let ruby): ruby.pairs.map { "\($0.base)(\($0.reading))" }.joined()
                }
            }.joined()
            cmark_node_set_literal(node, fallback)
            return fallback
        }
        for added in nodes {
            if let parts = added.parts {
                rubyBases.formUnion(parts.bases)
                rubyReadings.formUnion(parts.readings)
            } else {
                rubySearchedNodes.insert(added.node)
            }
        }
        cmark_node_set_literal(node, kept)
        return kept
    }

    /// `pieces` with the readings of the kanji in their text: author's rubies stay as written, and a
    /// hashtag that will become a link (outside links) gets no reading, which would cut it.
    private func readings(of pieces: [RubyScanner.Piece], from furigana: FuriganaAnnotator) -> [RubyScanner.Piece] {
        var read: [RubyScanner.Piece] = []
        for piece in pieces {
            guard case .text(let text) = piece else {
                read.append(piece)
                continue
            }
            var excluded: [Range<Int>] = []
            if tagURL != nil, openLinks.isEmpty, HashtagExtractor.mayContainHashtag(text) {
                excluded = HashtagExtractor.matches(in: Array(text.unicodeScalars), after: nil).map(\.range)
            }
            for part in furigana.annotate(text, excluding: excluded) {
                switch part {
                case .text(let text): read.append(.text(text))
                case .ruby(let base, let reading):
                    read.append(.ruby(RubyScanner.Ruby(pairs: [(base, reading)], source: base, isFurigana: true)))
                }
            }
        }
        return read
    }

    /// The most rubies written wrong reported for one text; each shows its line, which may be long.
    static let maximumRubyErrors = 100

    /// The text nodes of a ruby node.
    private struct RubyParts {
        var bases: [OpaquePointer] = []
        var readings: [OpaquePointer] = []
    }

    /// `<ruby>` around each part of the base followed by `<rp>(</rp><rt>`, its reading, `</rt><rp>)</rp>`;
    /// the base and the reading are text nodes, escaped by cmark. Nil when cmark cannot allocate.
    private static func rubyNode(_ ruby: RubyScanner.Ruby) -> (node: OpaquePointer, parts: RubyParts)? {
        let opening = ruby.isFurigana ? RenderedMarkdown.furiganaOpening : "<ruby>"
        guard let outer = customNode(CMARK_NODE_CUSTOM_INLINE, onEnter: opening, onExit: "</ruby>") else {
            return nil
        }
        var parts = RubyParts()
        for (base, reading) in ruby.pairs {
            guard let baseNode = cmark_node_new(CMARK_NODE_TEXT) else { break }
            cmark_node_set_literal(baseNode, base)
            cmark_node_append_child(outer, baseNode)
            parts.bases.append(baseNode)
            guard
                let annotation = customNode(
                    CMARK_NODE_CUSTOM_INLINE, onEnter: "<rp>(</rp><rt>", onExit: "</rt><rp>)</rp>"),
                let readingNode = cmark_node_new(CMARK_NODE_TEXT)
            else { break }
            cmark_node_set_literal(readingNode, reading)
            cmark_node_append_child(annotation, readingNode)
            cmark_node_append_child(outer, annotation)
            parts.readings.append(readingNode)
        }
        guard parts.readings.count == ruby.pairs.count else {
            cmark_node_free(outer)
            return nil
        }
        return (outer, parts)
    }

    /// Where braces that are not a ruby start in the file: their text, looked for in the rest of the block
    /// as links are, or the block's start when their text is not their source (an entity, an escape).
    private mutating func locateRuby(_ text: String) -> (SourcePosition, line: String) {
        let start = max(cursor, blockRange.lowerBound)
        let range = start..<max(start, blockRange.upperBound)
        let found = source.firstOffset(of: Array(text.utf8), in: range, budget: &searchBudget)
        if let found { cursor = found + 1 }
        let (line, column) = source.position(of: found ?? blockRange.lowerBound)
        return (SourcePosition(line: line + lineOffset, column: column), source.text(ofLine: line))
    }

    /// Puts a link to each tag's page after `node`, each followed by the text up to the next tag; returns
    /// the text `node` keeps, or nil, changing nothing, when not even the first tag could be linked. When
    /// cmark refuses a later one, it and the rest stay text.
    private mutating func linkHashtags(
        _ matches: [(HashtagMatch, url: String)], in scalars: [Unicode.Scalar], after node: OpaquePointer
    ) -> String? {
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        // `holder` holds the text from `textStart` to the end until a link goes after it.
        var holder = node
        var textStart = 0
        var before: String?
        for (match, url) in matches {
            guard let link = Self.hashtagLink(to: url, label: text(match.range)) else { break }
            guard cmark_node_insert_after(holder, link) != 0 else {
                cmark_node_free(link)
                break
            }
            var rest: OpaquePointer?
            if match.range.upperBound < scalars.count {
                // The text after the tag must survive, or the tag stays text.
                rest = cmark_node_new(CMARK_NODE_TEXT)
                if let added = rest, cmark_node_insert_after(link, added) == 0 {
                    cmark_node_free(added)
                    rest = nil
                }
                guard rest != nil else {
                    cmark_node_unlink(link)
                    cmark_node_free(link)
                    break
                }
            }
            let kept = text(textStart..<match.range.lowerBound)
            if before == nil { before = kept } else { cmark_node_set_literal(holder, kept) }
            if hashtagKeys.insert(match.hashtag.key).inserted { hashtags.append(match.hashtag) }
            guard let rest else {
                textStart = scalars.count
                break
            }
            searchedTextNodes.insert(rest)
            holder = rest
            textStart = match.range.upperBound
        }
        guard let before else { return nil }
        if textStart < scalars.count { cmark_node_set_literal(holder, text(textStart..<scalars.count)) }
        cmark_node_set_literal(node, before)
        return before
    }

    /// A link to a tag page at `url`, labelled `label`, or nil when cmark cannot allocate.
    private static func hashtagLink(to url: String, label: String) -> OpaquePointer? {
        guard let link = cmark_node_new(CMARK_NODE_LINK) else { return nil }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else {
            cmark_node_free(link)
            return nil
        }
        cmark_node_set_url(link, url)
        cmark_node_set_literal(text, label)
        cmark_node_append_child(link, text)
        return link
    }

    private mutating func appendText(_ text: String) {
        if let last = text.unicodeScalars.last { lastScalar = last }
        plainText.append(text)
        headingText?.append(text)
        for index in openLinks.indices { openLinks[index].text.append(text) }
    }

    private mutating func appendSpace() {
        lastScalar = " "
        plainText.appendSpace()
        headingText?.appendSpace()
        for index in openLinks.indices { openLinks[index].text.appendSpace() }
    }

    // MARK: - Links and images

    private mutating func enterLink(_ node: OpaquePointer, isImage: Bool) {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let url = policy.resolve(destination, scope: .page)
        if let url, url != destination { cmark_node_set_url(node, url) }
        links.append(
            MarkdownLink(
                destination: destination,
                url: url,
                isImage: isImage,
                text: "",
                position: locate(node)
            )
        )
        let text = cmark_node_first_child(node).flatMap { child in
            cmark_node_get_type(child) == CMARK_NODE_TEXT ? Self.literal(of: child) : nil
        }
        let isAutolink =
            text.map { destination == $0 || destination == "http://" + $0 || destination.hasSuffix(":" + $0) } ?? false
        openLinks.append(
            OpenLink(index: links.count - 1, isRemoved: url == nil, isImage: isImage, isAutolink: isAutolink))
    }

    /// The search budget of a block: this many times its length, plus ``searchBudgetMinimum``; a block whose
    /// links are all found is read about once.
    private static let searchBudgetFactor = 8
    private static let searchBudgetMinimum = 65_536

    /// The bytes a link written with brackets or angle brackets starts with: `[`, `!` and `<`.
    private static let linkOpenings: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "!"), UInt8(ascii: "<")]

    /// Where a link starts in the file.
    ///
    /// cmark's position is right for `[…]`, `![…]` and `<…>` links, but links made by the autolink
    /// extension come with no position (`https://…`) or one a byte early (`www.…`), and `<…>` links
    /// inside a container are reported without the container's indent; those are found by their text,
    /// which is their source, in the rest of the block.
    private mutating func locate(_ node: OpaquePointer) -> SourcePosition {
        let reported = source.offset(
            line: Int(cmark_node_get_start_line(node)),
            byteColumn: Int(cmark_node_get_start_column(node))
        )
        var offset = reported
        if reported.map({ $0 < source.bytes.count && Self.linkOpenings.contains(source.bytes[$0]) }) != true {
            let start = max(cursor, blockRange.lowerBound, (reported ?? 0) - 1)
            let text = cmark_node_first_child(node).flatMap { child in
                cmark_node_get_type(child) == CMARK_NODE_TEXT ? Array(Self.literal(of: child).utf8) : nil
            }
            if let text,
                let found = source.firstOffset(
                    of: text, in: start..<max(start, blockRange.upperBound), budget: &searchBudget)
            {
                // `<https://…>` is reported without its container's indent; point at its `<`.
                let isAngled =
                    found > 0 && source.bytes[found - 1] == UInt8(ascii: "<")
                    && found + text.count < source.bytes.count && source.bytes[found + text.count] == UInt8(ascii: ">")
                offset = isAngled ? found - 1 : found
            }
        }
        // A link not found leaves the search where it was, for the links after it.
        if let offset { cursor = offset + 1 }
        let resolved = offset ?? blockRange.lowerBound
        let (line, column) = source.position(of: resolved)
        return SourcePosition(line: line + lineOffset, column: column)
    }

    /// Moves the search for unplaced links past a code span or inline HTML, whose text may look like a URL.
    /// cmark under-reports inline columns inside containers, so this never skips too far.
    private mutating func skipPast(_ node: OpaquePointer) {
        guard
            let end = source.offset(
                line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
        else { return }
        cursor = max(cursor, end + 1)
    }

    /// Notes where a block is, for ``locate(_:)``.
    private mutating func enterBlock(_ node: OpaquePointer) {
        guard
            let start = source.offset(
                line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
        else { return }
        let end = source.offset(
            line: Int(cmark_node_get_end_line(node)), byteColumn: Int(cmark_node_get_end_column(node)))
        blockRange = start..<max(start, min((end ?? source.bytes.count) + 1, source.bytes.count))
        cursor = start
        searchBudget = Self.searchBudgetFactor * blockRange.count + Self.searchBudgetMinimum
    }

    /// Finishes a link; for a removed one, returns the node the walk should continue after.
    private mutating func exitLink(_ node: OpaquePointer) -> OpaquePointer? {
        guard let open = openLinks.popLast() else { return nil }
        links[open.index].text = open.text.text
        guard open.isRemoved else { return nil }
        return unwrap(node)
    }

    // MARK: - Headings

    /// Gives the heading an id. cmark has no heading attributes, so the heading is replaced by an empty
    /// custom block holding a custom inline that prints `<hN id="…">` and `</hN>` around the content;
    /// custom nodes print their text whether or not raw HTML is allowed.
    private mutating func exitHeading(_ node: OpaquePointer) -> OpaquePointer? {
        let text = headingText?.text ?? ""
        headingText = nil
        let level = Int(cmark_node_get_heading_level(node))
        let id = slugger.id(for: text)
        headings.append(MarkdownHeading(level: level, id: id, text: text))
        guard let block = Self.customNode(CMARK_NODE_CUSTOM_BLOCK, onEnter: "", onExit: "") else { return nil }
        let opening = "<h\(level) id=\"\(id)\">"
        guard let inline = Self.customNode(CMARK_NODE_CUSTOM_INLINE, onEnter: opening, onExit: "</h\(level)>") else {
            cmark_node_free(block)
            return nil
        }
        cmark_node_append_child(block, inline)
        guard replace(node, with: block, movingChildrenInto: inline) else {
            // The heading keeps no id rather than losing its text.
            cmark_node_free(block)
            return nil
        }
        return block
    }

    // MARK: - Tree edits

    /// A new custom node that prints `onEnter` before its children and `onExit` after them.
    private static func customNode(
        _ type: cmark_node_type, onEnter: String, onExit: String
    ) -> OpaquePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(node, onEnter)
        cmark_node_set_on_exit(node, onExit)
        return node
    }

    /// Puts `replacement` where `node` is, moves `node`'s children into `holder` (inside `replacement`),
    /// and detaches `node`. Only called on a node's exit event, when its children have been visited.
    /// Returns `false`, changing nothing, if `node`'s parent cannot hold `replacement`.
    private func replace(
        _ node: OpaquePointer,
        with replacement: OpaquePointer,
        movingChildrenInto holder: OpaquePointer
    ) -> Bool {
        guard cmark_node_insert_before(node, replacement) != 0 else { return false }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(holder, child)
        }
        detach(node)
        return true
    }

    /// Replaces a removed link or image by its children (the text, or the alt text, stays as ordinary
    /// escaped text and no `href` or `src` is written), detaches it, and returns the node the walk should
    /// continue after. Its children move up into the parent, which held the link and so holds inlines;
    /// a custom inline wrapper would not do, since table cells refuse custom nodes.
    private func unwrap(_ node: OpaquePointer) -> OpaquePointer? {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            if cmark_node_insert_before(node, child) == 0 { cmark_node_free(child) }
        }
        // An empty link leaves nothing to continue from; an empty text node takes its place.
        if cmark_node_previous(node) == nil, let empty = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(empty, "")
            if cmark_node_insert_before(node, empty) == 0 { cmark_node_free(empty) }
        }
        guard let previous = cmark_node_previous(node) else {
            // Cannot happen for a link in a paragraph, but never leave a dangerous URL in the tree.
            cmark_node_set_url(node, "")
            return nil
        }
        detach(node)
        return previous
    }

    /// Takes an emptied node out of the tree; the document frees it last, since text that moved out of it
    /// may still point into its buffers.
    private func detach(_ node: OpaquePointer) {
        if let document {
            document.detach(node)
        } else {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
