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
        subcommands: [Build.self, Check.self, New.self, Serve.self, Init.self, ThemeCommand.self],
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

    @OptionGroup var speech: SpeechOptions

    /// A `--base-url` that is no absolute http(s) URL is a usage error (exit 2), found before any work.
    func validate() throws {
        if let baseURL, SiteAddress(baseURL) == nil {
            throw ValidationError(
                Message(.cliBaseURLInvalid, ["written": .text(baseURL)]).text(in: language))
        }
    }

    /// The language to speak in about this site.
    var language: Language { speech.language(source: source) }

    func buildOptions(output: String? = nil, force: Bool = false) throws -> BuildOptions {
        BuildOptions(
            source: try SiteRoot.folder(given: source, console: Console(language: language)), output: output, includeDrafts: drafts, includeFuture: future, baseURL: baseURL,
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
        let language = site.language
        let console = Console(language: language)
        let line = console.progressLine()
        let builder = SiteBuilder(options: options, progress: clock?.observing(line, in: language) ?? line)
        let report: BuildReport
        do {
            report = try builder.run()
        } catch {
            console.clearProgress()
            console.printDiagnostics(error.error.diagnostics)
            let output = Message.Argument.text(options.outputFolder)
            switch error {
            case .refused:
                // An output the build may not replace is a usage error, found before any work.
                throw ExitCode(2)
            case .output:
                // The message says what became of the previous output.
                console.say(Message(.cliBuildFailedOutput, ["output": output]))
            case .sources(let failure):
                let errors = failure.diagnostics.filter { $0.severity == .error }.count
                let warnings = failure.diagnostics.count - errors
                console.say(
                    errors == 0
                        ? Message(.cliBuildFailedStrict, ["count": .number(warnings), "output": output])
                        : Message(.cliBuildFailedErrors, ["count": .number(errors), "output": output]))
            }
            throw ExitCode(1)
        }
        console.clearProgress()
        console.printDiagnostics(report.outputWarnings)
        // Each warning in full: a person who only builds must see it too (`koho check` adds link checks).
        console.printDiagnostics(report.diagnostics)
        let warnings = report.diagnostics.count
        if warnings > 0 { console.say(Message(.cliWarningCount, ["count": .number(warnings)])) }
        if let clock { console.error(clock.summary(title: Message(.cliTimings).text(in: language))) }
        let seconds = Date().timeIntervalSince(start)
        print(
            Message(.cliBuilt, [
                "pages": .number(report.pageCount), "files": .number(report.files.count),
                "seconds": .text(String(format: "%.2f", seconds)), "output": .text(options.outputFolder),
            ]).text(in: language))
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
        let console = Console(language: site.language)
        switch format {
        case .text:
            console.printDiagnostics(diagnostics)
            console.say(Message(.cliCheckSummary, ["errors": .number(errors), "warnings": .number(warnings)]))
        case .json, .github:
            print(DiagnosticFormatter.format(diagnostics, as: format, in: site.language), terminator: "")
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

    @OptionGroup var speech: SpeechOptions

    func validate() throws {
        if let problem = SlugRule.problem(with: name) {
            let language = speech.language(source: source)
            throw ValidationError(
                Message(.cliNameInvalid, ["problem": .message(problem.message), "hint": .message(problem.hint)])
                    .text(in: language))
        }
    }

    func run() throws {
        let language = speech.language(source: source)
        let console = Console(language: language)
        let folder = try SiteRoot.folder(given: source, console: console)
        do {
            // `--lang`/`KOHO_LANG` choose the notes' language too; else the site's, as for the messages.
            let path = try EntryScaffold.create(kind, name: name, source: folder, language: speech.chosenLanguage)
            console.out(Message(.cliCreated, ["path": .text(path)]))
        } catch {
            console.printDiagnostics(error.diagnostics)
            throw ExitCode(1)
        }
    }
}

extension EntryScaffold.Kind: ExpressibleByArgument {}

/// `koho init [DIR] [--example]`: a new site in an empty (or new) folder.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site in an empty folder (or the example city hall, with --example).")

    @Argument(help: "The new site's folder, created when missing; it must be empty (default: the current folder).")
    var folder: String = "."

    @Flag(help: "Write the example site (a fictional city hall) instead of the small starter site.")
    var example = false

    @OptionGroup var speech: SpeechOptions

    func run() throws {
        // No site yet: the language is --lang, KOHO_LANG or the locale; the starter site is written in it.
        let language = Language.choose(
            option: speech.lang, environment: ProcessInfo.processInfo.environment, site: nil)
        let console = Console(language: language)
        do {
            try SiteScaffold.create(example ? .example : .starter(language), in: folder)
        } catch {
            console.printDiagnostics(error.diagnostics)
            // A folder that is not empty is a usage error, found before anything is written.
            throw ExitCode(2)
        }
        let shown = Message.Argument.text(folder)
        console.out(Message(example ? .initCreatedExample : .initCreated, ["folder": shown]))
        console.out(Message(.initNext, ["folder": shown]))
    }
}

/// `koho theme export [NAME]`: start customising the built-in theme.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Work with the site's theme.", subcommands: [Export.self])

    /// `koho theme export [NAME]`: the built-in theme copied into `themes/NAME/`, and site.yml set to use it.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the built-in theme into themes/NAME/ and make the site use it.")

        @Argument(help: "The new theme's folder name under themes/.")
        var name: String = ThemeExport.defaultName

        @Option(help: "The site's folder (default: the current folder, or the nearest folder above it with site.yml).")
        var source: String?

        @OptionGroup var speech: SpeechOptions

        func validate() throws {
            if let problem = SlugRule.problem(with: name) {
                throw ValidationError(
                    Message(.cliNameInvalid, ["problem": .message(problem.message), "hint": .message(problem.hint)])
                        .text(in: speech.language(source: source)))
            }
        }

        func run() throws {
            let console = Console(language: speech.language(source: source))
            let site = try SiteRoot.folder(given: source, console: console)
            let exported: (folder: String, setting: ThemeExport.SiteSetting)
            do {
                exported = try ThemeExport.export(name: name, source: site)
            } catch {
                console.printDiagnostics(error.diagnostics)
                // An existing folder is never overwritten: a usage error, found before anything is written.
                throw ExitCode(2)
            }
            let arguments: [String: Message.Argument] = ["path": .text(exported.folder), "name": .text(name)]
            switch exported.setting {
            case .set: console.out(Message(.initThemeExported, arguments))
            case .leftAsItWas: console.say(Message(.initThemeExportedByHand, arguments))
            }
        }
    }
}

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
        guard (1...65535).contains(port) else {
            throw ValidationError(Message(.cliPortOutOfRange).text(in: site.language))
        }
    }

    func run() async throws {
        let server = DevServer(
            options: try site.buildOptions(), host: host, port: port, language: site.speech.chosenLanguage)
        do {
            try server.checkPort()
        } catch {
            Console(language: site.language).printDiagnostics([error.diagnostic])
            throw ExitCode(2)
        }
        try await server.run { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }
}

