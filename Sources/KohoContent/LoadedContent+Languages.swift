extension LoadedContent {
    /// The content of the site's pages in `language` (one of site.yml's `languages`): each entry as its
    /// translation into `language` has it (``EntryFile/language`` says so), or, without one, as written
    /// (`untranslated: fallback`, the default) or left out (`untranslated: omit`; references to what is left
    /// out are dropped with it, so a staff member whose department is untranslated is listed without it).
    /// The main language's content is this content itself.
    public func inLanguage(_ language: String) -> LoadedContent {
        guard language != site.rootLanguage else { return self }
        let translated = translations[language] ?? [:]
        let keep = site.untranslated == .fallback
        var content = LoadedContent(site: site.inLanguage(language))
        content.staff = staff.compactMap { entry in
            if case .staff(let t)? = translated[entry.file.path] { return t }
            return keep ? entry : nil
        }
        content.departments = departments.compactMap { entry in
            if case .department(let t)? = translated[entry.file.path] { return t }
            return keep ? entry : nil
        }
        content.posts = posts.compactMap { entry in
            if case .post(let t)? = translated[entry.file.path] { return t }
            return keep ? entry : nil
        }
        content.pages = pages.compactMap { entry in
            if case .page(let t)? = translated[entry.file.path] { return t }
            return keep ? entry : nil
        }
        if !keep { content.dropReferencesToOmitted() }
        return content
    }

    /// Whether an entry (by its file's path) has a translation into `language`.
    public func isTranslated(_ path: String, into language: String) -> Bool {
        translations[language]?[path] != nil
    }

    /// References to entries this content does not hold, removed (what `untranslated: omit` left out).
    private mutating func dropReferencesToOmitted() {
        let staffSlugs = Set(staff.map(\.file.slug.value))
        let departmentSlugs = Set(departments.map(\.file.slug.value))
        // A reference names a slug as written; the resolver compares them the same way.
        for i in staff.indices {
            staff[i].departments.removeAll { !departmentSlugs.contains($0.value) }
        }
        for i in departments.indices where departments[i].parent.map({ !departmentSlugs.contains($0.value) }) ?? false {
            departments[i].parent = nil
        }
        for i in posts.indices {
            posts[i].authors.removeAll { !staffSlugs.contains($0.value) }
            posts[i].departments.removeAll { !departmentSlugs.contains($0.value) }
        }
    }
}
