import KohoContent
import KohoDiagnostics
import Testing

/// `languages` and `untranslated` in site.yml, translations beside their entries (`sato.en.md`), and each
/// language's content: every message word for word in both languages.
@Suite struct LanguagesTests {
    static let site = "title: T\nbase_url: https://example.jp/\n"

    // MARK: - site.yml

    @Test func languagesNameTheMainLanguageFirst() throws {
        let config = try #require(load(["site.yml": Self.site + "languages: [ja, en]\n"]).content?.site)
        #expect(config.languages == ["ja", "en"])
        #expect(config.language == "ja")
        #expect(config.rootLanguage == "ja")
        #expect(config.languageFolder == nil)
        #expect(config.untranslated == .fallback)
        let english = config.inLanguage("en")
        #expect(english.language == "en")
        #expect(english.languageFolder == "en")
    }

    @Test func aOneLanguageSiteHasItsLanguageAlone() throws {
        let config = try #require(load(["site.yml": Self.site + "language: en\n"]).content?.site)
        #expect(config.languages == ["en"])
        #expect(!config.isMultilingual)
        #expect(config.languageFolder == nil)
    }

    @Test func languageMayRepeatTheFirstOfLanguages() throws {
        let result = load(["site.yml": Self.site + "language: en\nlanguages: [en, ja]\nuntranslated: omit\n"])
        #expect(result.diagnostics.isEmpty)
        let config = try #require(result.content?.site)
        #expect(config.language == "en")
        #expect(config.untranslated == .omit)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var english: String
        var englishHint: String?
        var japanese: String
        var japaneseHint: String?
        var testDescription: String { english }
    }

    static let cases: [Case] = [
        Case(
            text: "language: ja\nlanguages: [en, ja]\n",
            english: "site.yml:3:11: error: `language: ja` disagrees with `languages`, whose first language `en` is the site's main language",
            englishHint: "remove `language` (the first of `languages` is the main language), or list `ja` first in `languages`",
            japanese: "`language: ja` と `languages` が食い違っています。`languages` の最初の `en` がサイトの主な言語です",
            japaneseHint: "`language` の行を消すか（`languages` の最初が主な言語になります）、`languages` の最初に `ja` を書いてください"),
        Case(
            text: "languages: [ja, en, ja]\n",
            english: "site.yml:3:21: error: language `ja` is listed twice in `languages`",
            englishHint: "remove one of them",
            japanese: "言語 `ja` が `languages` に 2 回書かれています",
            japaneseHint: "どちらか一方を消してください"),
        Case(
            text: "languages: [ja, en_US]\n",
            english: "site.yml:3:17: error: `languages` must list language tags like `ja` or `en`, got `en_US`",
            englishHint: "write `en-US`: language tags use `-`",
            japanese: "`languages` には `ja` や `en` のような言語タグを並べます（`en_US` になっています）",
            japaneseHint: "`en-US` と書いてください。言語タグの区切りは `-` です"),
        Case(
            text: "languages: [ja, jp]\n",
            english: "site.yml:3:17: error: `languages` must list language tags like `ja` or `en`: `jp` is not a language code (`JP` is a country)",
            englishHint: "did you mean `ja`?",
            japanese: "`languages` には `ja` や `en` のような言語タグを並べます: `jp` は言語のコードではありません（`JP` は国のコードです）",
            japaneseHint: "`ja` のことですか？"),
        Case(
            text: "languages: [ja, en]\nuntranslated: hide\n",
            english: "site.yml:4:15: error: `untranslated` must be `fallback` or `omit`, got `hide`",
            englishHint: "`fallback` shows an entry that has no translation in the main language; `omit` leaves it out of the other languages",
            japanese: "`untranslated` は `fallback` か `omit` で書きます（`hide` になっています）",
            japaneseHint: "`fallback` は翻訳のない記事を主な言語のまま載せ、`omit` はほかの言語から外します"),
    ]

