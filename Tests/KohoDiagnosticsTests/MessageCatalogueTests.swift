import Testing
@testable import KohoDiagnostics

/// The catalogue: every entry in both languages with the same placeholders, and the words a person reads.
@Suite struct MessageCatalogueTests {
    @Test func theCatalogueHasEntries() {
        // A catalogue that lost its entries would pass every test below.
        #expect(MessageKey.allCases.count > 400)
    }

    @Test(arguments: MessageKey.allCases)
    func everyEntryHasTheSamePlaceholdersInBothLanguages(_ key: MessageKey) {
        let english = MessageTemplate(key.template(in: .english))
        let japanese = MessageTemplate(key.template(in: .japanese))
        #expect(!english.text.isEmpty && !japanese.text.isEmpty)
        #expect(english.placeholders == japanese.placeholders, "\(key)")
    }

    @Test(arguments: MessageKey.allCases)
    func japaneseEntriesAreWrittenInJapanese(_ key: MessageKey) {
        // An entry made only of placeholders, names and punctuation reads the same in both languages.
        let sameInBoth: Set<MessageKey> = [.wordFieldLabel, .wordTwoSentences, .cliProgress]
        if sameInBoth.contains(key) {
            #expect(key.template(in: .japanese) == key.template(in: .english))
            return
        }
        let words = MessageTemplate(key.template(in: .japanese)).parts.compactMap { part -> String? in
            if case .literal(let s) = part { return s }
            return nil
        }.joined()
        let japanese = words.unicodeScalars.contains { $0.value >= 0x3000 }
        #expect(japanese, "\(key): \(key.template(in: .japanese))")
    }

    @Test(arguments: MessageKey.allCases)
    func everyUsualHintFollowsAMessage(_ key: MessageKey) {
        guard key.rawValue.hasSuffix("Hint") else { return }
        #expect(key.role == .hint)
        let message = MessageKey(rawValue: String(key.rawValue.dropLast(4)))
        // A hint of its own (`fieldMissingInHint`) is fine; one named after a message must follow a message.
        if let message { #expect(message.role == .message, "\(key)") }
    }

    @Test(arguments: [
        ("missing required field {field}", ["field"]),
        ("{n} {n|error|errors}", ["n"]),
        ("{{literal}} and {a}{b}", ["a", "b"]),
        ("no placeholders", []),
    ] as [(String, [String])])
    func placeholdersAreFound(_ text: String, _ names: [String]) {
        #expect(MessageTemplate(text).placeholders == Set(names))
    }

    @Test func placeholdersAreFilledInTheReadersLanguage() {
        let message = Message(.fieldType, [
            "field": .words(.wordFieldLabelIn, ["key": .code("email"), "context": .code("contact")]),
            "expected": .words(.wordTypeString), "got": .words(.wordTypeList),
        ])
        #expect(message.text(in: .english) == "`email` in `contact` must be a string, got a list")
        #expect(message.text(in: .japanese) == "`contact` の `email` は文字列で書きます（リストになっています）")
    }

    @Test func countsPickTheirWordAndListsJoinAsTheLanguageDoes() {
        #expect(MessageTemplate("{n} {n|error|errors}").fill({ _ in .number(1) }, in: .english) == "1 error")
        #expect(MessageTemplate("{n} {n|error|errors}").fill({ _ in .number(2) }, in: .english) == "2 errors")
        #expect(MessageTemplate("{{x}}").fill({ _ in nil }, in: .english) == "{x}")
        let names = Message.Argument.list([.code("koho"), .code("somu")])
        #expect(names.text(in: .english) == "`koho`, `somu`")
        #expect(names.text(in: .japanese) == "`koho`、`somu`")
    }

    @Test func aMissingArgumentStaysVisible() {
        #expect(Message(.fieldMissing).text(in: .english) == "missing required field {field}")
    }

    @Test(arguments: [
        // option, KOHO_LANG, site.yml, LANG → language
        ("ja", nil, "en", "en_US.UTF-8", Language.japanese),
        (nil, "en", "ja", nil, .english),
        (nil, nil, "ja-JP", "en_US.UTF-8", .japanese),
        (nil, nil, "en", "ja_JP.UTF-8", .english),
        (nil, nil, nil, "ja_JP.UTF-8", .japanese),
        (nil, nil, nil, "C.UTF-8", .english),
        (nil, nil, nil, nil, .english),
        (nil, nil, "fr", "ja_JP.UTF-8", .english),
        ("", nil, "ja", nil, .japanese),
    ] as [(String?, String?, String?, String?, Language)])
    func theLanguageIsChosenInOrder(option: String?, kohoLang: String?, site: String?, lang: String?, expected: Language) {
        var environment: [String: String] = [:]
        environment["KOHO_LANG"] = kohoLang
        environment["LANG"] = lang
        #expect(Language.choose(option: option, environment: environment, site: site) == expected)
    }

    @Test func theTextFormatWritesTheHintLabelInTheLanguage() {
        let d = Diagnostic(
            path: "content/staff/sato.md", position: SourcePosition(line: 2, column: 1), in: "---\nemail: x\n---\n",
            Message(.fieldMissing, ["field": .words(.wordFieldLabel, ["key": .code("name")])]),
            hint: Message(.fieldMissingHint, ["key": "name"]))
        #expect(
            DiagnosticFormatter.text(d, in: .japanese) == """
                content/staff/sato.md:2:1: error: 必須の項目 `name` がありません
                    email: x
                    ^
                  ヒント: `name: …` の行を追加してください

                """)
        #expect(DiagnosticFormatter.json([d], in: .japanese).contains("\"code\":\"fieldMissing\""))
    }
}
