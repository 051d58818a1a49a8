import KohoTemplates
import KohoDates
import KohoContent
import KohoMarkdown
import KohoSite

/// A post as feeds show it: every URL absolute, content ready to embed. Built once per post and shared by
/// every feed the post appears in (the site's, its departments', its authors', its tags').
struct FeedItem: Sendable {
    var title: String
    /// The post's absolute URL; also its `guid` / `id`.
    var permalink: String
    var date: ZonedDate
    var authors: [Author]
    /// Display names of its hashtags, in the post's order.
    var tags: [String]
    /// The summary as plain text: `summary`, else the start of the body, else the title.
    var summary: String
    /// The full body as HTML with absolute URLs, the post's image first; nil when the site's feeds carry
    /// summaries only (`feeds.full_content: false`).
    var contentHTML: String?
    /// The post's image, absolute.
    var imageURL: String?

    struct Author: Sendable {
        var name: String
        /// Absolute URL of the profile.
        var url: String
        var email: String?
    }

    init(post: Post, site: Site) {
        let e = post.entry
        title = e.title
        permalink = site.address.absolute(post.url)
        date = e.date.value
        authors = post.authors.map { i in
            let member = site.staff[i]
            return Author(name: member.entry.name, url: site.address.absolute(member.url), email: member.entry.email)
        }
        tags = post.hashtags.map { site.tags[$0].name }
        summary = e.summary ?? Excerpt.make(post.plainText, length: 200) ?? e.title
        let resolver = HTMLURLRewriter(documentURL: permalink, address: site.address)
        imageURL = e.image.flatMap { site.links.absolute($0.src.value, scope: .siteRoot, from: permalink) }
        if site.config.feeds.fullContent {
            var html = ""
            if let imageURL, let image = e.image {
                html +=
                    "<p><img src=\"\(HTMLEscaper.escape(imageURL))\" alt=\"\(HTMLEscaper.escape(image.alt ?? ""))\"></p>\n"
            }
            html += resolver.rewrite(RenderedMarkdown.removingFurigana(post.contentHTML))
            contentHTML = html
        } else {
            contentHTML = nil
        }
    }

    /// The summary as an HTML paragraph (an RSS `description` is HTML).
    var summaryHTML: String { "<p>" + HTMLEscaper.escape(summary) + "</p>" }
}
