import Foundation
import KohoContent
import KohoDiagnostics
import KohoMarkdown
import KohoRender
import KohoSite
import KohoURL

/// What `koho check` adds to the build's own checks: links and images in Markdown bodies that lead nowhere,
/// images without alternative text and unsafe links that were dropped — each reported at the place it was
/// written. (Images named in front matter are the build's own check: ``FrontMatterImages``.)
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

    // MARK: - Paths

    /// The output file a URL on the page at `pageURL` points at (see ``SiteRoutes/outputPath(ofLink:from:)``).
    func outputPath(of url: String, relativeTo pageURL: String) -> String? {
        site.routes.outputPath(ofLink: url, from: pageURL)
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
