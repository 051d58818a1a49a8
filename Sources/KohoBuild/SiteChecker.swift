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

    // MARK: - The picture a shared link shows

    /// A warning for each page whose `og:image` or `twitter:image` is not a raster picture (an SVG: X,
    /// Facebook and LINE show none) — what a theme without cards, or one that names the logo itself, makes.
    /// Read from the pages as built, so it holds whatever the theme's layouts write.
    static func vectorShareImages(in files: [OutputFile]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for file in files where file.path.hasSuffix(".html") {
            guard case .bytes(let bytes) = file.contents else { continue }
            let html = String(decoding: bytes, as: UTF8.self)
            guard let head = html.range(of: "</head>").map({ html[..<$0.lowerBound] }) else { continue }
            var seen = Set<String>()
            for marker in [#"property="og:image" content=""#, #"name="twitter:image" content=""#] {
                var rest = head[...]
                while let start = rest.range(of: marker) {
                    let value = rest[start.upperBound...].prefix(while: { $0 != "\"" })
                    rest = rest[start.upperBound...]
                    let image = String(value)
                    guard !ContentImage.isRaster(image), seen.insert(image).inserted else { continue }
                    found.append(
                        Diagnostic(
                            .warning, at: nil,
                            Message(.checkShareImageSVG, ["page": .text(file.path), "image": .code(image)]),
                            hint: Message(.checkShareImageSVGHint)))
                }
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
