import Foundation
import KohoBuild
import KohoContent
import KohoDiagnostics
import KohoImages
import Testing

/// Photos through libvips, as a build sees them: which images are resized, the `<picture>` pages get, the
/// cache in the previous output, and the messages at the field or Markdown position that named the image.
@Suite struct SiteImagesTests {
    static let siteYML = "title: テスト市役所\nbase_url: https://example.jp/city/\n"

    /// A site on disk: `texts` by path, and `images` (binary files) by path.
    static func site(_ texts: [String: String], images: [String: [UInt8]]) throws -> URL {
        let root = try TestSupport.temporaryFolder()
        try TestSupport.write(["site.yml": siteYML].merging(texts) { _, b in b }, under: root)
        for (path, bytes) in images {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    static let sato = """
        ---
        name: 佐藤 花子
        reading: さとう はなこ
        photo:
          src: /images/staff/sato photo.jpg
          alt: 佐藤の写真
        ---
        ![庁舎](/images/staff/sato%20photo.jpg "本庁舎")

        ![地図](/images/map.png)
        """

    static func files(of folder: URL) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path
        for case let relative as String in FileManager.default.enumerator(atPath: base) ?? FileManager.DirectoryEnumerator() {
            if let data = FileManager.default.contents(atPath: base + "/" + relative) { out[relative] = Array(data) }
        }
        return out
    }

    @Test func photosArePublishedResizedAsPicturesAndCachedInThePreviousOutput() throws {
        let photo = SampleImage.jpegWithGPS(width: 1600, height: 1200, orientation: 1)
        let map = SampleImage.png(width: 400, height: 300, seed: 2)
        let root = try Self.site(
            ["content/staff/sato.md": Self.sato],
            images: ["static/images/staff/sato photo.jpg": photo, "static/images/map.png": map])
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let options = BuildOptions(source: root.path, now: TestSupport.now)

        // Cold: each image encoded once, however often it is used (the photo twice).
        let cold = try SiteBuilder(options: options).build()
        #expect(cold.imagesEncoded == 2)
        let first = Self.files(of: output)
        let media = first.keys.filter { $0.hasPrefix("media/") }.sorted()
        let formats = ImageLibrary.canWriteAVIF ? ["avif", "webp"] : ["webp"]
        // The photo at 160, 320, 640 and 1280; the 400-wide map at 160, 320 and 400: each in every format.
        #expect(media.count == (formats.count + 1) * (4 + 3))
        #expect(media.allSatisfy { $0.range(of: #"^media/[0-9a-f]{16}/(sato-photo|map)-[0-9]+\.(avif|webp|jpg|png)$"#, options: .regularExpression) != nil })
        // The originals, with their EXIF and GPS, are not published.
        #expect(first["images/staff/sato photo.jpg"] == nil && first["images/map.png"] == nil)

        let page = String(decoding: try #require(first["staff/sato/index.html"]), as: UTF8.self)
        let hash = try #require(media.first { $0.contains("sato-photo-1280.jpg") }).dropFirst("media/".count).prefix(16)
        let folder = "/city/media/\(hash)/"
        #expect(page.contains(#"<img class="profile-photo" src="\#(folder)sato-photo-1280.jpg" srcset="\#(folder)sato-photo-160.jpg 160w, \#(folder)sato-photo-320.jpg 320w, \#(folder)sato-photo-640.jpg 640w, \#(folder)sato-photo-1280.jpg 1280w" sizes="(max-width: 40rem) 112px, 160px" width="1280" height="960" alt="佐藤の写真" fetchpriority="high" decoding="async"></picture>"#))
        #expect(page.contains(#"<source type="image/webp" srcset="\#(folder)sato-photo-160.webp 160w, \#(folder)sato-photo-320.webp 320w, \#(folder)sato-photo-640.webp 640w, \#(folder)sato-photo-1280.webp 1280w" sizes="(max-width: 40rem) 112px, 160px">"#))
        // The body's images: the same files, as a <picture> with the title kept, lazy.
        #expect(page.contains(#"<img src="\#(folder)sato-photo-1280.jpg" srcset="\#(folder)sato-photo-160.jpg 160w, \#(folder)sato-photo-320.jpg 320w, \#(folder)sato-photo-640.jpg 640w, \#(folder)sato-photo-1280.jpg 1280w" sizes="(min-width: 46rem) 44rem, 100vw" width="1280" height="960" alt="庁舎" title="本庁舎" loading="lazy" decoding="async"></picture>"#))
        #expect(page.contains(#"sizes="(min-width: 46rem) 44rem, 100vw" width="400" height="300" alt="地図" loading="lazy" decoding="async"></picture>"#))
        #expect(!page.contains("images/staff/sato") && !page.contains("images/map.png"))
        #expect(page.contains(#"<meta property="og:image" content="https://example.jp\#(folder)sato-photo-1280.jpg">"#))

        // Warm: nothing encoded, the same bytes.
        let warm = try SiteBuilder(options: options).build()
        #expect(warm.imagesEncoded == 0)
        #expect(Self.files(of: output) == first)

        // A changed photo is encoded again, under a new name; the other one is still taken from the output.
        try Data(SampleImage.jpegWithGPS(width: 1600, height: 1200, seed: 9)).write(
            to: root.appendingPathComponent("static/images/staff/sato photo.jpg"))
        let changed = try SiteBuilder(options: options).build()
        #expect(changed.imagesEncoded == 1)
        #expect(!Self.files(of: output).keys.contains(media[0]) || !media[0].contains("sato-photo"))
    }

    @Test func aPlannedSiteHasTheSameBytesOnEveryBuild() throws {
        let root = try Self.site(
            ["content/staff/sato.md": Self.sato],
            images: [
                "static/images/staff/sato photo.jpg": SampleImage.jpegWithGPS(width: 700, height: 500),
                "static/images/map.png": SampleImage.png(width: 200, height: 100),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        func bytes() throws -> [String: [UInt8]] {
            var out: [String: [UInt8]] = [:]
            for file in try SiteBuilder(options: options).plan().files {
                if case .bytes(let b) = file.contents { out[file.path] = b }
            }
            return out
        }
        let a = try bytes(), b = try bytes()
        #expect(a.keys.filter { $0.hasPrefix("media/") }.count > 0)
        #expect(a == b)
    }

    /// A 312-byte PNG claiming 20000 × 20000 pixels.
    static let bomb: [UInt8] = {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            var c: UInt32 = 0xFFFF_FFFF
            for b in body {
                c ^= UInt32(b)
                for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            c ^= 0xFFFF_FFFF
            let n = UInt32(data.count)
            return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body
                + [UInt8(c >> 24), UInt8((c >> 16) & 0xFF), UInt8((c >> 8) & 0xFF), UInt8(c & 0xFF)]
        }
        png += chunk("IHDR", [0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 2, 0, 0, 0])
        // A stored (uncompressed) zlib stream of one empty row: enough for the header to be read.
        png += chunk("IDAT", [0x78, 0x01, 0x01, 0x01, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x01, 0x00, 0x01])
        png += chunk("IEND", [])
        return png
    }()

    @Test func badImagesAreReportedWhereTheyAreNamed() throws {
        let texts = [
            "content/staff/abe.md": "---\nname: 阿部\nphoto: {src: /images/abe.jpg, alt: 阿部}\n---\n",
            "content/staff/ueda.md": "---\nname: 上田\nphoto: {src: /images/ueda.png, alt: 上田}\n---\n",
            "content/pages/about.md": "---\ntitle: 概要\n---\n本文\n\n  ![巨大](/images/bomb.png)\n",
        ]
        let root = try Self.site(
            texts,
            images: [
                "static/images/abe.jpg": Array("not a photo".utf8),
                "static/images/ueda.png": SampleImage.png(width: 120, height: 120),
                "static/images/bomb.png": Self.bomb,
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(source: root.path, now: TestSupport.now)
        var found: [Diagnostic] = []
        do {
            _ = try SiteBuilder(options: options).plan()
            Issue.record("the build should fail")
        } catch {
            found = error.diagnostics
        }
        #expect(
            CheckTests.lines(found) == [
                "content/pages/about.md:6:3: error: image `images/bomb.png` is 20000 × 20000 pixels, more than the 100 megapixels Koho reads [make it smaller before adding it: pages show at most 1280 pixels wide]",
                "content/staff/abe.md:3:14: error: image `images/abe.jpg` is not a JPEG, PNG, WebP, AVIF, GIF or SVG file [save it again as JPEG, PNG or WebP; Koho reads JPEG, PNG, WebP and AVIF, and publishes GIF and SVG as they are]",
                "content/staff/ueda.md:3:14: warning: photo `images/ueda.png` is only 120 pixels wide [use a photo at least 160 pixels wide, so it is sharp on the profile]",
            ])
        #expect(
            CheckTests.lines(found, in: .japanese) == [
                "content/pages/about.md:6:3: error: 画像 `images/bomb.png` は 20000 × 20000 ピクセルで、Koho が読める 100 メガピクセルを超えています [小さくしてから追加してください。ページに表示するのは最大でも幅 1280 ピクセルです]",
                "content/staff/abe.md:3:14: error: 画像 `images/abe.jpg` は JPEG・PNG・WebP・AVIF・GIF・SVG のどれでもありません [JPEG・PNG・WebP で保存し直してください。Koho が読めるのは JPEG・PNG・WebP・AVIF で、GIF と SVG はそのまま公開します]",
                "content/staff/ueda.md:3:14: warning: 写真 `images/ueda.png` の幅が 120 ピクセルしかありません [プロフィールでぼやけないよう、幅 160 ピクセル以上の写真を使ってください]",
            ])
    }

    @Test func aDamagedPhotoIsAnErrorAtItsField() throws {
        let whole = SampleImage.jpegWithGPS(width: 800, height: 600)
        let root = try Self.site(
            ["content/staff/abe.md": "---\nname: 阿部\nphoto: {src: /images/abe.jpg, alt: 阿部}\n---\n"],
            images: ["static/images/abe.jpg": Array(whole.prefix(whole.count / 2))])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try SiteBuilder(options: BuildOptions(source: root.path, now: TestSupport.now)).build()
            Issue.record("the build should fail")
        } catch {
            let line = try #require(CheckTests.lines(error.diagnostics).first)
            #expect(line.hasPrefix("content/staff/abe.md:3:14: error: image `images/abe.jpg` cannot be read: "))
            #expect(line.hasSuffix(" [save it again as JPEG, PNG or WebP; Koho reads JPEG, PNG, WebP and AVIF, and publishes GIF and SVG as they are]"))
            let japanese = try #require(CheckTests.lines(error.diagnostics, in: .japanese).first)
            #expect(japanese.hasPrefix("content/staff/abe.md:3:14: error: 画像 `images/abe.jpg` を読み込めません: "))
        }
        // Nothing was written.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    /// A translation's own photo is published resized like any other; a damaged photo an untranslated
    /// entry shows in both languages is reported once, at its field.
    @Test func aTranslationsOwnPhotoIsResizedAndAPhotoSharedByLanguagesIsReadOnce() throws {
        let root = try Self.site(
            [
                "site.yml": Self.siteYML + "languages: [ja, en]\n",
                "content/staff/abe.md": "---\nname: 阿部\nphoto: {src: /images/abe.jpg, alt: 阿部}\n---\n",
                "content/staff/abe.en.md": "---\nname: Abe\nphoto: {src: /images/abe-en.jpg, alt: Abe}\n---\n",
            ],
            images: [
                "static/images/abe.jpg": SampleImage.jpegWithGPS(width: 800, height: 600),
                "static/images/abe-en.jpg": SampleImage.jpegWithGPS(width: 640, height: 480, seed: 3),
            ])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder(options: BuildOptions(source: root.path, now: TestSupport.now)).build()
        #expect(report.imagesEncoded == 2)
        let english = try String(
            contentsOf: root.appendingPathComponent("public/en/staff/abe/index.html"), encoding: .utf8)
        #expect(english.contains("<picture>"))
        #expect(english.contains("abe-en-640.jpg"))
        #expect(!english.contains("/images/abe-en.jpg"))

        let whole = SampleImage.jpegWithGPS(width: 800, height: 600)
        let damaged = try Self.site(
            [
                "site.yml": Self.siteYML + "languages: [ja, en]\n",
                "content/staff/abe.md": "---\nname: 阿部\nphoto: {src: /images/abe.jpg, alt: 阿部}\n---\n",
            ],
            images: ["static/images/abe.jpg": Array(whole.prefix(whole.count / 2))])
        defer { try? FileManager.default.removeItem(at: damaged) }
        do {
            _ = try SiteBuilder(options: BuildOptions(source: damaged.path, now: TestSupport.now)).build()
            Issue.record("the build should fail")
        } catch {
            let lines = CheckTests.lines(error.diagnostics).filter { $0.contains("images/abe.jpg") }
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("content/staff/abe.md:3:14: error: ") == true)
        }
    }

    @Test func gifAndSVGArePublishedAsWrittenWithTheirNamesEscaped() throws {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#
        let root = try Self.site(
            [
                "content/staff/abe.md": "---\nname: 阿部\nphoto: {src: /images/abe logo.svg, alt: 阿部}\n---\n",
                "static/images/abe logo.svg": svg,
            ], images: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try SiteBuilder(options: BuildOptions(source: root.path, now: TestSupport.now)).plan()
        #expect(report.imagesEncoded == 0)
        #expect(report.files.contains { $0.path == "images/abe logo.svg" })
        let page = try #require(BuildTests.text(report, "staff/abe/index.html"))
        #expect(page.contains(#"<img class="profile-photo" src="/city/images/abe%20logo.svg" alt="阿部" fetchpriority="high" decoding="async">"#) == false)
        #expect(page.contains(#"src="/city/images/abe%20logo.svg""#))
        // An SVG is never shared: the staff member's share card is.
        #expect(!page.contains(#"content="https://example.jp/city/images/abe%20logo.svg""#))
        #expect(page.contains(#"<meta property="og:image" content="https://example.jp/city/cards/staff/abe.png">"#))
    }
}