    @Test(arguments: cases)
    func siteMessageInBothLanguages(_ c: Case) throws {
        let result = load(["site.yml": Self.site + c.text])
        let found = try #require(result.diagnostics.first { $0.description == c.english }, "\(describe(result.diagnostics))")
        #expect(found.hint == c.englishHint)
        #expect(found.message(in: .japanese) == c.japanese)
        #expect(found.hint(in: .japanese) == c.japaneseHint)
    }

    // MARK: - Translations

    static let twoLanguages = Self.site + "languages: [ja, en]\n"

    static let entries = [
        "site.yml": twoLanguages,
        "content/departments/koho.md": "---\nname: 広報課\nreading: こうほうか\nsummary: 伝えます。\norder: 2\n---\n広報課の仕事。\n",
        "content/staff/sato.md": "---\nname: 佐藤\nreading: さとう\ndepartment: koho\nrole: 課長\n---\n佐藤です。\n",
        "content/staff/sato.en.md": "---\nname: Sato\nreading:\n---\n",
        "content/pages/about.md": "---\ntitle: 概要\n---\n概要。\n",
        "content/pages/about.en.md": "---\ntitle: About\n---\nAbout us.\n",
        "content/posts/v1.2-release.md": "---\ntitle: 公開\ndate: 2026-04-01\n---\n本文。\n",
    ]

    @Test func aTranslationOverridesFieldByFieldAndKeepsItsEntrysSlug() throws {
        let result = load(Self.entries)
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        let content = try #require(result.content)
        // The translation is no entry of its own; a dot that is no language stays part of a name.
        #expect(content.staff.map(\.file.slug.value) == ["sato"])
        #expect(content.posts.map(\.file.slug.value) == ["v1.2-release"])
        let english = content.inLanguage("en")
        let sato = try #require(english.staff.first)
        #expect(sato.name == "Sato")
        #expect(sato.reading == nil)  // cleared by an empty `reading:`
        #expect(sato.role == "課長")  // inherited
        #expect(sato.departments.map(\.value) == ["koho"])
        #expect(sato.file.slug.value == "sato")
        #expect(sato.file.language == "en")
        // No body of its own: the entry's, from the entry's file.
        #expect(sato.file.body == "佐藤です。\n")
        #expect(sato.file.path == "content/staff/sato.md")
        let about = try #require(english.pages.first)
        #expect(about.title == "About")
        #expect(about.file.body == "About us.\n")
        #expect(about.file.path == "content/pages/about.en.md")
        #expect(english.site.language == "en")
    }

    @Test func untranslatedEntriesFallBackOrAreOmitted() throws {
        let fallback = try #require(load(Self.entries).content).inLanguage("en")
        #expect(fallback.departments.map(\.name) == ["広報課"])
        #expect(fallback.departments.first?.file.language == nil)
        #expect(fallback.posts.count == 1)

        var files = Self.entries
        files["site.yml"] = Self.twoLanguages + "untranslated: omit\n"
        let omitted = try #require(load(files).content).inLanguage("en")
        #expect(omitted.departments.isEmpty)
        #expect(omitted.posts.isEmpty)
        #expect(omitted.staff.map(\.name) == ["Sato"])
        // The reference to the department left out goes with it.
        #expect(omitted.staff.first?.departments.isEmpty == true)
        // The main language's content is the content itself.
        #expect(try #require(load(files).content).inLanguage("ja").departments.count == 1)
    }

    struct FileCase: CustomTestStringConvertible, Sendable {
        var files: [String: String]
        var english: String
        var englishHint: String?
        var japanese: String
        var japaneseHint: String?
        var testDescription: String { english }
    }

