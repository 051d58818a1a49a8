import KohoURL
// Renders a typical staff profile page in a loop and reports pages per second.
//   swift run -c release koho-template-bench [--threads N] [--seconds S] [--renders N] [--print]
// `--print` prints one rendered page instead; `--renders N` renders exactly N pages (for profilers).
import KohoTemplates

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

var threads = 1
var seconds = 3.0
var printPage = false
var fixedRenders: Int?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--threads": threads = arguments.next().flatMap(Int.init) ?? threads
    case "--seconds": seconds = arguments.next().flatMap(Double.init) ?? seconds
    case "--print": printPage = true
    case "--renders": fixedRenders = arguments.next().flatMap(Int.init)
    default:
        print("usage: koho-template-bench [--threads N] [--seconds S] [--renders N] [--print]")
        exit(2)
    }
}

let environment = TemplateEnvironment(
    language: "ja", address: SiteAddress("https://example.jp/city/") ?? .localhost, translations: BenchTemplates.translations,
    translationsPath: "themes/bench/i18n/ja.yml")
let library: TemplateLibrary
do {
    library = try TemplateLibrary(sources: BenchTemplates.sources, environment: environment)
} catch {
    print(error)
    exit(1)
}
let site = BenchSite()
let contexts: [[String: TemplateValue]] = site.staffPages.map { staff, page in
    ["site": .map(site.site), "page": .map(page), "staff": .map(staff)]
}

if printPage {
    do {
        print(try library.render("staff.html", context: contexts[1]))
    } catch {
        print(error)
        exit(1)
    }
    exit(0)
}

if let fixedRenders {
    var bytes = 0
    for i in 0..<fixedRenders {
        bytes &+= (try? library.render("staff.html", context: contexts[i % contexts.count]))?.utf8.count ?? 0
    }
    print("rendered \(fixedRenders) pages, \(bytes) bytes")
    exit(0)
}

/// Renders pages for `duration`, returning the count and the bytes of one page.
@Sendable func renderLoop(for duration: Duration, offset: Int) -> (count: Int, bytes: Int) {
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: duration)
    var count = 0
    var bytes = 0
    while true {
        for _ in 0..<100 {
            do {
                let html = try library.render("staff.html", context: contexts[(count + offset) % contexts.count])
                bytes = html.utf8.count
            } catch {
                print(error)
                exit(1)
            }
            count += 1
        }
        if clock.now >= end { return (count, bytes) }
    }
}

_ = renderLoop(for: .milliseconds(500), offset: 0)  // warm-up
let measured = Duration.milliseconds(Int(seconds * 1000))
let threadCount = threads
let clock = ContinuousClock()
let start = clock.now
let results = await withTaskGroup(of: (count: Int, bytes: Int).self) { group in
    for t in 0..<threadCount {
        group.addTask { renderLoop(for: measured, offset: t * 7) }
    }
    var all: [(count: Int, bytes: Int)] = []
    for await result in group { all.append(result) }
    return all
}
let elapsed = clock.now - start
let total = results.reduce(0) { $0 + $1.count }
let elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let perSecond = Double(total) / elapsedSeconds
print("threads:        \(threads)")
print("renders:        \(total) in \((elapsedSeconds * 100).rounded() / 100) s")
print("pages/second:   \(Int(perSecond))")
print("bytes per page: \(results.first?.bytes ?? 0)")
print("µs per page:    \((1e6 / perSecond * Double(threads) * 10).rounded() / 10)")
