/// Bounds on what one YAML document may expand to, so a hostile or broken file fails fast.
///
/// Aliases make a small text stand for a huge tree ("billion laughs"); counting every node a document
/// produces, alias expansions included, keeps reading time and memory proportional to what is allowed.
public struct YAMLLimits: Sendable, Hashable {
    /// The most nodes one document may produce, counting every node an alias expands to.
    public var maxNodes: Int
    /// The deepest nesting of lists and mappings, counting levels reached through aliases.
    public var maxDepth: Int

    /// Limits with the given bounds.
    public init(maxNodes: Int = 100_000, maxDepth: Int = 200) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// 100 000 nodes and 200 levels: far beyond any front matter or data file a person writes.
    public static let `default` = YAMLLimits()
}
