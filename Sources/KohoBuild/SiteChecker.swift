import Foundation
import KohoContent
import KohoDiagnostics
import KohoMarkdown
import KohoRender
import KohoSite
import KohoURL

/// What `koho check` adds to the build's own checks: links inside the site that lead nowhere, images that
/// are missing, images without alternative text and unsafe links that were dropped — each reported at the
/// place it was written.
struct SiteChecker {
    let site: Site
    /// Every path the build writes (`staff/sato/index.html`, `images/a.png`).
    let outputPaths: Set<String>

    func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for body in site.bodyLinks {
            for link in body.links {
                found += check(link, in: body)
            }
        }
        for member in site.staff {
            found += check(image: member.entry.photo, field: "photo")
        }
        for post in site.posts {
            found += check(image: post.entry.image, field: "image")
        }
        return found
    }

    // MARK: - Markdown links and images

    private func check(_ link: MarkdownLink, in body: BodyLinks) -> [Diagnostic] {
        let location = SourceLocation(path: body.path, position: link.position)
        var found: [Diagnostic] = []
        guard let url = link.url else {
            return [
                Diagnostic(
                    .warning, at: location, Message(.checkLinkRemoved, ["destination": .code(link.destination)]),
                    hint: Message(.checkLinkRemovedHint))
            ]
        }
        if link.isImage && link.text.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(
                Diagnostic(
                    .warning, at: location, Message(.checkImageNoAltText, ["destination": .code(link.destination)]),
                    hint: Message(.checkImageNoAltTextHint, ["destination": .text(link.destination)])))
        }
        if let target = outputPath(of: url, relativeTo: body.pageURL), !exists(target) {
            let broken: MessageKey = link.isImage ? .checkBrokenImage : .checkBrokenLink
            found.append(
                Diagnostic(
                    at: location, Message(broken, ["destination": .code(link.destination)]),
                    hint: suggestion(for: target, isImage: link.isImage)))
        }
        return found
    }

    // MARK: - Front-matter images

    private func check(image: ContentImage?, field: String) -> [Diagnostic] {
        guard let image else { return [] }
        var found: [Diagnostic] = []
        let written = image.src.value
        if (image.alt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(
                Diagnostic(
                    .warning, at: image.src.location, Message(.checkFieldNoAlt, ["field": .code(field)]),
                    hint: Message(.checkFieldNoAltHint)))
        }
        if let url = site.links.resolve(written, scope: .siteRoot), let target = outputPath(of: url, relativeTo: site.address.basePath),
            !exists(target)
        {
            found.append(
                Diagnostic(
                    at: image.src.location, Message(.checkImageNotFound, ["path": .code(written)]),
                    hint: Message(.checkBrokenImageHint, ["target": .text(target)])))
        }
        return found
    }

    // MARK: - Paths

    /// The output file a URL on the page at `pageURL` points at, or nil for URLs that leave the site or stay
    /// on the page (other hosts, `mailto:`, `#section`). A path outside the base path is returned as it is,
    /// so it is reported as broken.
    func outputPath(of url: String, relativeTo pageURL: String) -> String? {
        switch LinkReference(url) {
        case .withScheme, .networkPath, .fragment, .query, .empty: return nil
        case .rootRelative, .relative: break
        }
        // Resolved as the browser will (`../sato/` from the page's folder), then read back through the routes.
        let absolute = site.address.absolute(url, from: site.address.origin + pageURL)
        let path = String(absolute.dropFirst(site.address.origin.count))
        return site.routes.outputPath(forURL: path) ?? path
    }

    private func exists(_ target: String) -> Bool {
        outputPaths.contains(target) || outputPaths.contains(target + "/index.html")
    }

    private func suggestion(for target: String, isImage: Bool) -> Message {
        if let near = NameSuggester.nearest(to: target, in: outputPaths) {
            let shown = near.hasSuffix("index.html") ? String(near.dropLast("index.html".count)) : near
            return Message(.suggestDidYouMean, ["name": .code("/" + shown)])
        }
        return isImage ? Message(.checkBrokenImageHint, ["target": .text(target)]) : Message(.checkBrokenLinkHint)
    }
}
