import Foundation
import KohoDefaultTheme
import Testing

/// The folders inside the binary must be exactly the repository's: the default theme, the example site
/// (`koho init --example`) and the starter sites (`koho init`).
@Suite struct EmbeddedThemeTests {
    @Test func embeddedThemeMatchesThemesDefault() throws {
        let onDisk = try EmbeddedFolderSource.files(in: "themes/default")
        try EmbeddedFolderSource.check(
            "Sources/KohoDefaultTheme/DefaultTheme+Files.generated.swift",
            expected: EmbeddedFolderSource.source(
                extending: "DefaultTheme", from: "themes/default/",
                [.init(property: "files", documentation: "Every file of the theme, by path.", files: onDisk)]))
        Self.expectSame(DefaultTheme.files, onDisk)
    }

    @Test func embeddedExampleSiteMatchesTheRepository() throws {
        let onDisk = try EmbeddedFolderSource.files(in: ".", only: ExampleSiteFolders.names)
        try EmbeddedFolderSource.check(
            "Sources/KohoDefaultTheme/ExampleSite+Files.generated.swift",
            expected: EmbeddedFolderSource.source(
                extending: "ExampleSite", from: "site.yml, content/ and static/",
                [.init(property: "files", documentation: "Every file of the example site, by path.", files: onDisk)]))
        Self.expectSame(ExampleSite.files, onDisk)
        // A photo survives the trip byte for byte.
        let photo = try #require(ExampleSite.files.first { $0.path == "static/images/staff/yamada-aoi.png" })
        #expect(photo.isBase64)
        let original = try Data(contentsOf: EmbeddedFolderSource.repository.appendingPathComponent(photo.path))
        #expect(photo.bytes == Array(original))
    }

    @Test func embeddedStarterSitesMatchStarter() throws {
        let japanese = try EmbeddedFolderSource.files(in: "starter/ja")
        let english = try EmbeddedFolderSource.files(in: "starter/en")
        try EmbeddedFolderSource.check(
            "Sources/KohoDefaultTheme/StarterSite+Files.generated.swift",
            expected: EmbeddedFolderSource.source(
                extending: "StarterSite", from: "starter/ja/ and starter/en/",
                [
                    .init(property: "japanese", documentation: "The starter site in Japanese, by path.", files: japanese),
                    .init(property: "english", documentation: "The starter site in English, by path.", files: english),
                ]))
        Self.expectSame(StarterSite.japanese, japanese)
        Self.expectSame(StarterSite.english, english)
    }
}

extension EmbeddedThemeTests {
    /// The same files, by path and bytes; a difference names the paths, not the whole folder.
    static func expectSame(
        _ embedded: [EmbeddedFile], _ onDisk: [EmbeddedFile], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(embedded.map(\.path) == onDisk.map(\.path), sourceLocation: sourceLocation)
        let differing = zip(embedded, onDisk).filter { $0 != $1 }.map(\.0.path)
        #expect(differing == [], sourceLocation: sourceLocation)
    }
}

/// The top-level names of the repository that make the example site.
enum ExampleSiteFolders {
    static let names = ["site.yml", "site.en.yml", "content", "static"]
}
