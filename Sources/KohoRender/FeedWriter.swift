import KohoSite

/// Writes RSS 2.0 feeds (with the Atom self link, `content:encoded` and Dublin Core creators).
///
/// Items are written once per post and reused by every feed that lists it; channels differ only in their
/// head and in which items they list.
struct FeedWriter {
    let site: Site

    static let namespaces: KeyValuePairs<String, String> = [
        "version": "2.0",
        "xmlns:atom": "http://www.w3.org/2005/Atom",
        "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    ]

    /// `<item>…</item>`, indented for its place inside `<channel>`.
    func item(_ item: FeedItem) -> String {
        var xml = XMLWriter(fragmentAtDepth: 2)
        xml.open("item")
        xml.element("title", item.title)
        xml.element("link", item.permalink)
        xml.element("guid", item.permalink, ["isPermaLink": "true"])
        xml.element("pubDate", FeedDate.rfc822(item.date))
        // RSS's `author` is an e-mail address; names go in `dc:creator`, which readers show.
        if let first = item.authors.first, let email = first.email {
            xml.element("author", "\(email) (\(first.name))")
        }
        for author in item.authors { xml.element("dc:creator", author.name) }
        for tag in item.tags { xml.element("category", tag) }
        xml.element("description", item.summaryHTML)
        if let html = item.contentHTML { xml.element("content:encoded", html) }
        return xml.finish()
    }

    /// The whole feed document, given the rendered items of the site's posts (by post index).
    func document(_ feed: Feed, items: [Int: String]) -> RenderedFile {
        var xml = XMLWriter()
        xml.open("rss", Self.namespaces)
        xml.open("channel")
        xml.element("title", feed.title)
        xml.element("link", feed.page.permalink)
        xml.element("description", feed.description)
        xml.element("language", site.config.language)
        xml.element("generator", "Koho")
        // The newest item's date, not the clock, so building the same content twice gives the same bytes.
        if let newest = feed.posts.first.map({ site.posts[$0].entry.date.value }) ?? site.buildDate {
            xml.element("lastBuildDate", FeedDate.rfc822(newest))
        }
        xml.empty("atom:link", ["href": feed.route.permalink, "rel": "self", "type": "application/rss+xml"])
        for index in feed.posts {
            if let item = items[index] { xml.raw(item) }
        }
        return RenderedFile(path: feed.path, bytes: Array(xml.finish().utf8))
    }
}
