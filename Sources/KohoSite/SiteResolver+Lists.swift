import KohoContent

/// The lists the site derives from the references, each built in one pass over them: a department's staff,
/// posts and children, a staff member's posts, and each tag's members.
struct DerivedLists {
    /// Per staff member, the posts they wrote, newest first.
    let staffPosts: [[Int]]
    /// Per department, its posts, newest first.
    let departmentPosts: [[Int]]
    /// Per department, its staff, by `order`, then reading.
    let departmentStaff: [[Int]]
    /// Per department, its child departments, in department order.
    let children: [[Int]]
    /// The departments without a parent, in department order.
    let topLevelDepartments: [Int]

    /// Derives every list from the resolved references, each in one pass.
    init(_ entries: OrderedEntries, _ references: EntryReferences) {
        // Walking the posts newest first appends each list's posts newest first: no sort needed.
        staffPosts = Self.invert(references.postAuthors, count: entries.staff.count)
        departmentPosts = Self.invert(references.postDepartments, count: entries.departments.count)
        departmentStaff = Self.byOrder(
            Self.invert(references.staffDepartments, count: entries.departments.count), staff: entries.staff)
        var children = [[Int]](repeating: [], count: entries.departments.count)
        for (d, parent) in references.parents.enumerated() {
            if let parent { children[parent].append(d) }
        }
        self.children = children
        topLevelDepartments = references.parents.indices.filter { references.parents[$0] == nil }
    }

    /// From "each item lists its targets" to "each of `count` targets lists its items", items in their order.
    private static func invert(_ targetsOfItem: [[Int]], count: Int) -> [[Int]] {
        var itemsOfTarget = [[Int]](repeating: [], count: count)
        for (item, targets) in targetsOfItem.enumerated() {
            for target in targets { itemsOfTarget[target].append(item) }
        }
        return itemsOfTarget
    }

    /// Each list of staff sorted by the members' `order`. Staff indices are already in kana order, so a stable
    /// sort keeps reading as the second key.
    private static func byOrder(_ lists: [[Int]], staff: [StaffEntry]) -> [[Int]] {
        lists.map { list in
            list.enumerated().sorted {
                (staff[$0.element].order ?? Int.max, $0.offset) < (staff[$1.element].order ?? Int.max, $1.offset)
            }.map(\.element)
        }
    }

    /// `tags` (sorted by name) with the entries that carry each, in entry order; `entryTags` must already be
    /// renumbered to the sorted positions.
    static func withMembers(_ tags: [Tag], _ entryTags: EntryTags) -> [Tag] {
        var tags = tags
        for (i, list) in entryTags.staff.members.enumerated() { for t in list { tags[t].staff.append(i) } }
        for (i, list) in entryTags.departments.members.enumerated() { for t in list { tags[t].departments.append(i) } }
        for (i, list) in entryTags.posts.members.enumerated() { for t in list { tags[t].posts.append(i) } }
        return tags
    }
}
