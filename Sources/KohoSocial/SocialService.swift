/// A service a staff member, a department or the office has an account on (`social:` in front matter),
/// in the order DESIGN.md lists them: the one list content, render and check use.
public enum SocialService: String, Sendable, Hashable, CaseIterable {
    case x, instagram, facebook, bluesky, mastodon, threads, line, youtube, note, blog, website

    /// The profile page of `handle` (written without `@`), or nil when the handle has no such page (a
    /// Mastodon handle without its server). `encode` percent-encodes one path segment.
    public func profileURL(handle: String, encode: (String) -> String) -> String? {
        switch self {
        case .x: return "https://x.com/" + encode(handle)
        case .instagram: return "https://www.instagram.com/" + encode(handle) + "/"
        case .facebook: return "https://www.facebook.com/" + encode(handle)
        case .bluesky: return "https://bsky.app/profile/" + encode(handle)
        case .threads: return "https://www.threads.com/@" + encode(handle)
        case .line: return "https://line.me/R/ti/p/@" + encode(handle)
        case .youtube: return "https://www.youtube.com/@" + encode(handle)
        case .note: return "https://note.com/" + encode(handle)
        case .mastodon:
            // `user@instance` → https://instance/@user
            let parts = handle.split(separator: "@", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return "https://" + parts[1] + "/@" + encode(parts[0])
        case .blog, .website:
            // A host and path without a scheme.
            return "https://" + handle
        }
    }

    /// How the handle is shown: `@sato` where the service writes handles with `@`, else as written.
    public func displayHandle(_ handle: String) -> String {
        switch self {
        case .facebook, .note, .blog, .website: return handle
        default: return "@" + handle
        }
    }
}
