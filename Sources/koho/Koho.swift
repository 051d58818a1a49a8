import ArgumentParser
import Foundation
import KohoBuild
import KohoDiagnostics

/// `koho`: build an office's staff, departments and activity posts into a static site.
@main
struct Koho: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "koho",
        abstract: "Build a site of an office's staff, departments and activity posts.",
        version: version,
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )

    /// Exit codes: 0 success, 1 content or template errors, 2 usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
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

/// `koho build`: the site in the current folder (or `--source`) into `public/` (or `--output`).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into its output folder.")

    @Option(help: "The site's folder.")
    var source: String = "."

    @Option(help: "The output folder (default: <source>/public).")
    var output: String?

    @Flag(help: "Include entries marked `draft: true`.")
    var drafts = false

    @Flag(help: "Include posts dated in the future.")
    var future = false

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yml's `base_url`.")
    var baseURL: String?

    func run() throws {
        let start = Date()
        let options = BuildOptions(
            source: source, output: output, includeDrafts: drafts, includeFuture: future, baseURL: baseURL)
        do {
            let report = try SiteBuilder(options: options).build()
            Console.printDiagnostics(report.diagnostics)
            let seconds = Date().timeIntervalSince(start)
            print(
                "built \(report.pageCount) pages, \(report.files.count) files in \(String(format: "%.2f", seconds)) s → \(options.outputFolder)"
            )
        } catch {
            Console.printDiagnostics(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            Console.error(
                "build failed with \(errors) error\(errors == 1 ? "" : "s"); \(options.outputFolder) was left as it was"
            )
            throw ExitCode(1)
        }
    }
}

/// Writes diagnostics to standard error.
enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(DiagnosticFormatter.format(diagnostics, as: .text).utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