/// `--lang`: the language koho speaks in, shared by every command.
struct SpeechOptions: ParsableArguments {
    @Option(help: "The language of koho's messages: ja or en (default: KOHO_LANG, else site.yml's language, else LANG).")
    var lang: String?

    func validate() throws {
        if let lang, Language(tag: lang) == nil {
            throw ValidationError(Message(.cliLanguageUnknown, ["written": .text(lang)]).text(in: .english))
        }
    }

    /// `--lang`, else `KOHO_LANG`: the language chosen for this run, before the site has its say.
    var chosenLanguage: Language? {
        let environment = ProcessInfo.processInfo.environment
        return (lang ?? environment["KOHO_LANG"]).flatMap(Language.init(tag:))
    }

    /// The language to speak in about the site in `source` (or the one found from the current folder):
    /// `--lang`, `KOHO_LANG`, site.yml's `language`, then the environment's locale.
    func language(source: String?) -> Language {
        let folder = source ?? SiteRoot.nearest()
        let site = folder.flatMap { ContentLoader(fileSystem: LocalFileSystem(root: $0)).writtenLanguage() }
        return Language.choose(option: lang, environment: ProcessInfo.processInfo.environment, site: site)
    }
}

/// Writes messages for a person to standard error (and the result line to standard output), in one language.
struct Console {
    let language: Language

    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data(DiagnosticFormatter.format(diagnostics, as: .text, in: language).utf8))
    }

    /// Whether standard error is a terminal a person watches (not CI, not a pipe): only then is progress shown.
    static let showsProgress: Bool =
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// A progress callback that rewrites one line on the terminal, or nil when nobody watches.
    func progressLine() -> (@Sendable (Message) -> Void)? {
        guard Self.showsProgress else { return nil }
        let language = language
        return { phase in
            let line = Message(.cliProgress, ["phase": .message(phase)]).text(in: language)
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
        }
    }

    /// Clears the progress line, if one was drawn.
    func clearProgress() {
        if Self.showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// A line on standard error, in the console's language.
    func say(_ message: Message) {
        error(message.text(in: language))
    }

    /// A line on standard output (a result other programs may read), in the console's language.
    func out(_ message: Message) {
        print(message.text(in: language))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
