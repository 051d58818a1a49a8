/// The one rule for links written in content and layouts: which are kept, and how each is written out.
///
/// The same reference gives the same answer whether it is a Markdown link or image, a front-matter URL or
/// a value in a layout's `href`/`src`:
/// - a scheme outside ``allowedSchemes`` (`javascript:`, `vbscript:`, `data:`, `file:`, in any spelling
///   a browser accepts) is dropped;
/// - a root-relative path (`/x`) gets the base path, unless it already has it (``SiteAddress/rebased(_:)``);
/// - `//host/x`, `#a`, `?q` and allowed absolute URLs are kept as written;
/// - characters no URL may hold (a space in a file name) are percent-encoded
///   (``PercentEncoding/escapeIllegal(_:)``);
/// - a relative path (`x`, `../x`) is kept as written where it is read on one page (a body, a layout), and
///   taken from the site's root where the same value shows on many pages (a front-matter field, `rel_url`):
///   ``Scope``.
public struct LinkPolicy: Sendable, Hashable {
    /// Schemes that open a page, a mail, a call or a calendar, and can never run script in the page.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel", "sms", "ftp", "webcal", "geo"]

    /// Where a relative path is read from.
    public enum Scope: Sendable, Hashable {
        /// The page it is written on: a Markdown body, a layout's attribute.
        case page
        /// The site's root: a front-matter field or a `rel_url`/`abs_url` value, shown on many pages.
        case siteRoot
    }

    /// The site the links are on.
    public let address: SiteAddress

    public init(address: SiteAddress) {
        self.address = address
    }

    /// `written` ready for an `href` or `src` on the site, or nil when it must be dropped.
    public func resolve(_ written: String, scope: Scope) -> String? {
        kept(written, scope: scope).map(PercentEncoding.escapeIllegal)
    }

    /// ``resolve(_:scope:)`` before characters no URL may hold are encoded.
    private func kept(_ written: String, scope: Scope) -> String? {
        let trimmed = written.trimmingURLSpace()
        switch LinkReference(written) {
        case .withScheme(let scheme):
            return Self.allowedSchemes.contains(scheme) ? trimmed : nil
        case .rootRelative:
            return address.rebased(trimmed)
        case .empty where scope == .siteRoot:
            // Nothing, from the site's root, is the site's home.
            return address.basePath
        case .relative where scope == .siteRoot:
            // `..` cannot climb above the site's root.
            return address.rebased(URLResolution.removeDotSegments("/" + trimmed))
        case .empty, .networkPath, .fragment, .query, .relative:
            return trimmed
        }
    }

    /// `written` as an absolute URL (feeds, sitemaps, share links, `abs_url`), read on the page at
    /// `document`; nil when it must be dropped.
    public func absolute(_ written: String, scope: Scope, from document: String? = nil) -> String? {
        resolve(written, scope: scope).map { address.absolute($0, from: document) }
    }

    /// True when `written` is dropped by every scope: its scheme is not allowed.
    public static func isDropped(_ written: String) -> Bool {
        LinkReference.scheme(of: written).map { !allowedSchemes.contains($0) } ?? false
    }
}
