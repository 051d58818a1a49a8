import Testing

@testable import KohoSocial

/// The exact share URL of each network, and what happens without a Mastodon instance.
@Suite struct ShareLinkBuilderTests {
    static let title = "春の桜まつり & 花火 | 100% #1"
    static let permalink = "https://example.jp/city/posts/sakura/"
    static let tags = ["架空市", "Sakura"]

    @Test(arguments: [
        (
            ShareNetwork.x,
            "https://x.com/intent/tweet?text=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231&url=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F&hashtags=%E6%9E%B6%E7%A9%BA%E5%B8%82,Sakura"
        ),
        (.facebook, "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F"),
        (
            .line,
            "https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F&text=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231"
        ),
        (
            .bluesky,
            "https://bsky.app/intent/compose?text=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231%20https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F%20%23%E6%9E%B6%E7%A9%BA%E5%B8%82%20%23Sakura"
        ),
        (
            .mastodon,
            "https://social.example/share?text=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231%20https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F%20%23%E6%9E%B6%E7%A9%BA%E5%B8%82%20%23Sakura"
        ),
        (
            .threads,
            "https://www.threads.com/intent/post?text=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231%20%23%E6%9E%B6%E7%A9%BA%E5%B8%82%20%23Sakura&url=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F"
        ),
        (
            .linkedin,
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F"
        ),
        (.hatena, "https://b.hatena.ne.jp/entry/panel/?url=https%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F"),
        (
            .email,
            "mailto:?subject=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231&body=%E6%98%A5%E3%81%AE%E6%A1%9C%E3%81%BE%E3%81%A4%E3%82%8A%20%26%20%E8%8A%B1%E7%81%AB%20%7C%20100%25%20%231%0D%0Ahttps%3A%2F%2Fexample.jp%2Fcity%2Fposts%2Fsakura%2F"
        ),
    ])
    func exactURL(_ network: ShareNetwork, _ expected: String) {
        let builder = ShareLinkBuilder(mastodonInstance: "social.example")
        #expect(
            builder.url(for: network, title: Self.title, permalink: Self.permalink, hashtags: Self.tags) == expected)
    }

    @Test func mastodonWithoutInstance() {
        let none = ShareLinkBuilder()
        #expect(none.url(for: .mastodon, title: "a", permalink: "https://example.jp/", hashtags: []) == nil)
        let page = ShareLinkBuilder(mastodonSharePage: "https://example.jp/share/mastodon/")
        #expect(
            page.url(for: .mastodon, title: "a", permalink: "https://example.jp/", hashtags: [])
                == "https://example.jp/share/mastodon/?text=a%20https%3A%2F%2Fexample.jp%2F")
    }

    @Test func noTrackingParameters() {
        let builder = ShareLinkBuilder(mastodonInstance: "social.example")
        for network in ShareNetwork.allCases {
            let url = builder.url(for: network, title: "t", permalink: "https://example.jp/", hashtags: []) ?? ""
            #expect(!url.contains("utm_"), "\(network)")
        }
    }
}
