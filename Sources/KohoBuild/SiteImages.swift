import Foundation
import KohoContent
import KohoDiagnostics
import KohoImages
import KohoRender
import KohoSite
import KohoURL

/// The raster images a site shows — staff photos, post images and images in Markdown bodies that are files
/// under static/ — read once each however often they are used, checked, and planned as the files they
/// become: `media/<hash>/<name>-<width>.<ext>` at each width of their ``ResizePlan``, in AVIF (when libvips
/// writes it), WebP and their own format, the hash being that of the file's bytes and the encoding
/// settings. GIF and SVG are published as they are. Nothing is encoded here: the files are made when they
/// are written (``SiteImage/bytes(of:)``), or taken from the previous output, where the same name holds the
/// same bytes.
struct SiteImages {
    let site: Site
    /// The site in its further languages: a translation may show a photo of its own.
    var translations: [Site] = []
    /// Output paths of the files under static/ (`images/sato.jpg`).
    let statics: Set<String>
    let fileSystem: any SiteFileSystem
    let settings: EncodingSettings
    let work: ImageWork

    /// A place an image is used.
    struct Use {
        var location: SourceLocation
        /// A staff photo, which is warned about when it is small.
        var isPhoto: Bool
    }

    /// The static file a URL written on the page at `pageURL` names, as its output path, when it is one.
    func staticFile(_ url: String, from pageURL: String) -> String? {
        guard let target = site.routes.outputPath(ofLink: url, from: pageURL), statics.contains(target) else {
            return nil
        }
        let format = ImageFormat.byName(target)
        return format == nil || format?.isResized == true ? target : nil
    }

    /// Every raster image used, by output path of its file, each with its uses in the order met.
    func uses() -> [(target: String, uses: [Use])] {
        var order: [String] = []
        var found: [String: [Use]] = [:]
        func add(_ target: String?, _ use: Use) {
            guard let target else { return }
            if found[target] == nil { order.append(target) }
            // An entry shown untranslated in another language is the same place: one use.
            guard found[target]?.contains(where: { $0.location == use.location }) != true else { return }
            found[target, default: []].append(use)
        }
        let base = site.address.basePath
        // Each language's entries: an untranslated one is the main language's again, met twice, read once.
        for language in [site] + translations {
            let links = language.links
            for member in language.staff {
                if let photo = member.entry.photo, let url = links.resolve(photo.src.value, scope: .siteRoot) {
                    add(staticFile(url, from: base), Use(location: photo.src.location, isPhoto: true))
                }
            }
            for post in language.posts {
                if let image = post.entry.image, let url = links.resolve(image.src.value, scope: .siteRoot) {
                    add(staticFile(url, from: base), Use(location: image.src.location, isPhoto: false))
                }
            }
            for body in language.bodyLinks {
                for link in body.links where link.isImage {
                    guard let url = link.url else { continue }
                    let location = SourceLocation(
                        path: body.path, line: link.position.line, column: link.position.column)
                    add(staticFile(url, from: body.pageURL), Use(location: location, isPhoto: false))
                }
            }
        }
        return order.map { ($0, found[$0] ?? []) }
    }

    /// Reads and checks every image (on every core): the ones to write, and what was wrong, at every place
    /// each is used.
    func prepare() -> (images: [SiteImage], diagnostics: [Diagnostic]) {
        let all = uses()
        let results = all.parallelMap { item in prepare(target: item.target, uses: item.uses) }
        return (results.compactMap(\.image), results.flatMap(\.diagnostics))
    }

