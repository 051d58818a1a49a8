public import KohoURL

/// Where one output file lives: its root-relative URL, its absolute permalink and its path in the output
/// folder, made together from the same segments so they can never disagree.
public struct Route: Sendable, Hashable {
    /// Root-relative, percent-encoded, with the base path: `/city/tags/%E9%98%B2%E7%81%BD/`.
    public let url: String
    /// Absolute: `https://example.jp/city/tags/%E9%98%B2%E7%81%BD/`.
    public let permalink: String
    /// Relative to the output folder, in UTF-8 as written: `tags/防災/index.html`.
    public let outputPath: String

    /// A page in the folder made of `segments` (`["staff", "sato"]` → `/staff/sato/` and
    /// `staff/sato/index.html`), or, with `file`, that file in the folder (`feed.xml`).
    init(address: SiteAddress, folder segments: [String], file: String? = nil) {
        let folder = segments.filter { !$0.isEmpty }
        if let file {
            url = address.path(folder + [file], trailingSlash: false)
            outputPath = (folder + [file]).joined(separator: "/")
        } else {
            url = address.path(folder)
            outputPath = (folder + ["index.html"]).joined(separator: "/")
        }
        permalink = address.origin + url
    }
}
