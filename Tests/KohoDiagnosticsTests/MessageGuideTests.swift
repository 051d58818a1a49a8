import Foundation
import Testing

@testable import KohoDiagnostics

/// `docs/ja/messages.md` and `docs/en/messages.md` are the catalogue, listed: re-recorded by `make goldens`
/// (`KOHO_RECORD=1`), and a test fails when they differ from it.
@Suite struct MessageGuideTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs")

    @Test(arguments: Language.allCases)
    func theGuideIsTheCatalogue(_ language: Language) throws {
        let file = Self.docs.appendingPathComponent("\(language.rawValue)/messages.md")
        let expected = MessageGuide.markdown(in: language)
        if ProcessInfo.processInfo.environment["KOHO_RECORD"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try expected.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(file.path); run the tests again without KOHO_RECORD")
            return
        }
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == expected, "docs/\(language.rawValue)/messages.md is out of date: run `make goldens`")
    }

    @Test func everyTopicHasATitle() {
        let topics = MessageGuide.topics
        #expect(topics.count >= 10)
        for (topic, _) in topics {
            #expect(MessageGuide.topicTitle(topic) != nil, "add guideTopic\(topic.prefix(1).uppercased() + topic.dropFirst()) to the catalogue")
        }
    }

    @Test func aMessageIsListedWithItsUsualHint() {
        let guide = MessageGuide.markdown(in: .japanese)
        #expect(guide.contains("- 必須の項目 ‹field› がありません\n  - 直し方: `‹key›: …` の行を追加してください\n"))
        #expect(guide.hasPrefix("# Koho のメッセージと直し方\n"))
    }
}
