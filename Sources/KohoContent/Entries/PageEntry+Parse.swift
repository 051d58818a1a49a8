extension PageEntry: ContentEntry {
    static var kind: ContentKind { .page }

    static func read(_ fields: inout FieldReader, file: EntryFile) -> PageEntry? {
        let title = fields.string("title", required: true)
        let description = fields.string("description")?.value
        let order = fields.int("order")
        return title.map { PageEntry(file: file, title: $0.value, description: description, order: order) }
    }
}
