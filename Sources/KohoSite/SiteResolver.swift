public import KohoContent
public import KohoDiagnostics
import KohoMarkdown
import KohoSocial

/// What the resolve stage leaves out or keeps.
public struct ResolveOptions: Sendable {
    /// Keep posts dated after ``now`` (`--future`).
    public var includeFuture: Bool
    /// The instant that separates published posts from future ones, in seconds since 1970 UTC.
    public var now: Int64

    public init(includeFuture: Bool = false, now: Int64) {
        self.includeFuture = includeFuture
        self.now = now
    }
}

/// The resolve stage: loaded entries → one ``Site`` whose references are checked, lists derived, bodies
/// rendered and URLs computed, each exactly once.
public struct SiteResolver: Sendable {
    public var options: ResolveOptions

    public init(options: ResolveOptions) {
        self.options = options
    }

    /// Resolves `content`; the site is nil when any error was found, and every problem is reported.
    public func resolve(_ content: LoadedContent) -> (site: Site?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let urls = SiteURLs(baseURL: content.site.baseURL)
        let markdown = MarkdownRenderer(
            options: MarkdownOptions(
                unsafeHTML: content.site.markdown.unsafeHTML, basePath: urls.basePath, hashtagPath: "/tags/"))

        let postEntries = content.posts.filter {
            options.includeFuture || $0.date.value.secondsSinceEpoch <= options.now
        }

        // MARK: Order entries (indices are positions in these sorted arrays)
        let staffEntries = content.staff.sorted {
            KanaOrder.precedes(($0.reading, $0.name, $0.file.slug.value), ($1.reading, $1.name, $1.file.slug.value))
        }
        let posts = postEntries.sorted {
            if $0.date.value != $1.date.value { return $0.date.value > $1.date.value }
            return $0.file.slug.value < $1.file.slug.value
        }
        let pages = content.pages.sorted {
            ($0.order ?? Int.max, $0.title, $0.file.slug.value) < ($1.order ?? Int.max, $1.title, $1.file.slug.value)
        }
        let departmentEntries = DepartmentTree.order(content.departments, diagnostics: &bag)

        // MARK: Look-up tables, built once
        let departmentIndex = Dictionary(
            departmentEntries.enumerated().map { ($1.file.slug.value, $0) }, uniquingKeysWith: { a, _ in a })
        let staffIndex = Dictionary(
            staffEntries.enumerated().map { ($1.file.slug.value, $0) }, uniquingKeysWith: { a, _ in a })
        let departmentSlugs = departmentEntries.map(\.file.slug.value)
        let staffSlugs = staffEntries.map(\.file.slug.value)

        func resolve(_ refs: [Located<String>], in index: [String: Int], names: [String], what: String, kind: String)
            -> [Int]
        {
            var found: [Int] = []
            var seen = Set<Int>()
            for ref in refs {
                if let i = index[ref.value] {
                    if seen.insert(i).inserted { found.append(i) }
                } else {
                    bag.append(
                        Diagnostic(
                            at: ref.location, "unknown \(what) `\(ref.value)`",
                            hint: NameSuggester.hint(for: ref.value, among: names, kind: kind)))
                }
            }
            return found
        }

        // MARK: Bodies, rendered in parallel (independent of each other), before tags: the hashtags written
        // in a body join the tag pages.
        let staffHTML = staffEntries.map(\.file).parallelMap {
            markdown.render($0.body, lineOffset: $0.bodyStartLine - 1)
        }
        let departmentHTML = departmentEntries.map(\.file).parallelMap {
            markdown.render($0.body, lineOffset: $0.bodyStartLine - 1)
        }
        let postHTML = posts.map(\.file).parallelMap { markdown.render($0.body, lineOffset: $0.bodyStartLine - 1) }
        let pageHTML = pages.map(\.file).parallelMap { markdown.render($0.body, lineOffset: $0.bodyStartLine - 1) }
        // A body too costly to parse as written (tables over the size limit) fails the build, at its line.
        for (files, rendered) in [
            (staffEntries.map(\.file), staffHTML), (departmentEntries.map(\.file), departmentHTML),
            (posts.map(\.file), postHTML), (pages.map(\.file), pageHTML),
        ] {
            for (file, body) in zip(files, rendered) {
                bag.append(contentsOf: body.errors.map { $0.diagnostic(path: file.path) })
            }
        }

        // MARK: Tags: site.yml first, then files in path order (front matter, then body), so the first
        // spelling seen is displayed
        var tags = TagCollector(urls: urls)
        let siteTags = tags.add(content.site.hashtags, diagnostics: &bag)

        var staffTags = [[Int]](repeating: [], count: staffEntries.count)
        var departmentTags = [[Int]](repeating: [], count: departmentEntries.count)
        var postTags = [[Int]](repeating: [], count: posts.count)
        // Tags written only in a body: the entry is listed on the tag's page, but its own `hashtags` (shown
        // and shared) stay the ones its front matter chose.
        var staffBodyTags = [[Int]](repeating: [], count: staffEntries.count)
        var departmentBodyTags = [[Int]](repeating: [], count: departmentEntries.count)
        var postBodyTags = [[Int]](repeating: [], count: posts.count)
        var tagSources: [(path: String, kind: Int, index: Int)] = []
        tagSources += staffEntries.indices.map { (staffEntries[$0].file.path, 0, $0) }
        tagSources += departmentEntries.indices.map { (departmentEntries[$0].file.path, 1, $0) }
        tagSources += posts.indices.map { (posts[$0].file.path, 2, $0) }
        tagSources += pages.indices.map { (pages[$0].file.path, 3, $0) }
        for source in tagSources.sorted(by: { $0.path < $1.path }) {
            let i = source.index
            switch source.kind {
            case 0:
                staffTags[i] = tags.add(staffEntries[i].hashtags, diagnostics: &bag)
                staffBodyTags[i] = tags.add(staffHTML[i].hashtags)
            case 1:
                departmentTags[i] = tags.add(departmentEntries[i].hashtags, diagnostics: &bag)
                departmentBodyTags[i] = tags.add(departmentHTML[i].hashtags)
            case 2:
                postTags[i] = tags.add(posts[i].hashtags, diagnostics: &bag)
                postBodyTags[i] = tags.add(postHTML[i].hashtags)
            default:
                // A free page lists nowhere, but the tag pages its body links to must exist.
                _ = tags.add(pageHTML[i].hashtags)
            }
        }

        // MARK: References
        let staffDepartments = staffEntries.map {
            resolve(
                $0.departments, in: departmentIndex, names: departmentSlugs, what: "department", kind: "departments")
        }
        let postAuthors = posts.map {
            resolve($0.authors, in: staffIndex, names: staffSlugs, what: "author", kind: "staff")
        }
        let postDepartments = posts.map {
            resolve(
                $0.departments, in: departmentIndex, names: departmentSlugs, what: "department", kind: "departments")
        }
        let parents: [Int?] = departmentEntries.map { entry in
            guard let parent = entry.parent else { return nil }
            return resolve(
                [parent], in: departmentIndex, names: departmentSlugs, what: "parent department", kind: "departments"
            ).first
        }

        if bag.hasErrors { return (nil, bag.sorted) }

        // MARK: Derived lists
        var staffPosts = [[Int]](repeating: [], count: staffEntries.count)
        var departmentPosts = [[Int]](repeating: [], count: departmentEntries.count)
        for (p, authors) in postAuthors.enumerated() {
            for a in authors { staffPosts[a].append(p) }
            for d in postDepartments[p] { departmentPosts[d].append(p) }
        }
        var departmentStaff = [[Int]](repeating: [], count: departmentEntries.count)
        for (s, departments) in staffDepartments.enumerated() {
            for d in departments { departmentStaff[d].append(s) }
        }
        // Staff are already in kana order, so a stable sort by `order` keeps reading as the second key.
        for d in departmentStaff.indices {
            departmentStaff[d] = departmentStaff[d].enumerated().sorted {
                (staffEntries[$0.element].order ?? Int.max, $0.offset) < (
                    staffEntries[$1.element].order ?? Int.max, $1.offset
                )
            }.map(\.element)
        }
        var children = [[Int]](repeating: [], count: departmentEntries.count)
        for (d, parent) in parents.enumerated() {
            if let parent { children[parent].append(d) }
        }

        // Tags are listed by name; entries keep their tags in the order written.
        let (sortedTags, position) = tags.sortedByName()
        var allTags = sortedTags
        func place(_ lists: [[Int]]) -> [[Int]] { lists.map { $0.map { position[$0] } } }
        staffTags = place(staffTags)
        departmentTags = place(departmentTags)
        postTags = place(postTags)
        func members(_ own: [[Int]], _ body: [[Int]]) -> [[Int]] {
            zip(own, place(body)).map { own, body in
                let written = Set(own)
                return own + body.filter { !written.contains($0) }
            }
        }
        for (i, list) in members(staffTags, staffBodyTags).enumerated() { for t in list { allTags[t].staff.append(i) } }
        for (i, list) in members(departmentTags, departmentBodyTags).enumerated() {
            for t in list { allTags[t].departments.append(i) }
        }
        for (i, list) in members(postTags, postBodyTags).enumerated() { for t in list { allTags[t].posts.append(i) } }

        var site = Site(
            config: content.site,
            urls: urls,
            staff: staffEntries.indices.map { i in
                StaffMember(
                    entry: staffEntries[i], url: urls.url("staff", staffEntries[i].file.slug.value),
                    contentHTML: staffHTML[i].html, departments: staffDepartments[i], hashtags: staffTags[i],
                    posts: staffPosts[i])
            },
            departments: departmentEntries.indices.map { i in
                Department(
                    entry: departmentEntries[i], url: urls.url("departments", departmentEntries[i].file.slug.value),
                    contentHTML: departmentHTML[i].html, parent: parents[i], children: children[i],
                    staff: departmentStaff[i], posts: departmentPosts[i], hashtags: departmentTags[i])
            },
            topLevelDepartments: parents.indices.filter { parents[$0] == nil },
            posts: posts.indices.map { i in
                Post(
                    entry: posts[i], url: urls.url("posts", posts[i].file.slug.value), contentHTML: postHTML[i].html,
                    plainText: postHTML[i].plainText, authors: postAuthors[i], departments: postDepartments[i],
                    hashtags: postTags[i])
            },
            pages: pages.indices.map { i in
                Page(
                    entry: pages[i], url: urls.url("pages", pages[i].file.slug.value), contentHTML: pageHTML[i].html,
                    plainText: pageHTML[i].plainText)
            },
            tags: allTags,
            hashtags: siteTags.map { position[$0] },
            buildDate: posts.first?.date.value,
            bodyLinks: []
        )
        site.bodyLinks =
            site.staff.indices.map {
                BodyLinks(path: staffEntries[$0].file.path, pageURL: site.staff[$0].url, links: staffHTML[$0].links)
            }
            + site.departments.indices.map {
                BodyLinks(
                    path: departmentEntries[$0].file.path, pageURL: site.departments[$0].url,
                    links: departmentHTML[$0].links)
            }
            + site.posts.indices.map {
                BodyLinks(path: posts[$0].file.path, pageURL: site.posts[$0].url, links: postHTML[$0].links)
            }
            + site.pages.indices.map {
                BodyLinks(path: pages[$0].file.path, pageURL: site.pages[$0].url, links: pageHTML[$0].links)
            }
        return (site, bag.sorted)
    }
}
