import Foundation
import KohoDiagnostics
import Testing

@testable import KohoContent

/// The staff guide (`docs/ja/staff-guide.md`, `docs/en/staff-guide.md`) held to the code, so it cannot drift:
/// each field table lists exactly the fields Koho reads, every example in it loads without a single message,
/// and every message it quotes is the catalogue's, printed the way Koho prints it.
///
/// The guide marks what these tests read with HTML comments, which a reader of the page does not see:
/// `<!-- fields: staff -->` before a kind's table, `<!-- example: staff -->` before the whole example profile,
/// `<!-- valid: department -->` before a YAML example, and `<!-- message: key -->` (or
/// `<!-- message: key hint: otherKey -->` when the advice is not the message's usual one) before a quote.
@Suite struct StaffGuideTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    /// Where the example profile lives; every quoted diagnostic is about this file.
    static let examplePath = "content/staff/sato-hanako.md"

    // MARK: - Fields

    @Test(arguments: Language.allCases, ContentKind.allCases)
    func eachTableListsTheFieldsKohoReads(_ language: Language, _ kind: ContentKind) throws {
        let guide = try StaffGuide(language)
        let tables = guide.marked("fields").filter { $0.words == [kind.rawValue] }
        try #require(tables.count == 1, "one table after `<!-- fields: \(kind.rawValue) -->` in \(guide.name)")
        let names = tables[0].lines.compactMap(StaffGuide.fieldName)
        #expect(Set(names) == kind.fieldNames, "the \(kind.rawValue) table of \(guide.name)")
        #expect(names.count == Set(names).count, "a field listed twice in the \(kind.rawValue) table of \(guide.name)")
    }

    @Test(arguments: Language.allCases, ContentKind.allCases)
    func everyExampleLineOfATableLoadsWithoutAMessage(_ language: Language, _ kind: ContentKind) throws {
        let guide = try StaffGuide(language)
        let table = try #require(guide.marked("fields").first { $0.words == [kind.rawValue] })
        for row in table.lines {
            guard let field = StaffGuide.fieldName(row) else { continue }
            let examples = StaffGuide.codeSpans(in: row).filter { $0.hasPrefix(field + ":") }
            #expect(!examples.isEmpty, "the row of `\(field)` in \(guide.name) has no example line `\(field): …`")
            for example in examples {
                let (path, text) = Self.entry(kind, with: [example])
                let found = describe(load([path: text]).diagnostics)
                #expect(found.isEmpty, "`\(example)` (\(guide.name)): \(found)")
            }
        }
    }

    // MARK: - Examples

    @Test(arguments: Language.allCases)
    func theExampleProfileLoadsWithoutAMessage(_ language: Language) throws {
        let guide = try StaffGuide(language)
        let examples = guide.marked("example").filter { $0.words == ["staff"] }
        try #require(examples.count == 1, "one block after `<!-- example: staff -->` in \(guide.name)")
        let example = examples[0]
        #expect(example.info == "markdown")
        let loaded = load([Self.examplePath: example.text])
        #expect(describe(loaded.diagnostics) == [])
        #expect(loaded.content?.staff.map(\.name) == ["佐藤 花子"])
        let frontMatter = example.lines.dropFirst().prefix { $0 != "---" }
        let written = Set(StaffGuide.topLevelKeys(Array(frontMatter)))
        #expect(written == ContentKind.staff.fieldNames.subtracting(["slug", "draft", "params"]))
    }

    @Test(arguments: Language.allCases)
    func everyYAMLExampleLoadsWithoutAMessage(_ language: Language) throws {
        let guide = try StaffGuide(language)
        let blocks = guide.marked("valid")
        for block in blocks {
            let kind = try #require(block.words.first.flatMap(ContentKind.init(rawValue:)), "line \(block.markerLine)")
            #expect(block.info == "yaml", "\(guide.name), line \(block.markerLine)")
            let (path, text) = Self.entry(kind, with: block.lines)
            let found = describe(load([path: text]).diagnostics)
            #expect(found.isEmpty, "\(guide.name), line \(block.markerLine): \(found)")
        }
        let fences = guide.lines.filter { $0.hasPrefix("```yaml") }.count
        #expect(fences == blocks.count, "every ```yaml block of \(guide.name) comes after `<!-- valid: kind -->`")
    }

    // MARK: - Quoted messages

    @Test(arguments: Language.allCases)
    func everyQuotedMessageIsTheCatalogues(_ language: Language) throws {
        let guide = try StaffGuide(language)
        let quotes = guide.marked("message")
        #expect(!quotes.isEmpty)
        for quote in quotes {
            let place = "\(guide.name), line \(quote.markerLine)"
            let key = try #require(quote.words.first.flatMap(MessageKey.init(rawValue:)), "no such key: \(place)")
            let hintKey =
                try quote.words.firstIndex(of: "hint:").map {
                    try #require(quote.words.dropFirst($0 + 1).first.flatMap(MessageKey.init(rawValue:)), "\(place)")
                } ?? key.usualHint
            guard let headline = Headline(quote.lines.first ?? "") else {
                // A line the command prints (`koho check: …`): the entry's words, whatever fills them.
                #expect(quote.lines.count == 1, "\(place)")
                #expect(Self.matches(quote.text, key, in: language), "\(place): not the catalogue's \(key)")
                continue
            }
            #expect(Self.matches(headline.message, key, in: language), "\(place): not the catalogue's \(key)")
            let label = Message(.wordHintLabel).text(in: language) + " "
            let hint = quote.lines.first { $0.hasPrefix("  " + label) }.map { String($0.dropFirst(2 + label.count)) }
            if let hintKey {
                #expect(hint.map { Self.matches($0, hintKey, in: language) } == true, "\(place): not \(hintKey)")
            } else {
                #expect(hint == nil, "\(place): \(key) comes with no advice")
            }
            // The quote is what Koho prints for the example profile with the quoted line written into it.
            #expect(headline.path == Self.examplePath, "\(place)")
            let example = try #require(guide.marked("example").first)
            var lines = example.lines
            try #require(lines.indices.contains(headline.line - 1) && quote.lines.count > 1, "\(place)")
            lines[headline.line - 1] = String(quote.lines[1].dropFirst(4))
            let diagnostics = load([Self.examplePath: lines.joined(separator: "\n") + "\n"]).diagnostics
            #expect(diagnostics.map(\.words.key) == [key], "\(place)")
            #expect(DiagnosticFormatter.format(diagnostics, as: .text, in: language) == quote.text + "\n", "\(place)")
        }
    }

    @Test(arguments: Language.allCases)
    func everyPrintedMessageIsAMarkedQuote(_ language: Language) throws {
        let guide = try StaffGuide(language)
        let quoted = Set(guide.marked("message").map(\.firstLine))
        for block in guide.fencedBlocks where block.lines.contains(where: { Headline($0) != nil }) {
            #expect(
                quoted.contains(block.firstLine),
                "\(guide.name), line \(block.firstLine): mark it `<!-- message: key -->`")
        }
    }

    @Test(arguments: Language.allCases)
    func theGuideQuotesTheCommonMistakes(_ language: Language) throws {
        let guide = try StaffGuide(language)
        let keys = Set(guide.marked("message").compactMap { $0.words.first })
        let mistakes: [MessageKey] = [
            .hashtagCommentTrap, .contactEmailFullWidthAt, .dateYearMonthDayInvalid, .sourceFullWidthColon,
            .sourceFullWidthSpace, .sourceFullWidthDigits,
        ]
        for key in mistakes {
            #expect(keys.contains(key.rawValue), "\(guide.name) quotes no \(key)")
        }
    }

    /// Each quote is followed, before the next heading, by a link to the list of messages naming the section
    /// the message is in there.
    @Test(arguments: Language.allCases)
    func everyQuotedMessageLinksToTheListOfMessages(_ language: Language) throws {
        let guide = try StaffGuide(language)
        for quote in guide.marked("message") {
            let key = try #require(quote.words.first.flatMap(MessageKey.init(rawValue:)))
            let section = Message(try #require(MessageGuide.topicTitle(key.topic))).text(in: language)
            let after = guide.lines[(quote.endLine + 1)...].prefix { !$0.hasPrefix("#") }
            #expect(
                after.contains { $0.contains("](messages.md)") && $0.contains(section) },
                "\(guide.name), line \(quote.markerLine): link to messages.md naming “\(section)”")
        }
    }

    @Test func bothGuidesHaveTheSameShape() throws {
        let japanese = try StaffGuide(.japanese)
        let english = try StaffGuide(.english)
        #expect(japanese.markers == english.markers)
        #expect(japanese.headingLevels == english.headingLevels)
    }

    // MARK: - Helpers

    /// Whether `text` is `key`'s entry in `language` with some words in each placeholder (a count's word is
    /// taken in its plural form).
    static func matches(_ text: String, _ key: MessageKey, in language: Language) -> Bool {
        let slot = "\u{E000}"
        let filled = MessageTemplate(key.template(in: language)).fill({ _ in .text(slot) }, in: language)
        let pattern = filled.components(separatedBy: slot).map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: ".+?")
        return text.range(of: "^" + pattern + "$", options: .regularExpression) != nil
    }

    /// A file of `kind` with its required fields and `lines` (front-matter lines; a field written in them
    /// replaces the required one of the same name).
    static func entry(_ kind: ContentKind, with lines: [String]) -> (path: String, text: String) {
        let (path, required): (String, [String]) =
            switch kind {
            case .staff: (examplePath, ["name: 佐藤 花子"])
            case .department: ("content/departments/koho.md", ["name: 広報課"])
            case .post: ("content/posts/2026/koho-kakuu-4gatsu.md", ["title: 広報かくう4月号を発行しました", "date: 2026-04-01"])
            case .page: ("content/pages/about.md", ["title: このサイトについて"])
            }
        let written = Set(StaffGuide.topLevelKeys(lines))
        let kept = required.filter { !written.contains(StaffGuide.topLevelKeys([$0])[0]) }
        return (path, (["---"] + kept + lines + ["---", "本文です。"]).joined(separator: "\n") + "\n")
    }
}

