extension PostEntry: ContentEntry {
    static var kind: ContentKind { .post }

    static func read(_ fields: inout FieldReader, file: EntryFile) -> PostEntry? {
        let title = fields.string("title", required: true)
        let date = fields.date("date", required: true)
        let authors = fields.strings("author")
        let departments = fields.strings("department")
        let hashtags = fields.hashtags("hashtags")
        let summary = fields.string("summary")?.value
        let image = fields.image("image")
        guard let title, let date else { return nil }
        return PostEntry(
            file: file, title: title.value, date: date, authors: authors, departments: departments,
            hashtags: hashtags, summary: summary, image: image)
    }
}
