import ArgumentParser
import Foundation
import KohoBuild
import KohoContent
import KohoServer
import KohoDiagnostics
import KohoURL

/// `koho`: build an office's staff, departments and activity posts into a static site.
@main
struct Koho: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "koho",
        abstract: "Build a site of an office's staff, departments and activity posts.",
        version: version,
        subcommands: [Build.self, Check.self, New.self, Serve.self],
        defaultSubcommand: Build.self
    )

    /// Exit codes: 0 success, 1 content or template errors, 2 usage errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // argument-parser exits 64 for usage errors; Koho promises 2.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The options `build` and `check` share: which site, and what to include.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site's folder (default: the current folder, or the nearest folder above it with site.yml).")
    var source: String?

    @Flag(help: "Include entries marked `draft: true`.")
    var drafts = false

    @Flag(help: "Include posts dated in the future.")
    var future = false

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yml's `base_url`.")
    var baseURL: String?

    /// A `--base-url` that is no absolute http(s) URL is a usage error (exit 2), found before any work.
    func validate() throws {
        if let baseURL, SiteAddress(baseURL) == nil {
            throw ValidationError(
                "--base-url must be an absolute http(s) URL like https://example.jp/ or https://example.jp/city/, got `\(baseURL)`"
            )
        }
    }

    func buildOptions(output: String? = nil, force: Bool = false) throws -> BuildOptions {
        BuildOptions(
            source: try SiteRoot.folder(given: source), output: output, includeDrafts: drafts, includeFuture: future, baseURL: baseURL,
            force: force)
    }
}

/// `koho build`: the site in the current folder (or `--source`) into `public/` (or `--output`).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into its output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder (default: <source>/public).")
    var output: String?

    @Flag(help: "Replace the output folder even if koho did not write it (never the site or its sources).")
    var force = false

    @Flag(help: "Print how long each phase took (load, resolve, render, write) on standard error.")
    var timings = false

    @Flag(help: "Fail on warnings too (for CI), leaving the output folder as it was.")
    var strict = false

    func run() throws {
        let start = Date()
        var options = try site.buildOptions(output: output, force: force)
        options.strict = strict
        let clock = timings ? PhaseClock() : nil
        let line = clock?.observing(Console.progressLine()) ?? Console.progressLine()
        let progress: (@Sendable (Message) -> Void)? = line.map { show in { @Sendable in show($0.text(in: .english)) } }
        let builder = SiteBuilder(options: options, progress: progress)
        let report: BuildReport
        do {
            report = try builder.run()
        } catch {
            Console.clearProgress()
            Console.printDiagnostics(error.error.diagnostics)
            switch error {
            case .refused:
                // An output the build may not replace is a usage error, found before any work.
                throw ExitCode(2)
            case .output:
                // The message says what became of the previous output.
                Console.error("build failed: \(options.outputFolder) could not be written")
            case .sources(let failure):
                let errors = failure.diagnostics.filter { $0.severity == .error }.count
                let warnings = failure.diagnostics.count - errors
                let what =
                    errors == 0
                    ? "\(warnings) warning\(warnings == 1 ? "" : "s") (--strict)"
                    : "\(errors) error\(errors == 1 ? "" : "s")"
                Console.error("build failed with \(what); \(options.outputFolder) was left as it was")
            }
            throw ExitCode(1)
        }
        Console.clearProgress()
        Console.printDiagnostics(report.outputWarnings)
        // Each warning in full: a person who only builds must see it too (`koho check` adds link checks).
        Console.printDiagnostics(report.diagnostics)
        let warnings = report.diagnostics.count
        if warnings > 0 { Console.error("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        if let clock { Console.error(clock.summary()) }
        let seconds = Date().timeIntervalSince(start)
        print(
            "built \(report.pageCount) pages, \(report.files.count) files in \(String(format: "%.2f", seconds)) s → \(options.outputFolder)"
        )
    }
}

/// `koho check`: everything `build` checks, plus links inside the site that lead nowhere, missing images,
/// images without alternative text and dropped unsafe links — warnings too. Writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site without writing it: errors, warnings, broken links and images, alt text.")

    @OptionGroup var site: SiteOptions

    @Option(help: "How to print the findings: text (stderr), json or github (workflow annotations, stdout).")
    var format: DiagnosticFormatter.Format = .text

    func run() throws {
        let diagnostics = SiteBuilder(options: try site.buildOptions()).check()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch format {
        case .text:
            Console.printDiagnostics(diagnostics)
            Console.error(
                "koho check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        case .json, .github:
            print(DiagnosticFormatter.format(diagnostics, as: format), terminator: "")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

extension DiagnosticFormatter.Format: ExpressibleByArgument {}

/// `koho new staff|department|post NAME`: a new entry to fill in, as a draft.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new staff, department or post entry (a draft to fill in).")

    @Argument(help: "What to create: staff, department or post.")
    var kind: EntryScaffold.Kind

    @Argument(help: "The new entry's slug (its file name and URL), like sato-hanako.")
    var name: String

    @Option(help: "The site's folder (default: the current folder, or the nearest folder above it with site.yml).")
    var source: String?

    func validate() throws {
        if let problem = SlugRule.problem(with: name) {
            throw ValidationError("\(problem.message); \(problem.hint)")
        }
    }

    func run() throws {
        let folder = try SiteRoot.folder(given: source)
        do {
            let path = try EntryScaffold.create(kind, name: name, source: folder)
            print("created \(path) (a draft: remove `draft: true` to publish it)")
        } catch {
            Console.printDiagnostics(error.diagnostics)
            throw ExitCode(1)
        }
    }
}

extension EntryScaffold.Kind: ExpressibleByArgument {}

/// `koho serve`: build, watch, rebuild, reload the browser.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site on this machine, rebuilding and reloading the browser on every change.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on.")
    var port: Int = 1313

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let server = DevServer(options: try site.buildOptions(), host: host, port: port)
        do {
            try server.checkPort()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        try await server.run { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }
}

/// Writes diagnostics to standard error.
enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(DiagnosticFormatter.format(diagnostics, as: .text).utf8))
    }

    /// Whether standard error is a terminal a person watches (not CI, not a pipe): only then is progress shown.
    static let showsProgress: Bool =
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// A progress callback that rewrites one line on the terminal, or nil when nobody watches.
    static func progressLine() -> (@Sendable (String) -> Void)? {
        guard showsProgress else { return nil }
        return { phase in FileHandle.standardError.write(Data("\r\u{1B}[2Kkoho: \(phase)…".utf8)) }
    }

    /// Clears the progress line, if one was drawn.
    static func clearProgress() {
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
