import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `koho serve` as a person uses it: it builds and serves, rebuilds on a change, shows a build error in the
/// browser until it is fixed. Talks only to 127.0.0.1.
@Suite struct ServeTests {
    static func get(_ url: String) async -> (status: Int, body: String)? {
        guard let url = URL(string: url),
            let (data, response) = try? await URLSession.shared.data(from: url),
            let http = response as? HTTPURLResponse
        else { return nil }
        return (http.statusCode, String(decoding: data, as: UTF8.self))
    }

    /// Waits (up to 10 s) until `condition` holds for the response at `url`.
    static func wait(for url: String, until condition: ((status: Int, body: String)) -> Bool) async -> (
        status: Int, body: String
    )? {
        for _ in 0..<100 {
            if let response = await get(url), condition(response) { return response }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    @Test func aPortInUseIsOneClearMessageAndExitTwo() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        // Something listens on the port already.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try CommandLineTests.run(["serve", "--source", root.path, "--port", String(port)])
        #expect(run.status == 2)
        #expect(
            run.stderr == """
                error: port \(port) on 127.0.0.1 is already in use (another koho serve, or another server)
                  hint: stop that one, or serve on another port: koho serve --port \(port + 1)

                """)
    }

    @Test func servesRebuildsAndShowsErrorsInTheBrowser() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write(BuildTests.site, under: root)
        let port = 20_000 + Int(ProcessInfo.processInfo.processIdentifier % 20_000)
        let process = Process()
        process.executableURL = CommandLineTests.koho
        process.arguments = ["serve", "--source", root.path, "--port", String(port), "--lang", "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        let base = "http://127.0.0.1:\(port)/"

        let home = try #require(await Self.wait(for: base) { $0.status == 200 })
        #expect(home.body.contains("<script src=\"/__koho/reload.js\" data-version=\"1\"></script>"))
        // Absolute URLs (canonical, feeds) point at the server while serving.
        #expect(home.body.contains("<link rel=\"canonical\" href=\"\(base)\">"))
        let version = await Self.get(base + "__koho/version")
        let missing = await Self.get(base + "no/such/page/")
        let image = await Self.get(base + "images/map.png")
        #expect(version?.body == "1")
        #expect(missing?.status == 404)
        #expect(image?.body == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")

        try TestSupport.write(
            ["content/staff/sato.md": "---\nname: 佐藤 花子\ndepartment: nowhere\n---\n"], under: root)
        let broken = try #require(await Self.wait(for: base + "staff/sato/") { $0.status == 500 })
        #expect(broken.body.contains("content/staff/sato.md:3:13: error: unknown department `nowhere`"))
        #expect(broken.body.contains("reload.js"), "the error page reloads itself once fixed")

        try TestSupport.write(
            ["content/staff/sato.md": "---\nname: 佐藤 花子\ndepartment: koho\n---\n直しました。\n"], under: root)
        let fixed = try #require(await Self.wait(for: base + "staff/sato/") { $0.status == 200 })
        #expect(fixed.body.contains("直しました。"))
        #expect(!fixed.body.contains("koho-warnings"))

        // A warning (a misspelt field) is on every page while serving, not only in `koho check`.
        try TestSupport.write(
            ["content/staff/sato.md": "---\nname: 佐藤 花子\ndepartment: koho\nrol: 係長\n---\n直しました。\n"], under: root)
        let warned = try #require(await Self.wait(for: base) { $0.body.contains("koho-warnings") })
        #expect(warned.body.contains("<summary style=\"cursor:pointer;font-weight:bold\">1 thing to fix (shown only while serving)</summary>"))
        #expect(warned.body.contains("content/staff/sato.md:4:1: warning: unknown field `rol`"))
        // Each change rebuilt the site (a write can be seen twice, so at least twice).
        let after = await Self.get(base + "__koho/version")
        #expect(Int(after?.body ?? "") ?? 0 >= 4)
    }
}
