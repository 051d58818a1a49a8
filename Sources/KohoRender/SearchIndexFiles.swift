import Foundation
import KohoContent
import KohoDates
import KohoSearch
import KohoSite

/// The site's search index (`/search/index/…`, ``SiteRoutes/searchMeta``): one ``SearchDocument`` per staff
/// member, department, post and free page, made from the resolved site — names, readings and their romaji,
/// roles, departments, topics, hashtags, summaries and the bodies' plain text, made once when they were
/// rendered — and written by ``SearchIndexWriter``.
struct SearchIndexFiles {
    let site: Site

    /// The index's files: the term shards, the document chunks, then `meta.json`. Documents are tokenised
    /// on every core.
    func files() -> [RenderedFile] {
        let documents = documents()
        let tokens = documents.parallelMap(SearchIndexWriter.tokens(of:))
        let index = SearchIndexWriter().index(documents, tokens: tokens)
        let routes = site.routes
        var files = index.shards.enumerated().map { n, bytes in
            RenderedFile(path: routes.searchShard(n).outputPath, bytes: bytes)
        }
        files += index.chunks.enumerated().map { n, bytes in
            RenderedFile(path: routes.searchChunk(n).outputPath, bytes: bytes)
        }
        files.append(RenderedFile(path: routes.searchMeta.outputPath, bytes: index.meta))
        return files
    }

    /// How many documents the index of `site` has.
    static func documentCount(_ site: Site) -> Int {
        site.staff.count + site.departments.count + site.posts.count + site.pages.count
    }

    /// Every document, in the order of their ids: staff (kana order), departments (the directory's tree
    /// order), posts (by their first department in that order, newest first in each; those with none
    /// last), pages (by order). A tie in score keeps this order, and documents are read in chunks of
    /// consecutive ids, so what one query finds together is kept together: the people sharing a surname,
    /// a department's posts.
    func documents() -> [SearchDocument] {
        let departments = treeOrder()
        return site.staff.map(staff) + departments.map { department(site.departments[$0]) }
            + postOrder(departments).map { post(site.posts[$0]) } + site.pages.map(page)
    }

    /// The posts' indices by their first department's place in `departments`, then in the site's order
    /// (newest first); posts without a department after all the others.
    private func postOrder(_ departments: [Int]) -> [Int] {
        var place = [Int](repeating: 0, count: site.departments.count)
        for (n, i) in departments.enumerated() { place[i] = n }
        let last = departments.count
        return site.posts.indices.sorted { a, b in
            let pa = site.posts[a].departments.first.map { place[$0] } ?? last
            let pb = site.posts[b].departments.first.map { place[$0] } ?? last
            return pa != pb ? pa < pb : a < b
        }
    }

    private func staff(_ member: StaffMember) -> SearchDocument {
        let e = member.entry
        let line = PagePlanner.staffDescription(member, in: site)
        var document = SearchDocument(
            kind: .staff, url: member.url, title: e.name, reading: e.reading, subtitle: line.isEmpty ? nil : line,
            excerpt: Excerpt.make(member.plainText))
        document.add(e.name, .name)
        document.addReading(e.reading)
        // Typed without the space (鈴木花子, すずきはなこ): the pair across it is a token too.
        document.add(Self.closingSpaces(e.name), .name)
        document.add(Self.closingSpaces(e.reading), .reading)
        document.add(e.nameEn, .reading)
        document.add(e.role, .related)
        for index in member.departments { document.add(departmentNames(index), .related) }
        document.add(e.topics.joined(separator: "\n"), .related)
        document.addHashtags(tagNames(member.hashtags))
        document.add(member.plainText, .body)
        return document
    }

    private func department(_ department: Department) -> SearchDocument {
        let e = department.entry
        var document = SearchDocument(
            kind: .department, url: department.url, title: e.name, reading: e.reading, subtitle: e.summary,
            excerpt: Excerpt.make(e.summary ?? department.plainText))
        document.add(e.name, .name)
        document.addReading(e.reading)
        document.add(e.nameEn, .reading)
        document.add(e.summary, .related)
        for service in e.services {
            document.add(service.name, .related)
            document.add(service.description, .related)
        }
        if let parent = department.parent { document.add(departmentNames(parent), .related) }
        document.addHashtags(tagNames(department.hashtags))
        document.add(department.plainText, .body)
        return document
    }

    private func post(_ post: Post) -> SearchDocument {
        let e = post.entry
        var document = SearchDocument(
            kind: .post, url: post.url, title: e.title, subtitle: day(e.date.value),
            excerpt: Excerpt.make(e.summary ?? post.plainText))
        document.add(e.title, .name)
        document.add(e.summary, .related)
        document.addHashtags(tagNames(post.hashtags))
        document.add(post.authors.map { site.staff[$0].entry.name }.joined(separator: "\n"), .related)
        for index in post.departments { document.add(departmentNames(index), .related) }
        document.add(post.plainText, .body)
        return document
    }

    private func page(_ page: Page) -> SearchDocument {
        let e = page.entry
        var document = SearchDocument(
            kind: .page, url: page.url, title: e.title, subtitle: e.description,
            excerpt: Excerpt.make(e.description ?? page.plainText))
        document.add(e.title, .name)
        document.add(e.description, .related)
        document.add(page.plainText, .body)
        return document
    }

    /// A department's name and its parents' (`観光課`, `産業部`), one a line.
    private func departmentNames(_ index: Int) -> String {
        var names: [String] = []
        var current: Int? = index
        // A parent cycle stops the build before render; the bound only keeps a bad model from looping.
        while let i = current, names.count < site.departments.count {
            names.append(site.departments[i].entry.name)
            current = site.departments[i].parent
        }
        return names.joined(separator: "\n")
    }

    /// `text` with its spaces taken out when it has any (`鈴木 花子` → `鈴木花子`), else nil: added beside the
    /// name as written, so a name typed without its space finds every pair of its characters.
    static func closingSpaces(_ text: String?) -> String? {
        guard let text, text.contains(where: \.isWhitespace) else { return nil }
        return text.filter { !$0.isWhitespace }
    }

    private func tagNames(_ tags: [Int]) -> [String] {
        tags.map { site.tags[$0].name }
    }

    /// A post's day in the site's time zone: `2025-04-01`.
    private func day(_ date: ZonedDate) -> String {
        let shown = TimeZone(identifier: site.config.timezone).map { date.shown(in: $0) } ?? date
        let c = shown.components
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }

    /// The departments as the directory lists them: each top-level department followed by its children,
    /// depth first; any the walk did not reach after them, in the site's order.
    private func treeOrder() -> [Int] {
        var order: [Int] = []
        var seen = Set<Int>()
        func visit(_ i: Int) {
            guard seen.insert(i).inserted else { return }
            order.append(i)
            for child in site.departments[i].children { visit(child) }
        }
        for i in site.topLevelDepartments { visit(i) }
        for i in site.departments.indices where !seen.contains(i) { order.append(i) }
        return order
    }
}
