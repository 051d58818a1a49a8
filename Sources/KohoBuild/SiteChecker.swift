import Foundation
import KohoContent
import KohoDiagnostics
import KohoMarkdown
import KohoRender
import KohoSite

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
                    .warning, at: location, "the link to `\(link.destination)` was removed",
                    hint:
                        "only http(s), mailto and tel links and site paths are kept; `javascript:`, `vbscript:` and `data:` never are"
                )
            ]
        }
        if link.isImage && link.text.trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(
                Diagnostic(
                    .warning, at: location, "the image `\(link.destination)` has no alternative text",
                    hint: "describe what it shows: ![桜並木の写真](\(link.destination))"))
        }
        if let target = outputPath(of: url, relativeTo: body.pageURL), !exists(target) {
            let what = link.isImage ? "image" : "link"
            found.append(
                Diagnostic(
                    at: location, "broken \(what): `\(link.destination)` is not part of the site",
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
                    .warning, at: image.src.location, "`\(field)` has no `alt` text",
                    hint: "add `alt:` describing what the picture shows, for people who can't see it"))
        }
        let url = site.urls.basePath + (written.hasPrefix("/") ? String(written.dropFirst()) : written)
        if SafeLink.scheme(of: written) == nil, let target = outputPath(of: url, relativeTo: site.urls.basePath),
            !exists(target)
        {
            found.append(
                Diagnostic(
                    at: image.src.location, "image `\(written)` not found",
                    hint: "put the file at static/\(target), or fix the path"))
        }
        return found
    }

    // MARK: - Paths

    /// The output file a site URL points at, or nil for URLs outside the site (other hosts, `mailto:`).
    func outputPath(of url: String, relativeTo pageURL: String) -> String? {
        if SafeLink.scheme(of: url) != nil || url.hasPrefix("//") { return nil }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        if path.isEmpty { return nil }  // `#section`: the page itself
        if !path.hasPrefix("/") {
            // Relative to the page's folder (`../sato/`).
            path = resolveDots(pageURL + path)
        }
        let base = site.urls.basePath
        guard path.hasPrefix(base) else { return path }  // outside the base path: reported as broken
        var relative = String(path.dropFirst(base.count))
        relative = relative.removingPercentEncoding ?? relative
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        return relative
    }

    private func exists(_ target: String) -> Bool {
        outputPaths.contains(target) || outputPaths.contains(target + "/index.html")
    }

    private func suggestion(for target: String, isImage: Bool) -> String {
        let folder = isImage ? "static/" : ""
        if let near = NameSuggester.nearest(to: target, in: outputPaths) {
            let shown = near.hasSuffix("index.html") ? String(near.dropLast("index.html".count)) : near
            return "did you mean `/\(shown)`?"
        }
        return isImage
            ? "put the file at \(folder)\(target), or fix the path" : "check the path; site paths start with `/`"
    }

    private func resolveDots(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." {
                if parts.count > 1 { parts.removeLast() }
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