/// `path:line:column: error: message`, the first line of a printed diagnostic.
private struct Headline {
    var path: String
    var line: Int
    var message: String

    init?(_ text: String) {
        guard let match = text.range(of: #"^[^ :]+:[0-9]+:[0-9]+: (error|warning): "#, options: .regularExpression)
        else { return nil }
        let parts = text[..<match.upperBound].split(separator: ":")
        guard let line = Int(parts[1]) else { return nil }
        self.path = String(parts[0])
        self.line = line
        self.message = String(text[match.upperBound...])
    }
}

/// One language's guide, as lines, with the blocks and tables its markers point at.
private struct StaffGuide {
    let name: String
    let lines: [String]

    init(_ language: Language) throws {
        name = "docs/\(language.rawValue)/staff-guide.md"
        let text = try String(
            contentsOf: StaffGuideTests.docs.appendingPathComponent("\(language.rawValue)/staff-guide.md"),
            encoding: .utf8)
        lines = text.components(separatedBy: "\n")
    }

    /// A fenced block or a table, and the marker before it.
    struct Block {
        /// The marker's words after its name (`["fieldUnknown", "hint:", "fieldUnknownKeptHint"]`).
        var words: [String]
        /// The fence's info string (`yaml`), empty for a table.
        var info: String
        var lines: [String]
        /// 1-based lines of the marker, of the block's first line, and the 0-based index of its last line.
        var markerLine: Int
        var firstLine: Int
        var endLine: Int

