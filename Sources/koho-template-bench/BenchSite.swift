import KohoTemplates

/// A site of 50 staff, 10 departments (with sub-departments) and 20 posts, built as template values once,
/// the way the site renderer builds them: shared maps, a staff member's posts being the same post objects.
struct BenchSite {
    let site: TemplateMap
    let staffPages: [(staff: TemplateMap, page: TemplateMap)]

    init() {
        let base = "/city/"
        let serviceNames = ["x", "facebook", "instagram", "youtube", "note", "bluesky"]
        let shareTargets = ["x", "facebook", "line", "bluesky", "mastodon", "threads", "linkedin", "hatena", "email"]

        var departments: [TemplateMap] = []
        for d in 0..<10 {
            let department = TemplateMap([
                ("slug", .string("dept-\(d)")), ("url", .string(base + "departments/dept-\(d)/")),
                (
                    "name",
                    .string(["総務部", "企画政策部", "市民生活部", "保健福祉部", "産業観光部", "建設部", "教育委員会", "農林部", "会計課", "議会事務局"][d])
                ),
                ("summary", .string("市民の暮らしを支える仕事をしています。")), ("parent", .null),
            ])
            var children: [TemplateValue] = []
            for c in 0..<(d % 3) {
                children.append(
                    .map(
                        TemplateMap([
                            ("slug", .string("dept-\(d)-\(c)")), ("url", .string(base + "departments/dept-\(d)-\(c)/")),
                            ("name", .string("第\(c + 1)課")), ("parent", .map(department)),
                        ])))
            }
            department["children"] = .list(children)
            departments.append(department)
        }

        var posts: [TemplateMap] = []
        for p in 0..<20 {
            let date = TemplateDate(
                year: 2024, month: 1 + p % 12, day: 1 + p, hour: 9 + p % 8, minute: 30, utcOffsetSeconds: 9 * 3600,
                hasTime: p % 2 == 0)
            posts.append(
                TemplateMap([
                    ("slug", .string("post-\(p)")), ("url", .string(base + "posts/post-\(p)/")),
                    ("title", .string("桜まつりのお知らせ その\(p + 1) & 交通規制について")), ("date", .date(date)),
                    ("summary", .string("今年も角館の武家屋敷通りで桜まつりを開催します。期間中は交通規制があります。詳しくは本文をご覧ください。")),
                ]))
        }

        let organization = TemplateMap([
            ("name", .string("仙北市役所")), ("address", .string("秋田県仙北市角館町中菅沢81-8")),
            ("phone", .string("0187-43-1111")), ("email", .string("info@example.jp")),
        ])

        var staffList: [TemplateMap] = []
        var pages: [(TemplateMap, TemplateMap)] = []
        let content = String(
            repeating: "<p>市民の皆さんの声を大切に、わかりやすい情報発信に取り組んでいます。<a href=\"/city/posts/\">お知らせ</a>もご覧ください。</p>\n",
            count: 12)
        for s in 0..<50 {
            let slug = "staff-\(s)"
            let social: [TemplateValue] = serviceNames.map { service in
                .map(
                    TemplateMap([
                        ("service", .string(service)), ("label", .string(service.uppercased())),
                        ("handle", .string("@senboku_\(s)")),
                        ("url", .string("https://\(service).example/senboku_\(s)")),
                    ]))
            }
            let staff = TemplateMap([
                ("slug", .string(slug)), ("url", .string(base + "staff/\(slug)/")), ("name", .string("佐藤 花子\(s)")),
                ("reading", .string("さとう はなこ")), ("name_en", .string("Hanako Sato")),
                ("role", .string("広報担当 主任")),
                ("departments", .list([.map(departments[s % 10]), .map(departments[(s + 3) % 10])])),
                (
                    "photo",
                    s % 5 == 0
                        ? .null
                        : .map(
                            TemplateMap([("src", .string("/images/staff/\(slug).jpg")), ("alt", .string("佐藤 花子の写真"))]))
                ),
                ("topics", .list(["観光PR", "SNS運用", "桜まつり", "移住相談", "ふるさと納税"].map { .string($0) })),
                ("social", .list(social)),
                ("content", .safeHTML(content)),
                ("posts", .list((0..<8).map { .map(posts[(s + $0) % 20]) })),
            ])
            staffList.append(staff)
            let permalink = "https://example.jp/city/staff/\(slug)/"
            let share: [TemplateValue] = shareTargets.map { target in
                .map(
                    TemplateMap([
                        ("target", .string(target)), ("label", .string(target.capitalized)),
                        (
                            "url",
                            .string(
                                "https://share.example/\(target)?url=https%3A%2F%2Fexample.jp%2Fcity%2Fstaff%2F\(slug)%2F&text=%E4%BD%90%E8%97%A4"
                            )
                        ),
                    ]))
            }
            let page = TemplateMap([
                ("kind", .string("staff")), ("title", .string("佐藤 花子\(s)")),
                ("description", .string("仙北市役所 広報担当の佐藤 花子です。観光PRとSNS運用を担当しています。")),
                ("url", .string(base + "staff/\(slug)/")), ("permalink", .string(permalink)),
                ("section", .string("dept-\(s % 10)")),
                ("image", .map(TemplateMap([("src", .string("/images/staff/\(slug).jpg")), ("alt", .string("写真"))]))),
                (
                    "hashtags",
                    .list(
                        ["仙北市", "角館", "桜まつり", "秋田"].map { tag in
                            .map(TemplateMap([("name", .string(tag)), ("url", .string(base + "tags/\(tag)/"))]))
                        })
                ),
                ("share", .list(share)),
            ])
            pages.append((staff, page))
        }

        site = TemplateMap([
            ("title", .string("仙北市役所 職員紹介")), ("description", .string("仙北市役所の職員と部署の仕事を紹介します。")),
            ("base_url", .string("https://example.jp/city/")), ("language", .string("ja")),
            ("organization", .map(organization)), ("departments", .list(departments.map { .map($0) })),
            ("staff", .list(staffList.map { .map($0) })), ("posts", .list(posts.map { .map($0) })),
            (
                "build_date",
                .date(TemplateDate(year: 2024, month: 4, day: 1, utcOffsetSeconds: 9 * 3600, hasTime: false))
            ),
        ])
        staffPages = pages
    }
}

extension String {
    fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
