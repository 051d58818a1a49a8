// swift-tools-version:6.0
// Koho: a static-site generator for an office's staff, departments and activity posts.
// Targets follow the build pipeline: C wrappers → diagnostics, URLs, dates → YAML / social / Markdown / templates →
// content (files → typed entries) and theme → site (resolved model, routes) → render (pages) → build (phases,
// output) → CLI. docs/architecture.md has one line per target.
import PackageDescription

let package = Package(
    name: "Koho",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "koho", targets: ["koho"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // MARK: - C libraries (Debian: libyaml-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev, libicu-dev, libmecab-dev,
        // libvips-dev)
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CMeCab",
            providers: [.apt(["libmecab-dev", "mecab-ipadic-utf8"])]
        ),
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev", "pkg-config"])]
        ),
        // Share cards: librsvg draws the SVG (with cairo); Pango measures its text in the same fonts.
        // Two modules, each imported by its own file: both carry GLib's declarations.
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev", "libcairo2-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libfontconfig-dev", "fonts-noto-cjk", "pkg-config"])]
        ),
        // ICU's collation, compiled as C: its header shows no ICU type, since Foundation's own ICU
        // (_FoundationICU) declares types of the same names that one Swift module cannot see twice.
        .target(
            name: "CICU",
            exclude: ["README.md"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),

        // MARK: - Pipeline stages
        .target(name: "KohoDiagnostics", exclude: ["README.md"]),
        .target(name: "KohoURL", exclude: ["README.md"]),
        .target(name: "KohoImages", dependencies: ["CVips"], exclude: ["README.md"]),
        .target(name: "KohoDates", exclude: ["README.md"]),
        .target(name: "KohoYAML", dependencies: ["CYAML", "KohoDiagnostics", "KohoDates"], exclude: ["README.md"]),
        .target(name: "KohoSocial", dependencies: ["KohoDiagnostics", "KohoURL"], exclude: ["README.md"]),
        .target(name: "KohoFurigana", dependencies: ["CMeCab"], exclude: ["README.md"]),
        .target(
            name: "KohoMarkdown", dependencies: ["CCmarkGFM", "KohoDiagnostics", "KohoFurigana", "KohoSocial", "KohoURL"],
            exclude: ["README.md"]),
        .target(name: "KohoSearch", dependencies: ["KohoDiagnostics"], exclude: ["README.md"]),
        .target(name: "KohoTemplates", dependencies: ["KohoDiagnostics", "KohoDates", "KohoURL"], exclude: ["README.md"]),
        .target(name: "KohoCards", dependencies: ["CRsvg", "CPangoCairo", "KohoDiagnostics", "KohoTemplates"], exclude: ["README.md"]),
        .target(name: "KohoContent", dependencies: ["KohoDiagnostics", "KohoYAML", "KohoSocial", "KohoURL", "KohoDates"], exclude: ["README.md"]),
        .target(name: "KohoSite", dependencies: ["CICU", "KohoDiagnostics", "KohoContent", "KohoFurigana", "KohoMarkdown", "KohoSocial", "KohoURL", "KohoDates"], exclude: ["README.md"]),
        .target(name: "KohoDefaultTheme", exclude: ["README.md"]),
        .target(
            name: "KohoTheme",
            dependencies: [
                "KohoCards", "KohoContent", "KohoDiagnostics", "KohoDefaultTheme", "KohoSite", "KohoSocial", "KohoTemplates",
                "KohoYAML",
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "KohoRender",
            dependencies: [
                "KohoCards", "KohoTheme", "KohoDiagnostics", "KohoSearch", "KohoSite", "KohoTemplates", "KohoMarkdown",
                "KohoSocial", "KohoURL", "KohoDates",
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "KohoBuild",
            dependencies: [
                "KohoDiagnostics", "KohoYAML", "KohoContent", "KohoDefaultTheme", "KohoMarkdown", "KohoSite", "KohoTheme",
                "KohoRender", "KohoURL", "KohoImages",
            ],
            exclude: ["README.md"]
        ),

        .target(
            name: "KohoServer",
            dependencies: ["KohoBuild", "KohoContent", "KohoDiagnostics", .product(name: "Hummingbird", package: "hummingbird")],
            exclude: ["README.md"]
        ),

        // MARK: - Executables
        .executableTarget(
            name: "koho",
            dependencies: [
                "KohoBuild", "KohoContent", "KohoServer", "KohoURL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "koho-template-bench", dependencies: ["KohoTemplates", "KohoURL"], exclude: ["README.md"]),
        .executableTarget(name: "koho-photo-bench", dependencies: ["KohoBuild", "KohoImages"], exclude: ["README.md"]),

        // MARK: - Fuzzing (scripts/fuzz.sh builds these with -sanitize=fuzzer; a plain build gets a replay tool)
        .target(
            name: "KohoFuzzing",
            dependencies: [
                "KohoDiagnostics", "KohoYAML", "KohoContent", "KohoTemplates", "KohoMarkdown", "KohoSocial", "KohoURL",
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "fuzz-yaml", dependencies: ["KohoFuzzing"], exclude: ["README.md"]),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["KohoFuzzing"], exclude: ["README.md"]),
        .executableTarget(name: "fuzz-template", dependencies: ["KohoFuzzing"], exclude: ["README.md"]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["KohoFuzzing"], exclude: ["README.md"]),
        .executableTarget(name: "fuzz-hashtag", dependencies: ["KohoFuzzing"], exclude: ["README.md"]),

        // MARK: - Tests
        .testTarget(name: "KohoDiagnosticsTests", dependencies: ["KohoDiagnostics"]),
        .testTarget(name: "KohoCardsTests", dependencies: ["KohoCards", "KohoTemplates"]),
        .testTarget(name: "KohoURLTests", dependencies: ["KohoURL"]),
        .testTarget(name: "KohoImagesTests", dependencies: ["KohoImages"]),
        .testTarget(name: "KohoYAMLTests", dependencies: ["KohoYAML"]),
        .testTarget(name: "KohoFuzzingTests", dependencies: ["KohoFuzzing"]),
        .testTarget(name: "KohoFuriganaTests", dependencies: ["KohoFurigana"], exclude: ["Fixtures"]),
        .testTarget(name: "KohoMarkdownTests", dependencies: ["KohoFurigana", "KohoMarkdown", "KohoSocial", "KohoURL"]),
        .testTarget(name: "KohoSearchTests", dependencies: ["KohoSearch"], exclude: ["Fixtures"]),
        .testTarget(name: "KohoSiteTests", dependencies: ["KohoSite", "CICU"]),
        .testTarget(name: "KohoSocialTests", dependencies: ["KohoSocial", "KohoYAML", "KohoURL"], exclude: ["Fixtures"]),
        .testTarget(name: "KohoTemplatesTests", dependencies: ["KohoTemplates", "KohoURL"], exclude: ["Fixtures"]),
        .testTarget(name: "KohoContentTests", dependencies: ["KohoContent", "KohoSocial", "KohoDates"], exclude: ["Fixtures"]),
        .testTarget(
            name: "KohoRenderTests",
            dependencies: ["KohoRender", "KohoBuild", "KohoContent", "KohoSite", "KohoTemplates", "KohoTheme", "KohoURL", "KohoDates"]),
        // Doubling the input must not quadruple the time: every pathological input shape, at two sizes.
        .testTarget(name: "KohoScalingTests", dependencies: ["KohoMarkdown", "KohoSocial", "KohoSite", "KohoURL"]),
        .testTarget(name: "KohoServerTests", dependencies: ["KohoServer", "KohoBuild"]),
        .testTarget(
            name: "KohoBuildTests",
            dependencies: ["KohoBuild", "KohoCards", "KohoDefaultTheme", "KohoImages", "KohoSearch", "koho"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
