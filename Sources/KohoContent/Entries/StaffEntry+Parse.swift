extension StaffEntry: ContentEntry {
    static var kind: ContentKind { .staff }

    static func read(_ fields: inout FieldReader, file: EntryFile) -> StaffEntry? {
        let name = fields.string("name", required: true)
        let entry = StaffEntry(
            file: file,
            name: name?.value ?? "",
            reading: fields.string("reading")?.value,
            nameEn: fields.string("name_en")?.value,
            role: fields.string("role")?.value,
            departments: fields.strings("department"),
            hashtags: fields.hashtags("hashtags"),
            topics: fields.topics("topics").map(\.value),
            photo: fields.image("photo"),
            social: fields.social("social"),
            email: fields.email("email"),
            phone: fields.phone("phone"),
            since: fields.yearMonthDay("since"),
            order: fields.int("order")
        )
        return name == nil ? nil : entry
    }
}
