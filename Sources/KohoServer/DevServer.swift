import Foundation
import Hummingbird
public import KohoBuild
import KohoDiagnostics

/// `koho serve`: builds the site in memory, serves it on this machine, watches the sources and rebuilds on
/// every change; open pages reload themselves. A build error is shown in the browser (and on the terminal)
/// until it is fixed; the last good site is never written anywhere.
///
/// A rebuild reads only the files that changed and plans the site; pages are drawn when the browser asks for
/// them (``BuildSession``), so a saved profile is on the screen in a fraction of a second even on a site of
/// ten thousand pages.
public struct DevServer: Sendable {
    /// What to build; the base URL is replaced by the server's own address.
    public var options: BuildOptions
    public var host: String
    public var port: Int
    /// How often the sources are looked at for changes where the system cannot say (not Linux).
    public var pollInterval: Duration
    /// The language chosen for messages (`--lang`, `KOHO_LANG`); nil to speak the site's.
    public var language: Language?

    public init(
        options: BuildOptions, host: String = "127.0.0.1", port: Int = 1313, pollInterval: Duration = .milliseconds(300),
        language: Language? = nil
    ) {
        self.options = options
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.language = language
    }

    /// The address pages are served at, also the site's base URL while serving.
    public var address: String { "http://\(host):\(port)/" }

    /// Why `koho serve` could not start.
    public enum StartError: Error, CustomStringConvertible {
        /// Another program listens on the port.
        case portInUse(host: String, port: Int)

        /// What to tell the person, with what to do.
        public var diagnostic: Diagnostic {
            switch self {
            case .portInUse(let host, let port):
                return Diagnostic(
                    at: nil, Message(.servePortInUse, ["port": .text(String(port)), "host": .text(host)]),
                    hint: Message(.servePortInUseHint, ["next": .text(String(port + 1))]))
            }
        }

        /// The diagnostic in English, as `koho` prints it.
        public var description: String { DiagnosticFormatter.text(diagnostic) }
    }

    /// Throws ``StartError/portInUse(host:port:)`` when something already listens on the port: said once and
    /// plainly, before the first build, instead of a bind error after it.
    public func checkPort() throws(StartError) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else { return }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound != 0 && errno == EADDRINUSE { throw .portInUse(host: host, port: port) }
    }

    /// Builds, then serves until the task is cancelled or the process is stopped.
    public func run(log: @escaping @Sendable (String) -> Void) async throws {
        var buildOptions = options
        buildOptions.baseURL = address
        let site = ServedSite(source: options.source, language: language)
        let session = SessionQueue(options: buildOptions)
        let mailbox = ChangeMailbox()
        let address = address

        @Sendable func rebuild(_ change: SourceChange) async {
            await site.startBuilding()
            let start = ContinuousClock.now
            let (outcome, timings, processor) = await session.update(change)
            let elapsed = ContinuousClock.now - start
            switch outcome {
            case .success(let preview):
                await site.update(preview)
                let phases = timings.map { "\($0.phase) \(Self.milliseconds($0.duration))" }.joined(separator: ", ")
                let language = site.speaking(site: preview.language)
                // Each warning in full, as `koho build` prints them; the pages show them too.
                if !preview.warnings.isEmpty {
                    log(
                        DiagnosticFormatter.format(preview.warnings, as: .text, in: language)
                            + Message(.cliWarningCount, ["count": .number(preview.warnings.count)]).text(in: language))
                }
                log(
                    Message(.servePlanned, [
                        "pages": .number(preview.pageCount), "elapsed": .text(Self.milliseconds(elapsed)),
                        "phases": .text(phases), "processor": .text(Self.milliseconds(processor)),
                        "address": .text(address),
                    ]).text(in: language))
            case .failure(let error):
                await site.fail(error.diagnostics)
                let language = await site.failureSpeech
                log(
                    DiagnosticFormatter.format(error.diagnostics, as: .text, in: language)
                        + Message(.serveBuildFailed, ["address": .text(address)]).text(in: language))
            }
        }

        // Watching starts first: a file saved while the site is first built makes one more rebuild after it.
        let watcher = SourceWatcher(source: options.source)
        watcher.start(pollInterval: pollInterval) { mailbox.post($0) }
        await rebuild(.everything)
        let watching = Task.detached {
            for await _ in mailbox.signals {
                if let change = mailbox.take() { await rebuild(change) }
            }
        }
        defer {
            watching.cancel()
            watcher.stop()
        }

        let router = Router()
        @Sendable func respond(_ request: Request, _ context: BasicRequestContext) async -> Response {
            let path = request.uri.path.removingPercentEncoding ?? request.uri.path
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            return await site.response(for: path, query: query)
        }
        router.get("/", use: respond)
        router.get("**", use: respond)
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
        try await app.runService()
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}

/// The build session on a thread of its own: a rebuild keeps a core busy for a while, and must not hold up
/// the tasks that answer the browser. One update at a time, in the order asked.
final class SessionQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "koho.serve.build")
    /// Used only on `queue`.
    private let session: BuildSession

    init(options: BuildOptions) {
        session = BuildSession(options: options)
    }

    func update(
        _ change: SourceChange
    ) async -> (Result<PreviewSite, DiagnosticError>, [(phase: String, duration: Duration)], processor: Duration) {
        await withCheckedContinuation { continuation in
            queue.async {
                let outcome = Result { () throws(DiagnosticError) in try self.session.update(change) }
                continuation.resume(returning: (outcome, self.session.timings, self.session.processorTime))
            }
        }
    }
}

/// Changes waiting for a rebuild, merged: those that come in while one runs make one rebuild after it.
final class ChangeMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: SourceChange?
    private let continuation: AsyncStream<Void>.Continuation
    /// Yields when changes are waiting.
    let signals: AsyncStream<Void>

    init() {
        (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func post(_ change: SourceChange) {
        lock.withLock { pending = pending.map { $0.merged(with: change) } ?? change }
        continuation.yield()
    }

    /// The waiting changes, and then none are waiting.
    func take() -> SourceChange? {
        lock.withLock {
            defer { pending = nil }
            return pending
        }
    }
}
