import Foundation
import Hummingbird
import KohoBuild
import KohoContent
import KohoDiagnostics

/// The site being served: the files of the last good build, or the errors of the last failed one, and a
/// version number that open pages watch to know when to reload.
actor ServedSite {
    let source: String
    private var files: [String: OutputFile] = [:]
    private var failure: [Diagnostic]?
    private var version = 0

    init(source: String) {
        self.source = source
    }

    func update(_ report: BuildReport) {
        files = Dictionary(report.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        failure = nil
        version += 1
    }

    func fail(_ diagnostics: [Diagnostic]) {
        failure = diagnostics
        version += 1
    }

    /// The response for a request path (already percent-decoded).
    func response(for path: String) -> Response {
        switch path {
        case "/__koho/version":
            return Self.make(.ok, "text/plain; charset=utf-8", Array(String(version).utf8))
        case "/__koho/reload.js":
            return Self.make(.ok, "text/javascript; charset=utf-8", Array(LiveReload.script.utf8))
        default:
            break
        }
        let target = Self.outputPath(for: path)
        // While the build is broken, every page shows the errors (assets still come from the last good build).
        let isPage =
            target.map { $0.hasSuffix(".html") || !($0.split(separator: "/").last ?? "").contains(".") } ?? true
        if let failure, isPage {
            return Self.make(
                .internalServerError, "text/html; charset=utf-8", LiveReload.inject(into: ErrorPage.html(failure)))
        }
        guard let target, let file = files[target] ?? files[target + "/index.html"], let bytes = read(file) else {
            let notFound = files["404.html"].flatMap(read) ?? Array("Not found".utf8)
            return Self.make(.notFound, "text/html; charset=utf-8", LiveReload.inject(into: notFound))
        }
        let type = ContentType.of(file.path)
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes) : bytes
        return Self.make(.ok, type, body)
    }

    private func read(_ file: OutputFile) -> [UInt8]? {
        switch file.contents {
        case .bytes(let bytes): return bytes
        case .copy(let path): return try? LocalFileSystem(root: source).read(path)
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

/// The script that makes served pages reload after a rebuild: it asks for the build version and reloads
/// when it changes. Only `koho serve` adds it; built sites never carry it.
enum LiveReload {
    static let script = """
        (function () {
          var seen = null;
          function check() {
            fetch("/__koho/version", { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (v) {
              if (seen !== null && v !== seen) { location.reload(); return; }
              seen = v;
              setTimeout(check, 500);
            }, function () { setTimeout(check, 1000); });
          }
          check();
        })();
        """

    static func inject(into html: [UInt8]) -> [UInt8] {
        let tag = Array("<script src=\"/__koho/reload.js\"></script>\n".utf8)
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

/// The page shown instead of the site while the build has errors.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic]) -> [UInt8] {
        let text = DiagnosticFormatter.format(diagnostics, as: .text)
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let count = diagnostics.filter { $0.severity == .error }.count
        return Array(
            """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Build failed – koho</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}pre{background:#fff4f4;border-left:4px solid #b3261e;padding:1rem;overflow:auto;font:14px/1.5 ui-monospace,monospace}</style>
            </head><body><h1>The build failed (\(count) error\(count == 1 ? "" : "s"))</h1>
            <p>Fix the files below; this page reloads when the site builds again.</p>
            <pre>\(escaped)</pre>
            </body></html>
            """.utf8)
    }
}
