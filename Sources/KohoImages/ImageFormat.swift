/// The image formats Koho knows, read from a file's first bytes (not its name).
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, png, webp, avif, gif, svg

    /// The MIME type, for `<source type>`.
    public var mimeType: String {
        switch self {
        case .jpeg: return "image/jpeg"
        case .png: return "image/png"
        case .webp: return "image/webp"
        case .avif: return "image/avif"
        case .gif: return "image/gif"
        case .svg: return "image/svg+xml"
        }
    }

    /// The file name extension Koho writes.
    public var fileExtension: String {
        switch self {
        case .jpeg: return "jpg"
        default: return rawValue
        }
    }

    /// Whether Koho resizes it. GIF (perhaps animated) and SVG (drawn at any size) are published as written.
    public var isResized: Bool {
        switch self {
        case .jpeg, .png, .webp, .avif: return true
        case .gif, .svg: return false
        }
    }

    /// The format a name's extension says, for files Koho does not read (`.svg`, `.gif`); nil for others.
    public static func byName(_ path: String) -> ImageFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".svg") || lower.hasSuffix(".svgz") { return .svg }
        if lower.hasSuffix(".gif") { return .gif }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return .jpeg }
        if lower.hasSuffix(".png") { return .png }
        if lower.hasSuffix(".webp") { return .webp }
        if lower.hasSuffix(".avif") { return .avif }
        return nil
    }

    /// The format of a libvips loader (`VipsForeignLoadJpegBuffer`, `jpegload_buffer`).
    init?(loader: String) {
        let name = loader.lowercased()
        let kinds: [(String, ImageFormat)] = [
            ("jpeg", .jpeg), ("png", .png), ("webp", .webp), ("heif", .avif), ("gif", .gif), ("svg", .svg),
        ]
        guard let found = kinds.first(where: { name.contains($0.0) }) else { return nil }
        self = found.1
    }
}
