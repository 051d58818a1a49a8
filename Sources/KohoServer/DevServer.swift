import Foundation
import Hummingbird
public import KohoBuild
import KohoDiagnostics

/// `koho serve`: builds the site in memory, serves it on this machine, watches the sources and rebuilds on
/// every change; open pages reload themselves. A build error is shown in the browser (and on the terminal)
/// until it is fixed; the last good site is never written anywhere.
public struct DevServer: Sendable {
    /// What to build; the base URL is replaced by the server's own address.
    public var options: BuildOptions
    public var host: String
    public var port: Int
    /// How often the sources are looked at for changes.
    public var pollInterval: Duration

    public init(
        options: BuildOptions, host: String = "127.0.0.1", port: Int = 1313, pollInterval: Duration = .milliseconds(400)
    ) {
        self.options = options
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// The address pages are served at, also the site's base URL while serving.
    public var address: String { "http://\(host):\(port)/" }

    /// Builds, then serves until the task is cancelled or the process is stopped.
    public func run(log: @escaping @Sendable (String) -> Void) async throws {
        var buildOptions = options
        buildOptions.baseURL = address
        buildOptions.includeFuture = options.includeFuture
        let site = ServedSite(source: options.source)
        let watcher = SourceWatcher(source: options.source)
        let builder = SiteBuilder(options: buildOptions)

        @Sendable func rebuild() async {
            let start = ContinuousClock.now
            let outcome: Result<BuildReport, DiagnosticError> = Result { () throws(DiagnosticError) in
                try builder.plan()
            }
            let seconds = (ContinuousClock.now - start).formatted(
                .units(allowed: [.seconds, .milliseconds], width: .narrow))
            switch outcome {
            case .success(let report):
                await site.update(report)
                log("built \(report.pageCount) pages in \(seconds); serving at \(address)")
            case .failure(let error):
                await site.fail(error.diagnostics)
                log(
                    DiagnosticFormatter.format(error.diagnostics, as: .text)
                        + "build failed; the browser shows the errors until they are fixed")
            }
        }

        var fingerprint = watcher.fingerprint()
        await rebuild()
        let interval = pollInterval
        let watching = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = watcher.fingerprint()
                if now != fingerprint {
                    fingerprint = now
                    await rebuild()
                }
            }
        }
        defer { watching.cancel() }

        let router = Router()
        @Sendable func respond(_ request: Request, _ context: BasicRequestContext) async -> Response {
            let path = request.uri.path.removingPercentEncoding ?? request.uri.path
            return await site.response(for: path)
        }
        router.get("/", use: respond)
        router.get("**", use: respond)
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
        try await app.runService()
    }
}
