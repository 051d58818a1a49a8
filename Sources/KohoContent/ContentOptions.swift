/// Choices a build makes about what to load.
public struct ContentOptions: Sendable {
    /// Load entries marked `draft: true` (`koho build --drafts`).
    public var includeDrafts = false
    /// A base URL that replaces `base_url` from site.yml (`koho build --base-url`).
    public var baseURLOverride: String? = nil

    /// Options with the given choices; the defaults leave drafts out and keep site.yml's base URL.
    public init(includeDrafts: Bool = false, baseURLOverride: String? = nil) {
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
    }
}