    static let fileCases: [FileCase] = [
        FileCase(
            files: ["content/staff/suzuki.en.md": "---\nname: Suzuki\n---\n"],
            english: "content/staff/suzuki.en.md:1:1: error: `content/staff/suzuki.en.md` is a translation, but there is no entry `suzuki` in `content/staff` for it to translate",
            englishHint: "a translation is named after its entry's file (`suzuki.en.md` beside `suzuki.md`): check the name, or write the entry in the main language first",
            japanese: "`content/staff/suzuki.en.md` は翻訳ですが、翻訳する元の記事 `suzuki` が `content/staff` にありません",
            japaneseHint: "翻訳は元の記事のファイル名に言語を付けた名前にします（`suzuki.md` の隣に `suzuki.en.md`）。名前を確かめるか、先に主な言語で記事を書いてください"),
        FileCase(
            files: ["content/pages/about.fr.md": "---\ntitle: À propos\n---\n"],
            english: "content/pages/about.fr.md:1:1: error: `content/pages/about.fr.md` is a translation into `fr`, which is not one of the site's `languages`",
            englishHint: "add `fr` to `languages` in site.yml (now `ja`, `en`), or rename the file if `.fr` is part of its name",
            japanese: "`content/pages/about.fr.md` は `fr` への翻訳ですが、`fr` はサイトの `languages` にありません",
            japaneseHint: "site.yml の `languages`（いまは `ja`、`en`）に `fr` を加えるか、`.fr` が名前の一部ならファイル名を変えてください"),
        FileCase(
            files: ["content/pages/about.en.md": "---\ntitle: About\nslug: about-us\n---\n"],
            english: "content/pages/about.en.md:3:1: error: a translation keeps its entry's slug: `slug` cannot be set here",
            englishHint: "remove the `slug` line; the translation's page is the entry's page under `/en/`",
            japanese: "翻訳のスラッグは元の記事と同じです。翻訳には `slug` を書けません",
            japaneseHint: "`slug` の行を消してください。翻訳のページは、元の記事のページの `/en/` の下に置かれます"),
        FileCase(
            files: ["content/staff/sato.en.yml": "name: Sato\n"],
            english: "content/staff/sato.en.yml:1:1: error: `content/staff/sato.en.yml` translates `sato` into `en`, and so does `content/staff/sato.en.md`",
            englishHint: "keep one of the two files",
            japanese: "`content/staff/sato.en.yml` と `content/staff/sato.en.md` が同じ記事 `sato` を `en` に翻訳しています",
            japaneseHint: "どちらか一方のファイルにしてください"),
    ]

    @Test(arguments: fileCases)
    func translationMessageInBothLanguages(_ c: FileCase) throws {
        let files = Self.entries.merging(c.files) { $1 }
        let result = load(files)
        let found = try #require(result.diagnostics.first { $0.description == c.english }, "\(describe(result.diagnostics))")
        #expect(found.hint == c.englishHint)
        #expect(found.message(in: .japanese) == c.japanese)
        #expect(found.hint(in: .japanese) == c.japaneseHint)
    }

    @Test func aTranslationsOwnMistakeNamesItsFileAndItsEntrysAreNotRepeated() {
        let files = Self.entries.merging([
            "content/staff/sato.md": "---\nname: 佐藤\nsince: 2005年\ndepartment: koho\n---\n",
            "content/staff/sato.en.md": "---\nname: Sato\nemail: not-an-address\n---\n",
        ]) { $1 }
        let lines = describe(load(files).diagnostics)
        #expect(lines.filter { $0.contains("`since`") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("content/staff/sato.md:3:8: error:") })
        #expect(lines.contains { $0.hasPrefix("content/staff/sato.en.md:3:8: error:") })
    }

    @Test func aFurtherLanguagesSiteFileGivesItsWords() throws {
        let content = try #require(
            load([
                "site.yml": Self.twoLanguages + "description: 説明\n",
                "site.en.yml": "title: City Hall\nbase_url: https://other.example/\n",
            ]).content)
        let english = content.site.inLanguage("en")
        #expect(english.title == "City Hall")
        #expect(english.description == "説明")
        #expect(english.baseURL == "https://example.jp/")
        #expect(content.site.title == "T")
    }
}
