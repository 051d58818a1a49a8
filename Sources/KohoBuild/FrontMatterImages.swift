import Foundation
import KohoContent
import KohoDiagnostics
import KohoSite
import KohoURL

/// Images named in front matter (`photo:` of a staff member, `image:` of a post) must be files of the site: a
/// typo is an error at the field, found while the content is loaded — with the other mistakes of the same run,
/// by `koho build`, `koho check` and `koho serve` alike — rather than a broken picture on the published page.
/// A missing `alt` is a warning at the same place.
struct FrontMatterImages {
    /// The site's address, for reading an image's URL back to the file it names.
    let routes: SiteRoutes
    /// How a written path becomes a URL of the site.
    let links: LinkPolicy
    /// Every file copied into the output as it is: static files and theme assets, by output path.
    let files: Set<String>

    init(address: SiteAddress, files: Set<String>) {
        self.routes = SiteRoutes(address: address)
        self.links = LinkPolicy(address: address)
        self.files = files
    }

    /// The problems of every front-matter image in `content`.
    func diagnostics(_ content: LoadedContent) -> [Diagnostic] {
        check(content.site.shareImage, field: "share_image", needsAlt: false)
            + content.staff.flatMap { check($0.photo, field: "photo") } + content.posts.flatMap { check($0.image, field: "image") }
    }

    private func check(_ image: ContentImage?, field: String, needsAlt: Bool = true) -> [Diagnostic] {
        guard let image else { return [] }
        var found: [Diagnostic] = []
        if needsAlt, (image.alt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(
                Diagnostic(
                    .warning, at: image.src.location, Message(.checkFieldNoAlt, ["field": .code(field)]),
                    hint: Message(.checkFieldNoAltHint)))
        }
        let written = image.src.value
        if let url = links.resolve(written, scope: .siteRoot),
            let target = routes.outputPath(ofLink: url, from: routes.address.basePath), !files.contains(target)
        {
            found.append(
                Diagnostic(
                    at: image.src.location, Message(.checkImageNotFound, ["path": .code(written)]),
                    hint: Message(.checkBrokenImageHint, ["target": .text(target)])))
        }
        return found
    }
}

extension SiteRoutes {
    /// The output file a URL on the page at `pageURL` points at, or nil for URLs that leave the site or stay
    /// on the page (other hosts, `mailto:`, `#section`). A path outside the base path is returned as it is,
    /// so it is reported as broken.
    func outputPath(ofLink url: String, from pageURL: String) -> String? {
        switch LinkReference(url) {
        case .withScheme, .networkPath, .fragment, .query, .empty: return nil
        case .rootRelative, .relative: break
        }
        // Resolved as the browser will (`../sato/` from the page's folder), then read back through the routes.
        let absolute = address.absolute(url, from: address.origin + pageURL)
        let path = String(absolute.dropFirst(address.origin.count))
        return outputPath(forURL: path) ?? path
    }
}
