import KohoDiagnostics
import Foundation
import Testing

@testable import KohoServer

/// What open pages learn from the server: when a rebuild starts and ends, and what sign to show meanwhile.
@Suite struct ServedSiteTests {
    static func status(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func aPageWaitsForTheNextChangeAndIsToldARebuildStarted() async throws {
        let site = ServedSite(source: "/nowhere")
        let first = try Self.status(await site.status(after: nil))
        #expect(first["building"] as? Bool == false)
        let serial = try #require(first["serial"] as? Int)
        async let waited = site.status(after: serial)
        try await Task.sleep(for: .milliseconds(50))
        await site.startBuilding()
        let building = try Self.status(await waited)
        #expect(building["building"] as? Bool == true)
        #expect(building["serial"] as? Int == serial + 1)
        #expect(building["label"] as? String == "Rebuilding…")
        await site.fail([])
        let done = try Self.status(await site.status(after: serial + 1))
        #expect(done["building"] as? Bool == false)
        #expect(done["version"] as? Int == (first["version"] as? Int ?? 0) + 1)
    }

    @Test(arguments: [
        ("ja", nil, Language.japanese), ("ja-JP", nil, .japanese), ("en", nil, .english), ("fr", nil, .english),
        ("en", .japanese, .japanese), ("ja", .english, .english),
    ] as [(String, Language?, Language)])
    func theSiteSpeaksItsLanguageUnlessOneIsChosen(_ site: String, _ chosen: Language?, _ expected: Language) {
        #expect(ServedSite(source: "/nowhere", language: chosen).speaking(site: site) == expected)
    }

    @Test func theSignInBothLanguages() {
        #expect(Message(.serveRebuilding).text(in: .japanese) == "再構築中…")
        #expect(Message(.serveRebuilding).text(in: .english) == "Rebuilding…")
    }

    @Test func pagesCarryTheBuildTheyCameFrom() {
        let page = Array("<html><body><p>x</p></body></html>".utf8)
        #expect(
            String(decoding: LiveReload.inject(into: page, version: 7), as: UTF8.self)
                == "<html><body><p>x</p><script src=\"/__koho/reload.js\" data-version=\"7\"></script>\n</body></html>")
    }
}
