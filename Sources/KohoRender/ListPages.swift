import KohoSite
import KohoTemplates

/// One list split into pages, and DESIGN's `paginator` object for each of them: which items a page holds and
/// the links between the pages. Page 1 is the list's own page; page N is ``SiteRoutes/page(_:of:)``.
///
/// A list in kana order (the staff directory, the tags) can carry the row of each item (``KanaRow``): its
/// pages then also get `index` (where each row starts) and `groups` (the page's items by row).
struct ListPages {
    /// The list's own page, page 1.
    let first: Route
    let routes: SiteRoutes
    /// Every item of the list, in order.
    let items: [TemplateValue]
    /// Items per page.
    let size: Int
    /// Each item's kana row, for a list in kana order; nil for other lists.
    let rows: [KanaRow]?
    /// The text an index shows for ``KanaRow/other``.
    var otherRowLabel = ""

    init(first: Route, routes: SiteRoutes, items: [TemplateValue], size: Int, rows: [KanaRow]? = nil) {
        self.first = first
        self.routes = routes
        self.items = items
        self.size = max(1, size)
        self.rows = rows
    }

    /// How many pages the list has: at least one, so an empty list still has its page.
    var count: Int { max(1, (items.count + size - 1) / size) }

    /// The page numbers, from 1.
    var numbers: ClosedRange<Int> { 1...count }

    /// Where page `number` is.
    func route(_ number: Int) -> Route { routes.page(number, of: first) }

    /// The positions of page `number`'s items in the list.
    func range(of number: Int) -> Range<Int> {
        let start = min(items.count, (number - 1) * size)
        return start..<min(items.count, start + size)
    }

    /// The `paginator` of every page, in page order: items, number, total, prev_url, next_url (null at the
    /// ends), first_url, last_url, pages ({number, url, current} for each page), index and groups.
    func paginators() -> [TemplateMap] {
        let urls = numbers.map { route($0).url }
        let links = numbers.map { link($0, url: urls[$0 - 1], current: false) }
        let index = rows.map(kanaIndex) ?? []
        return numbers.map { number in
            var pages = links
            pages[number - 1] = link(number, url: urls[number - 1], current: true)
            let range = range(of: number)
            return TemplateMap([
                ("items", .list(Array(items[range]))), ("number", .int(number)), ("total", .int(count)),
                ("prev_url", number > 1 ? .string(urls[number - 2]) : .null),
                ("next_url", number < count ? .string(urls[number]) : .null),
                ("first_url", .string(urls[0])), ("last_url", .string(urls[count - 1])),
                ("pages", .list(pages)), ("index", .list(index)), ("groups", .list(groups(in: range))),
            ])
        }
    }

    private func link(_ number: Int, url: String, current: Bool) -> TemplateValue {
        .map(TemplateMap([("number", .int(number)), ("url", .string(url)), ("current", .bool(current))]))
    }

    // MARK: - Kana rows

    /// The element id a row's first group gets, which the index links to: `kana-ka`.
    static func anchor(_ row: KanaRow) -> String { "kana-" + row.rawValue }

    private func label(_ row: KanaRow) -> String { row.kana ?? otherRowLabel }

    /// Every row, あ to わ then the others: {id, label, url, number, count}. `url` is the page where the row's
    /// first item is, with the row's anchor (null, like `number`, for a row without items).
    private func kanaIndex(_ rows: [KanaRow]) -> [TemplateValue] {
        var firstPosition: [KanaRow: Int] = [:]
        var counts: [KanaRow: Int] = [:]
        for (position, row) in rows.enumerated() {
            if firstPosition[row] == nil { firstPosition[row] = position }
            counts[row, default: 0] += 1
        }
        return KanaRow.allCases.map { row in
            let number = firstPosition[row].map { $0 / size + 1 }
            return .map(
                TemplateMap([
                    ("id", .string(Self.anchor(row))), ("label", .string(label(row))),
                    ("url", number.map { .string(route($0).url + "#" + Self.anchor(row)) } ?? .null),
                    ("number", number.map { .int($0) } ?? .null), ("count", .int(counts[row] ?? 0)),
                ]))
        }
    }

    /// The items at `range` in runs of one row: {id, label, continued, items}. `continued` is true when the
    /// row's first item is not in the run (it began on an earlier page, or earlier on this one): only a run
    /// that is not continued carries the row's `id` as an element id, so ids stay unique.
    private func groups(in range: Range<Int>) -> [TemplateValue] {
        guard let rows else { return [] }
        var groups: [TemplateValue] = []
        var seen = Set(rows[..<range.lowerBound])
        var start = range.lowerBound
        while start < range.upperBound {
            let row = rows[start]
            var end = start + 1
            while end < range.upperBound, rows[end] == row { end += 1 }
            let continued = !seen.insert(row).inserted
            groups.append(
                .map(
                    TemplateMap([
                        ("id", .string(Self.anchor(row))), ("label", .string(label(row))),
                        ("continued", .bool(continued)), ("items", .list(Array(items[start..<end]))),
                    ])))
            start = end
        }
        return groups
    }
}