    private func prepare(target: String, uses: [Use]) -> (image: SiteImage?, diagnostics: [Diagnostic]) {
        let source = "static/" + target
        let shown = Message.Argument.code(target)
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(source)
        } catch {
            return (nil, uses.map { Self.fileDiagnostic(source, error, at: $0.location) })
        }
        let header: ImageHeader
        do {
            header = try ImageInspector.header(of: bytes)
        } catch {
            return (nil, uses.map { Self.diagnostic(error, path: target, at: $0.location) })
        }
        guard header.format.isResized else { return (nil, []) }
        var warnings: [Diagnostic] = []
        let first = uses[0].location
        if bytes.count > ImageLimits.largeFileBytes {
            warnings.append(
                Diagnostic(
                    .warning, at: first,
                    Message(.imageLargeFile, ["path": shown, "megabytes": .number(bytes.count / 1_000_000)]),
                    hint: Message(.imageLargeFileHint)))
        }
        if header.width * header.height > ImageLimits.largePixels {
            warnings.append(
                Diagnostic(
                    .warning, at: first,
                    Message(
                        .imageLargePixels,
                        [
                            "path": shown, "width": .number(header.width), "height": .number(header.height),
                            "limit": .number(ImageLimits.largePixels / 1_000_000),
                        ]),
                    hint: Message(.imageLargeFileHint)))
        }
        if header.width < ImageLimits.smallPhotoWidth {
            for use in uses where use.isPhoto {
                warnings.append(
                    Diagnostic(
                        .warning, at: use.location,
                        Message(.imageSmallPhoto, ["path": shown, "width": .number(header.width)]),
                        hint: Message(.imageSmallPhotoHint, ["minimum": .number(ImageLimits.smallPhotoWidth)])))
            }
        }
        let hash = ContentHash.sha256(bytes + Array(("\n" + settings.fingerprint).utf8))
        let image = SiteImage(
            source: source, target: target, header: header, hash: String(hash.prefix(16)), settings: settings,
            firstUse: first, links: site.links, work: work, fileSystem: fileSystem)
        return (image, warnings)
    }

    /// The message for a file that cannot be read, at the place it is used.
    static func fileDiagnostic(_ path: String, _ error: any Error, at location: SourceLocation) -> Diagnostic {
        var found = SiteFileError.diagnostic(path: path, error: error)
        found.location = location
        return found
    }

    /// The message for an image libvips cannot use, at `location`.
    static func diagnostic(_ error: ImageError, path: String, at location: SourceLocation) -> Diagnostic {
        switch error {
        case .unknownFormat:
            return Diagnostic(
                at: location, Message(.imageUnknownFormat, ["path": .code(path)]), hint: Message(.imageUnreadableHint))
        case .unreadable(let reason), .encodingFailed(let reason):
            return Diagnostic(
                at: location, Message(.imageUnreadable, ["path": .code(path), "reason": .text(reason)]),
                hint: Message(.imageUnreadableHint))
        case .tooManyPixels(let width, let height):
            return Diagnostic(
                at: location,
                Message(
                    .imageTooManyPixels,
                    [
                        "path": .code(path), "width": .number(width), "height": .number(height),
                        "limit": .number(ImageLimits.maximumPixels / 1_000_000),
                    ]),
                hint: Message(.imageTooManyPixelsHint))
        }
    }

    /// `site` with its pictures: front-matter images by the URL they resolve to, and every Markdown body's
    /// `<img>` of a resized image turned into a `<picture>`.
    static func apply(_ images: [SiteImage], to site: inout Site) {
        guard !images.isEmpty else { return }
        let byTarget = Dictionary(images.map { ($0.target, $0) }, uniquingKeysWith: { a, _ in a })
        let routes = site.routes, links = site.links, base = site.address.basePath
        func picture(_ written: String?) -> (String, Picture)? {
            guard let written, let url = links.resolve(written, scope: .siteRoot),
                let target = routes.outputPath(ofLink: url, from: base), let image = byTarget[target]
            else { return nil }
            return (url, image.picture)
        }
        for member in site.staff {
            if let (url, found) = picture(member.entry.photo?.src.value) { site.pictures[url] = found }
        }
        for post in site.posts {
            if let (url, found) = picture(post.entry.image?.src.value) { site.pictures[url] = found }
        }
        let pageURLs = Dictionary(site.bodyLinks.map { ($0.path, $0.pageURL) }, uniquingKeysWith: { a, _ in a })
        func rewrite(_ html: String, path: String) -> String {
            guard let pageURL = pageURLs[path], html.contains("<img ") else { return html }
            return PictureMarkup.rewritingImages(in: html) { src in
                routes.outputPath(ofLink: src, from: pageURL).flatMap { byTarget[$0]?.picture }
            }
        }
        for i in site.staff.indices {
            site.staff[i].contentHTML = rewrite(site.staff[i].contentHTML, path: site.staff[i].entry.file.path)
        }
        for i in site.departments.indices {
            site.departments[i].contentHTML = rewrite(
                site.departments[i].contentHTML, path: site.departments[i].entry.file.path)
        }
        for i in site.posts.indices {
            site.posts[i].contentHTML = rewrite(site.posts[i].contentHTML, path: site.posts[i].entry.file.path)
        }
        for i in site.pages.indices {
            site.pages[i].contentHTML = rewrite(site.pages[i].contentHTML, path: site.pages[i].entry.file.path)
        }
    }
}

