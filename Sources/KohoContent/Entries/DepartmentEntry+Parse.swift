extension DepartmentEntry: ContentEntry {
    static var kind: ContentKind { .department }

    static func read(_ fields: inout FieldReader, file: EntryFile) -> DepartmentEntry? {
        let name = fields.string("name", required: true)
        let entry = DepartmentEntry(
            file: file,
            name: name?.value ?? "",
            reading: fields.string("reading")?.value,
            nameEn: fields.string("name_en")?.value,
            parent: fields.string("parent"),
            summary: fields.string("summary")?.value,
            services: fields.mappings("services", itemFields: ["name", "description", "url"]) { service in
                let name = service.string("name", required: true)
                let description = service.string("description")?.value
                let url = service.string("url")?.value
                return name.map { DepartmentService(name: $0.value, description: description, url: url) }
            },
            contact: fields.mapping("contact") { contact in
                DepartmentContact(
                    phone: contact.phone("phone"),
                    email: contact.email("email"),
                    address: contact.string("address")?.value,
                    hours: contact.string("hours")?.value
                )
            },
            hashtags: fields.hashtags("hashtags"),
            social: fields.social("social"),
            order: fields.int("order")
        )
        return name == nil ? nil : entry
    }
}
