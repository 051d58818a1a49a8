/// A network a page can be shared to, with the form and limit of the text it takes.
public enum ShareNetwork: String, Sendable, Hashable, CaseIterable {
    case x, facebook, line, bluesky, mastodon, threads, linkedin, hatena, email

    /// How much text the network takes, and how it is counted.
    public var limit: ShareLimit {
        switch self {
        case .x: return .weighted(280)
        case .bluesky: return .graphemes(300)
        case .mastodon: return .graphemesWithLinksAs23(500)
        case .threads: return .graphemes(500)
        case .facebook, .linkedin, .hatena: return .urlOnly
        case .line, .email: return .unlimited
        }
    }
}

/// How a network limits the text of a share.
public enum ShareLimit: Sendable, Hashable {
    /// Only the URL is passed; the network reads the page's own title.
    case urlOnly
    /// No limit worth fitting to.
    case unlimited
    /// twitter-text v3 weighted characters, a URL counting 23.
    case weighted(Int)
    /// Grapheme clusters (what a person sees as one character), URLs counted in full.
    case graphemes(Int)
    /// Grapheme clusters, each URL counting 23 (Mastodon).
    case graphemesWithLinksAs23(Int)
}
