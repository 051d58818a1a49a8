import KohoDiagnostics
import KohoSite

/// Writes the site's JSON Feed 1.1 (`feed.json`): the same items as the site's RSS feed.
struct JSONFeedWriter {
    let site: Site

    func document(_ feed: Feed, json: Route, items: [Int: FeedItem]) -> RenderedFile {
        var root: [(String, JSONNode)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(feed.title)),
            ("home_page_url", .string(feed.page.permalink)),
            ("feed_url", .string(json.permalink)),
            ("description", .string(feed.description)),
            ("language", .string(site.config.language)),
        ]
        if let organization = site.config.organization {
            root.append(
                ("authors", .array([.object([("name", .string(organization.name)), ("url", .string(site.address.baseURL))])])))
        }
        root.append(("items", .array(feed.posts.compactMap { items[$0].map(item) })))
        var text = ""
        JSONNode.object(root).write(into: &text, level: 0)
        return RenderedFile(path: json.outputPath, bytes: Array((text + "\n").utf8))
    }

    private func item(_ item: FeedItem) -> JSONNode {
        var fields: [(String, JSONNode)] = [
            ("id", .string(item.permalink)),
            ("url", .string(item.permalink)),
            ("title", .string(item.title)),
        ]
        if let html = item.contentHTML {
            fields.append(("content_html", .string(html)))
        } else {
            fields.append(("content_text", .string(item.summary)))
        }
        fields.append(("summary", .string(item.summary)))
        if let image = item.imageURL { fields.append(("image", .string(image))) }
        fields.append(("date_published", .string(FeedDate.rfc3339(item.date))))
        if !item.authors.isEmpty {
            fields.append(
                (
                    "authors",
                    .array(
                        item.authors.map {
                            .object([("name", .string($0.name)), ("url", .string($0.url))])
                        })
                ))
        }
        if !item.tags.isEmpty { fields.append(("tags", .array(item.tags.map { .string($0) }))) }
        return .object(fields)
    }
}

/// A JSON value with object members in a fixed order, written with two-space indentation, so the output is
/// the same bytes on every build.
indirect enum JSONNode {
    case string(String)
    case array([JSONNode])
    case object([(String, JSONNode)])

    func write(into out: inout String, level: Int) {
        switch self {
        case .string(let s): JSONString.append(s, to: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                out += (i == 0 ? "\n" : ",\n") + String(repeating: "  ", count: level + 1)
                item.write(into: &out, level: level + 1)
            }
            out += "\n" + String(repeating: "  ", count: level) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                out += (i == 0 ? "\n" : ",\n") + String(repeating: "  ", count: level + 1)
                JSONString.append(key, to: &out)
                out += ": "
                value.write(into: &out, level: level + 1)
            }
            out += "\n" + String(repeating: "  ", count: level) + "}"
        }
    }
}
