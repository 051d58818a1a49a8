import Foundation
import Hummingbird
import KohoBuild
import KohoContent
import KohoDiagnostics

/// The site being served: the last good build (planned, its pages drawn when asked for), or the errors of
/// the last failed one; a version number that open pages watch to know when to reload, and whether a
/// rebuild is under way, so a page can say so.
actor ServedSite {
    let source: String
    private var site: PreviewSite?
    private var failure: [Diagnostic]?
    /// The language of site.yml when the build failed, if it could be read.
    private var failureLanguage: String?
    /// `--lang` or `KOHO_LANG`, over the site's own language.
    let chosenLanguage: Language?
    private var version = 0
    private var building = false
    /// Changes whenever the version or `building` does: what a waiting page compares with.
    private var serial = 1
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    /// How long a page's question about the status is kept waiting for a change before it is answered.
    static let longestWait: Duration = .seconds(25)

    init(source: String, language: Language? = nil) {
        self.source = source
        self.chosenLanguage = language
    }

    /// The language pages and the terminal speak in: the one chosen for the run, else the site's `language`,
    /// else the environment's locale.
    nonisolated func speaking(site tag: String?) -> Language {
        Language.choose(option: chosenLanguage?.rawValue, environment: ProcessInfo.processInfo.environment, site: tag)
    }

    /// A rebuild started: open pages may show that it is under way.
    func startBuilding() {
        building = true
        changed()
    }

    func update(_ site: PreviewSite) {
        let previous = self.site
        self.site = site
        failure = nil
        finished()
        // Letting a large site's values go takes a while: later, off the actor, after the pages that reload
        // now have been drawn.
        Task.detached(priority: .background) {
            try? await Task.sleep(for: .seconds(2))
            withExtendedLifetime(previous) {}
        }
    }

    func fail(_ diagnostics: [Diagnostic]) {
        failure = diagnostics
        // The error page speaks the site's language when site.yml can be read, even before a good build.
        failureLanguage = ContentLoader(fileSystem: LocalFileSystem(root: source)).writtenLanguage()
        finished()
    }

    /// The language to speak in about the failed build.
    var failureSpeech: Language { speaking(site: failureLanguage ?? site?.language) }

    private func finished() {
        building = false
        version += 1
        changed()
    }

    private func changed() {
        serial += 1
        for waiter in waiters.values { waiter.resume() }
        waiters = [:]
    }

    /// The status as JSON, once it differs from the one whose serial is `seen` (at once when it already
    /// does), or after ``longestWait``: `{"serial":4,"version":2,"building":false,"label":"Rebuilding…"}`.
    func status(after seen: Int?) async -> String {
        if seen == serial {
            let id = nextWaiter
            nextWaiter += 1
            await withCheckedContinuation { continuation in
                waiters[id] = continuation
                Task {
                    try? await Task.sleep(for: Self.longestWait)
                    self.timeOut(id)
                }
            }
        }
        let label = Message(.serveRebuilding).text(in: speaking(site: site?.language))
        return "{\"serial\":\(serial),\"version\":\(version),\"building\":\(building),\"label\":\"\(label)\"}"
    }

    private func timeOut(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }

    private func state() -> (site: PreviewSite?, failure: [Diagnostic]?, version: Int) {
        (site, failure, version)
    }

    /// The response for a request path (already percent-decoded) and its query. Pages are drawn outside the
    /// actor, so requests do not wait for each other.
    nonisolated func response(for path: String, query: [String: String] = [:]) async -> Response {
        switch path {
        case "/__koho/version":
            return Self.make(.ok, "text/plain; charset=utf-8", Array(String(await state().version).utf8))
        case "/__koho/status":
            let json = await status(after: query["since"].flatMap { Int($0) })
            return Self.make(.ok, "application/json", Array(json.utf8))
        case "/__koho/reload.js":
            return Self.make(.ok, "text/javascript; charset=utf-8", Array(LiveReload.script.utf8))
        default:
            break
        }
        let (site, failure, version) = await state()
        let target = Self.outputPath(for: path)
        // While the build is broken, every page shows the errors (assets still come from the last good build).
        let isPage =
            target.map { $0.hasSuffix(".html") || !($0.split(separator: "/").last ?? "").contains(".") } ?? true
        if let failure, isPage {
            return errorPage(failure, version: version, language: await failureLanguage ?? site?.language)
        }
        var found: (path: String, contents: OutputFile.Contents)?
        do throws(DiagnosticError) {
            for candidate in target.map({ [$0, $0 + "/index.html"] }) ?? [] {
                if let contents = try site?.file(candidate) {
                    found = (candidate, contents)
                    break
                }
            }
        } catch {
            return errorPage(error.diagnostics, version: version, language: site?.language)
        }
        guard let found, let bytes = read(found.contents, path: found.path) else {
            let notFound = (try? site?.file("404.html")).flatMap { $0 }.flatMap { read($0, path: "404.html") } ?? Array("Not found".utf8)
            return Self.make(.notFound, "text/html; charset=utf-8", LiveReload.inject(into: notFound, version: version))
        }
        let type = ContentType.of(found.path)
        let banner = site.map { WarningBanner.html($0.warnings, language: speaking(site: $0.language)) } ?? []
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes, version: version, before: banner) : bytes
        return Self.make(.ok, type, body)
    }

    /// The errors in the site's language (site.yml's, else the last good build's, else the environment's `LANG`).
    private nonisolated func errorPage(_ diagnostics: [Diagnostic], version: Int, language: String?) -> Response {
        let language = speaking(site: language)
        return Self.make(
            .internalServerError, "text/html; charset=utf-8",
            LiveReload.inject(into: ErrorPage.html(diagnostics, language: language), version: version))
    }

    private nonisolated func read(_ contents: OutputFile.Contents, path: String) -> [UInt8]? {
        switch contents {
        case .bytes(let bytes): return bytes
        case .copy(let path): return try? LocalFileSystem(root: source).read(path)
        case .image(let image): return try? image.bytes(of: path)
        // The server builds in memory (`plan()`): nothing of its is written out.
        case .written: return nil
        }
    }

    /// `/staff/sato/` → `staff/sato/index.html`; nil for paths that try to leave the site.
    static func outputPath(for path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.contains("..") || parts.contains(".") { return nil }
        if path.hasSuffix("/") || parts.isEmpty { parts.append("index.html") }
        return parts.joined(separator: "/")
    }

    private static func make(_ status: HTTPResponse.Status, _ type: String, _ bytes: [UInt8]) -> Response {
        Response(
            status: status,
            headers: [.contentType: type, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Content types by file extension, for what a site holds.
enum ContentType {
    static func of(_ path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}

/// The script that makes served pages reload after a rebuild. It asks the server for its status and is
/// answered when the status changes (a long poll): when a rebuild has run for more than 100 ms it shows a
/// "rebuilding…" sign in the site's language, and when the build is done — good or failed — it reloads the
/// page. Only `koho serve` adds it; built sites never carry it.
enum LiveReload {
    static let script = """
        (function () {
          var tag = document.currentScript;
          var page = tag && tag.getAttribute("data-version") !== null ? Number(tag.getAttribute("data-version")) : null;
          var sign = null, timer = null;
          function show(label) {
            timer = null;
            sign = document.createElement("div");
            sign.setAttribute("role", "status");
            sign.textContent = label;
            sign.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:2147483647;padding:.5rem 1rem;" +
              "border-radius:.5rem;background:#1a1a1a;color:#fff;font:15px/1.5 system-ui,sans-serif;" +
              "box-shadow:0 2px 8px rgba(0,0,0,.3)";
            document.body.appendChild(sign);
          }
          function hide() {
            if (timer) { clearTimeout(timer); timer = null; }
            if (sign) { sign.remove(); sign = null; }
          }
          function ask(serial) {
            fetch("/__koho/status?since=" + serial, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
              if (page === null) page = s.version;
              if (s.building) {
                if (!timer && !sign) timer = setTimeout(function () { show(s.label); }, 100);
              } else if (s.version !== page) {
                location.reload();
                return;
              } else {
                hide();
              }
              ask(s.serial);
            }, function () { setTimeout(function () { ask(0); }, 1000); });
          }
          ask(0);
        })();
        """

    /// `html` with the script (after `extra`, when given) before `</body>`, told the build `version` the page
    /// comes from.
    static func inject(into html: [UInt8], version: Int, before extra: [UInt8] = []) -> [UInt8] {
        let tag = extra + Array("<script src=\"/__koho/reload.js\" data-version=\"\(version)\"></script>\n".utf8)
        let close = Array("</body>".utf8)
        if let end = lastRange(of: close, in: html) {
            return Array(html[..<end]) + tag + Array(html[end...])
        }
        return html + tag
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle { return i }
            i -= 1
        }
        return nil
    }
}


/// The page shown instead of the site while the build has errors: in the site's language, readable on a phone
/// (viewport, wrapped lines) and in dark mode.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic], language: Language = .english) -> [UInt8] {
        let text = DiagnosticFormatter.format(diagnostics, as: .text, in: language)
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let count = diagnostics.filter { $0.severity == .error }.count
        let title = Message(.serveErrorTitle, ["count": .number(count)]).text(in: language)
        let advice = Message(.serveErrorAdvice).text(in: language)
        return Array(
            """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark"><title>\(title) – koho</title>
            <style>body{font:16px/1.6 system-ui,sans-serif;margin:1rem auto;padding:0 1rem;max-width:60rem;color:#1a1a1a;background:#fff}pre{background:#fff4f4;border-left:4px solid #b3261e;padding:1rem;white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.5 ui-monospace,monospace}@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}pre{background:#2a1a1a;border-left-color:#ff8a80}}</style>
            </head><body><h1>\(title)</h1>
            <p>\(advice)</p>
            <pre>\(escaped)</pre>
            </body></html>
            """.utf8)
    }
}

/// The warnings of the site, on every page `koho serve` shows: a box in a corner that opens to list them, so
/// the person editing sees a missing photo or a misspelt field without running `koho check`. Built sites never
/// carry it.
enum WarningBanner {
    /// The box for `warnings` in `language`; nothing when there are none.
    static func html(_ warnings: [Diagnostic], language: Language) -> [UInt8] {
        guard !warnings.isEmpty else { return [] }
        let summary = Message(.serveWarningsBanner, ["count": .number(warnings.count)]).text(in: language)
        let text = DiagnosticFormatter.format(warnings, as: .text, in: language)
        return Array(
            """
            <aside id="koho-warnings" lang="\(language.rawValue)" style="position:fixed;left:1rem;bottom:1rem;z-index:2147483646;max-width:min(40rem,calc(100vw - 2rem));max-height:70vh;overflow:auto;padding:.5rem 1rem;border-radius:.5rem;background:#fff8e1;color:#1a1a1a;border:2px solid #8a6d00;font:15px/1.5 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)"><details><summary style="cursor:pointer;font-weight:bold">\(escaped(summary))</summary><pre style="white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,monospace;margin:.5rem 0 0">\(escaped(text))</pre></details></aside>

            """.utf8)
    }

    private static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
