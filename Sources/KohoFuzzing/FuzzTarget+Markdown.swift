import KohoMarkdown
import KohoURL

/// A Markdown body rendered as `koho build` renders one: hashtags linked, a base path, the link policy on.
enum FuzzMarkdown {
    static let address = SiteAddress("https://example.jp/city/") ?? .localhost
    static let renderer = MarkdownRenderer(
        options: MarkdownOptions(links: LinkPolicy(address: address), tagURL: { address.path(["tags", $0.key]) }))

    static func run(_ bytes: [UInt8]) {
        let text = FuzzTarget.text(bytes)
        let rendered = renderer.render(text, lineOffset: 4)
        for link in rendered.links {
            FuzzCheck.expect(link.position.line > 4 && link.position.column >= 1, "link at \(link.position)")
            if let url = link.url {
                let scheme = url.prefix(while: { $0 != ":" }).lowercased()
                FuzzCheck.expect(
                    !["javascript", "vbscript", "data"].contains(scheme), "a script link was kept: \(url)")
            }
        }
        for heading in rendered.headings {
            FuzzCheck.expect((1...6).contains(heading.level), "heading level \(heading.level)")
        }
    }
}