/// How many images a build encoded (the rest were taken from the previous output).
final class ImageWork: @unchecked Sendable {
    private let lock = NSLock()
    private var encodes = 0

    var encoded: Int { lock.withLock { encodes } }

    func countEncode() { lock.withLock { encodes += 1 } }
}

/// One image of the site and the files it becomes. Its files are encoded together, once, when the first of
/// them is asked for, and kept until each was taken.
public final class SiteImage: @unchecked Sendable {
    // @unchecked: the mutable state (`encoded`) is behind `lock`; the rest is set once.
    /// Its path in the site (`static/images/sato.jpg`) and in the output (`images/sato.jpg`).
    let source: String
    let target: String
    let header: ImageHeader
    let plan: ResizePlan
    let formats: [ImageFormat]
    /// The output files: path, format, width.
    let files: [(path: String, format: ImageFormat, width: Int)]
    let picture: Picture
    /// Where it is first used, for an error found while encoding.
    let firstUse: SourceLocation
    private let encoder: ImageEncoder
    private let work: ImageWork
    private let fileSystem: any SiteFileSystem
    private let lock = NSLock()
    private var encoded: [String: [UInt8]]?

    init(
        source: String, target: String, header: ImageHeader, hash: String, settings: EncodingSettings,
        firstUse: SourceLocation, links: LinkPolicy, work: ImageWork, fileSystem: any SiteFileSystem
    ) {
        self.fileSystem = fileSystem
        self.source = source
        self.target = target
        self.header = header
        self.firstUse = firstUse
        self.work = work
        encoder = ImageEncoder(settings: settings)
        plan = ResizePlan(width: header.width, height: header.height)
        formats = encoder.formats(for: header)
        let stem = Self.stem(of: target)
        let folder = "media/" + hash + "/"
        var files: [(String, ImageFormat, Int)] = []
        for format in formats {
            for width in plan.widths { files.append((folder + "\(stem)-\(width).\(format.fileExtension)", format, width)) }
        }
        self.files = files
        func url(_ path: String) -> String { links.resolve("/" + path, scope: .siteRoot) ?? "/" + path }
        func srcset(_ format: ImageFormat) -> String {
            files.filter { $0.1 == format }.map { "\(url($0.0)) \($0.2)w" }.joined(separator: ", ")
        }
        let fallback = formats[formats.count - 1]
        let widest = files.last { $0.1 == fallback }?.0 ?? ""
        picture = Picture(
            src: url(widest), width: plan.width, height: plan.height, type: fallback.mimeType,
            srcset: srcset(fallback), sources: formats.dropLast().map { PictureSource(type: $0.mimeType, srcset: srcset($0)) })
    }

    /// A file name made of the original's: lowercase ASCII letters, digits and `-`, so it needs no escaping in
    /// any URL (`Sato Photo 2.JPG` → `sato-photo-2`; `佐藤.jpg` → `image`).
    static func stem(of path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out.append(Character(Unicode.Scalar(byte + 32)))
            default:
                if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "image" : String(out.prefix(60))
    }

    /// The bytes of the output file at `path` (one of ``files``): every file of the image is encoded the
    /// first time one is asked for, and kept (the preview server asks for them one request at a time).
    public func bytes(of path: String) throws(DiagnosticError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if encoded == nil { encoded = try encodeAll() }
        return encoded?[path] ?? []
    }

    /// Every file of the image, encoded now.
    func encodeAll() throws(DiagnosticError) -> [String: [UInt8]] {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(source)
        } catch {
            throw DiagnosticError([SiteImages.fileDiagnostic(source, error, at: firstUse)])
        }
        let images: [EncodedImage]
        do {
            images = try encoder.encode(bytes, header: header, plan: plan)
        } catch {
            throw DiagnosticError([SiteImages.diagnostic(error, path: target, at: firstUse)])
        }
        work.countEncode()
        var out: [String: [UInt8]] = [:]
        for file in files {
            out[file.path] = images.first { $0.format == file.format && $0.width == file.width }?.bytes
        }
        return out
    }
}
