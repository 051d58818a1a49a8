import KohoContent
import KohoSite
import KohoTemplates

// The fields each kind of entry shows to templates, one function per kind. A map keeps its fields in the order
// they were first set, so the order here is part of the output.
extension SiteValues {
    /// A staff member's fields.
    func fill(_ map: TemplateMap, with member: StaffMember, feedURL: String, _ values: ValueConversion) {
        let e = member.entry
        map["slug"] = .string(member.slug)
        map["url"] = .string(member.url)
        map["name"] = .string(e.name)
        map["reading"] = .optional(e.reading)
        map["name_en"] = .optional(e.nameEn)
        map["role"] = .optional(e.role)
        map["departments"] = list(member.departments, departments)
        map["hashtags"] = hashtags(member.hashtags)
        map["topics"] = .list(e.topics.map { .string($0) })
        map["photo"] = values.image(e.photo)
        map["social"] = values.social(e.social)
        map["email"] = .optional(e.email)
        map["phone"] = .optional(e.phone)
        map["since"] = .optional(e.since)
        map["content"] = .safeHTML(member.contentHTML)
        map["posts"] = list(member.posts, posts)
        map["feed_url"] = .string(feedURL)
        map["params"] = values.params(e.file.params)
        map["language"] = values.language(of: e.file)
    }

    /// A department's fields; `parent` and `children` make the tree a theme walks.
    func fill(_ map: TemplateMap, with department: Department, feedURL: String, _ values: ValueConversion) {
        let e = department.entry
        map["slug"] = .string(department.slug)
        map["url"] = .string(department.url)
        map["name"] = .string(e.name)
        map["reading"] = .optional(e.reading)
        map["name_en"] = .optional(e.nameEn)
        map["summary"] = .optional(e.summary)
        map["services"] = .list(e.services.map { Self.service($0, values) })
        map["contact"] = e.contact.map(Self.contact) ?? .null
        map["parent"] = department.parent.map { .map(departments[$0]) } ?? .null
        map["children"] = list(department.children, departments)
        map["staff"] = list(department.staff, staff)
        map["posts"] = list(department.posts, posts)
        map["hashtags"] = hashtags(department.hashtags)
        map["social"] = values.social(e.social)
        map["content"] = .safeHTML(department.contentHTML)
        map["feed_url"] = .string(feedURL)
        map["params"] = values.params(e.file.params)
        map["language"] = values.language(of: e.file)
    }

    /// A post's fields.
    func fill(_ map: TemplateMap, with post: Post, _ values: ValueConversion) {
        let e = post.entry
        map["slug"] = .string(post.slug)
        map["url"] = .string(post.url)
        map["title"] = .string(e.title)
        map["date"] = .date(e.date.value)
        map["authors"] = list(post.authors, staff)
        map["departments"] = list(post.departments, departments)
        map["hashtags"] = hashtags(post.hashtags)
        map["summary"] = .optional(e.summary)
        map["image"] = values.image(e.image)
        map["content"] = .safeHTML(post.contentHTML)
        map["params"] = values.params(e.file.params)
        map["language"] = values.language(of: e.file)
    }

    /// A free page's fields.
    func fill(_ map: TemplateMap, with page: Page, _ values: ValueConversion) {
        let e = page.entry
        map["slug"] = .string(page.slug)
        map["url"] = .string(page.url)
        map["title"] = .string(e.title)
        map["description"] = .optional(e.description)
        map["content"] = .safeHTML(page.contentHTML)
        map["params"] = values.params(e.file.params)
        map["language"] = values.language(of: e.file)
    }

    /// A tag's fields: everything that carries it.
    func fill(_ map: TemplateMap, with tag: Tag, feedURL: String) {
        map["name"] = .string(tag.name)
        map["url"] = .string(tag.url)
        map["staff"] = list(tag.staff, staff)
        map["departments"] = list(tag.departments, departments)
        map["posts"] = list(tag.posts, posts)
        map["feed_url"] = .string(feedURL)
    }

    /// The `site` value: the configuration and every list of the site.
    func fillSite(from model: Site, _ values: ValueConversion) {
        let config = model.config
        site["title"] = .string(config.title)
        site["description"] = .optional(config.description)
        site["base_url"] = .string(model.address.baseURL)
        site["language"] = .string(config.language)
        // This language's home (`/city/en/` in English): themes link a language's pages from it.
        site["url"] = .string(model.routes.home.url)
        site["languages"] = .list(
            config.languages.map { code in
                let home = SiteRoutes(address: model.address, language: code == config.rootLanguage ? nil : code).home
                return .map(
                    TemplateMap([
                        ("code", .string(code)), ("name", .string(LanguageNames.name(of: code))),
                        ("locale", .string(LanguageNames.openGraphLocale(of: code))),
                        ("url", .string(home.url)), ("permalink", .string(home.permalink)),
                        ("current", .bool(code == config.language)),
                    ]))
            })
        site["hashtags"] = hashtags(model.hashtags)
        site["organization"] = config.organization.map { Self.organization($0, values) } ?? .null
        site["staff"] = .list(staff.map { .map($0) })
        // The department tree: top-level departments, each with its `children` (DESIGN.md: "top level first,
        // each with children"); a theme reaches every department by walking `children`.
        site["departments"] = list(model.topLevelDepartments, departments)
        site["posts"] = .list(posts.map { .map($0) })
        site["tags"] = .list(tags.map { .map($0) })
        site["pages"] = .list(pages.map { .map($0) })
        site["build_date"] = model.buildDate.map { .date($0) } ?? .null
        site["params"] = values.params(config.params)
    }

    // MARK: - Parts

    /// The maps at `indices`, as a list: the same objects as the entries' own values.
    private func list(_ indices: [Int], _ maps: [TemplateMap]) -> TemplateValue {
        .list(indices.map { .map(maps[$0]) })
    }

    /// The tags at `indices`, as `{name, url}`.
    private func hashtags(_ indices: [Int]) -> TemplateValue {
        .list(indices.map { tagLinks[$0] })
    }

    /// A department's service as `{name, description, url}`.
    private static func service(_ service: DepartmentService, _ values: ValueConversion) -> TemplateValue {
        .map(
            TemplateMap([
                ("name", .string(service.name)), ("description", .optional(service.description)),
                ("url", .optional(service.url.map(values.link))),
            ]))
    }

    /// A department's contact as `{phone, email, address, hours}`.
    private static func contact(_ c: DepartmentContact) -> TemplateValue {
        .map(
            TemplateMap([
                ("phone", .optional(c.phone)), ("email", .optional(c.email)), ("address", .optional(c.address)),
                ("hours", .optional(c.hours)),
            ]))
    }

    /// The organization as `{name, logo, address, phone, email, social}`.
    private static func organization(_ o: Organization, _ values: ValueConversion) -> TemplateValue {
        .map(
            TemplateMap([
                ("name", .string(o.name)), ("logo", .optional(o.logo.map(values.link))),
                ("address", .optional(o.address)), ("phone", .optional(o.phone)), ("email", .optional(o.email)),
                ("social", values.social(o.social)),
            ]))
    }
}
