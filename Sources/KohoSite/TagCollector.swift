import KohoContent
import KohoDiagnostics
import KohoSocial

/// Gathers the site's hashtags as they are met, so the first spelling seen becomes the display spelling.
struct TagCollector {
    let routes: SiteRoutes
    private(set) var tags: [Tag] = []
    private var indexByKey: [String: Int] = [:]

    init(routes: SiteRoutes) {
        self.routes = routes
    }

    /// Adds the tags one entry wrote and returns their indices, without duplicates; an invalid tag is an
    /// error at the place it was written.
    mutating func add(_ written: [Located<String>], diagnostics: inout DiagnosticBag) -> [Int] {
        var found: [Int] = []
        var seen = Set<Int>()
        for tag in written {
            switch Hashtag.parse(tag.value) {
            case .failure(let problem):
                diagnostics.append(
                    Diagnostic(
                        at: tag.location,
                        Message(.referenceHashtagInvalid, ["tag": .code(tag.value), "reason": .text(problem.reason)]),
                        hint: Message(.referenceHashtagInvalidHint)))
            case .success(let hashtag):
                let index = self.index(of: hashtag)
                if seen.insert(index).inserted { found.append(index) }
            }
        }
        return found
    }

    /// Adds tags found in a rendered body (already valid) and returns their indices, without duplicates.
    mutating func add(_ found: [Hashtag]) -> [Int] {
        var indices: [Int] = []
        // A set beside the list: thousands of tags in one body must not be compared with each other.
        var seen = Set<Int>()
        for hashtag in found {
            let index = self.index(of: hashtag)
            if seen.insert(index).inserted { indices.append(index) }
        }
        return indices
    }

    /// The index of `hashtag`'s tag, added with this spelling if it is new.
    private mutating func index(of hashtag: Hashtag) -> Int {
        if let existing = indexByKey[hashtag.key] { return existing }
        let index = tags.count
        indexByKey[hashtag.key] = index
        tags.append(
            Tag(
                name: hashtag.name, key: hashtag.key, url: routes.entry(.tag, hashtag.key).url, staff: [], departments: [],
                posts: []))
        return index
    }

    /// The tags sorted by name, and for each old index its new position.
    func sortedByName() -> (tags: [Tag], position: [Int]) {
        let order = KanaOrder.sorted(Array(tags.indices)) {
            KanaOrder.SortKey(reading: nil, name: tags[$0].key, tiebreak: tags[$0].name)
        }
        var position = [Int](repeating: 0, count: tags.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return (order.map { tags[$0] }, position)
    }
}