        var text: String { lines.joined(separator: "\n") }
    }

    /// Every `<!-- name: … -->` marker with the fenced block or table that follows it.
    func marked(_ name: String) -> [Block] {
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() {
            guard let words = Self.marker(line), words.first == name + ":" else { continue }
            var start = index + 1
            while start < lines.count, lines[start].trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
            guard start < lines.count else { continue }
            if lines[start].hasPrefix("```"), let block = fenced(at: start) {
                var block = block
                (block.words, block.markerLine) = (Array(words.dropFirst()), index + 1)
                blocks.append(block)
            } else if lines[start].hasPrefix("|") {
                let rows = lines[start...].prefix { $0.hasPrefix("|") }
                blocks.append(
                    Block(
                        words: Array(words.dropFirst()), info: "", lines: Array(rows), markerLine: index + 1,
                        firstLine: start + 1, endLine: start + rows.count - 1))
            }
        }
        return blocks
    }

    /// Every fenced block of the guide.
    var fencedBlocks: [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            if lines[index].hasPrefix("```"), let block = fenced(at: index) {
                blocks.append(block)
                index = block.endLine + 1
            } else {
                index += 1
            }
        }
        return blocks
    }

    /// The markers in order, with their words: the guide's skeleton, the same in every language.
    var markers: [[String]] { lines.compactMap(Self.marker) }

    /// The level of each heading, in order.
    var headingLevels: [Int] {
        var inFence = false
        var levels: [Int] = []
        for line in lines {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("#") { levels.append(line.prefix { $0 == "#" }.count) }
        }
        return levels
    }

    private func fenced(at start: Int) -> Block? {
        guard let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" }) else { return nil }
        return Block(
            words: [], info: String(lines[start].dropFirst(3)), lines: Array(lines[(start + 1)..<end]), markerLine: 0,
            firstLine: start + 1, endLine: end)
    }

    private static func marker(_ line: String) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!-- "), trimmed.hasSuffix(" -->") else { return nil }
        let words = trimmed.dropFirst(5).dropLast(4).split(separator: " ").map(String.init)
        guard let first = words.first, first.hasSuffix(":"), first.count > 1,
            first.allSatisfy({ $0.isLetter || $0 == ":" })
        else { return nil }
        return words
    }

    /// The field a table row is about: the code in its first cell (``| `name` | …``), nil for other rows.
    static func fieldName(_ row: String) -> String? {
        guard row.hasPrefix("| `") else { return nil }
        return row.dropFirst(3).split(separator: "`", maxSplits: 1).first.map(String.init)
    }

    /// The texts between backticks in `line`.
    static func codeSpans(in line: String) -> [String] {
        line.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { String($0.element) }
    }

    /// The names of the top-level fields written in front-matter `lines`.
    static func topLevelKeys(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            guard let first = line.first, first.isASCII, first.isLetter, let colon = line.firstIndex(of: ":")
            else { return nil }
            return String(line[..<colon])
        }
    }
}
