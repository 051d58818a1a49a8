import KohoDiagnostics

extension ContentKind {
    /// Every front-matter field Koho reads for this kind of entry (`slug`, `draft` and `params` included),
    /// found by reading an empty entry: the list the staff guide documents, asked of the readers themselves so
    /// it cannot drift from them.
    public var fieldNames: Set<String> {
        var fields = FieldReader(
            path: "", text: "", pairs: [], origin: SourcePosition(line: 1, column: 1), dates: DateResolver(timeZone: .gmt))
        _ = fields.slug(fileSlug: "entry")
        _ = fields.bool("draft")
        _ = fields.bool("furigana")
        let file = EntryFile(
            path: "", slug: Located("entry", at: SourceLocation(path: "", line: 1, column: 1)), body: "", bodyStartLine: 1,
            draft: false, params: [])
        switch self {
        case .staff: _ = StaffEntry.read(&fields, file: file)
        case .department: _ = DepartmentEntry.read(&fields, file: file)
        case .post: _ = PostEntry.read(&fields, file: file)
        case .page: _ = PageEntry.read(&fields, file: file)
        }
        return fields.asked.union(["params"])
    }
}
