import CVips

/// How images are written. Part of every output name's hash: a change here writes new files rather than
/// reusing ones made the old way.
public struct EncodingSettings: Sendable, Hashable {
    public var jpegQuality = 82
    public var webpQuality = 78
    public var avifQuality = 55
    /// libvips's CPU effort for WebP (0–6) and AVIF (0–9): a build on a small machine, not a CDN.
    public var webpEffort = 4
    public var avifEffort = 1
    /// Whether AVIF is written (only when the library can).
    public var avif: Bool

    public init(avif: Bool = ImageLibrary.canWriteAVIF) {
        self.avif = avif
    }

    /// The settings as text, for hashing.
    public var fingerprint: String {
        "koho-images-1 vips-\(ImageLibrary.version) jpeg-\(jpegQuality) webp-\(webpQuality)-\(webpEffort) "
            + "avif-\(avif ? "\(avifQuality)-\(avifEffort)" : "off")"
    }
}

/// One written file of an image: a width in a format.
public struct EncodedImage: Sendable, Hashable {
    public var format: ImageFormat
    public var width: Int
    public var height: Int
    public var bytes: [UInt8]
}

/// Decodes an image once and writes it at each width of its ``ResizePlan`` in each format, with its orientation
/// applied and every piece of metadata (EXIF, GPS, XMP, ICC) left out; the pixels are converted to sRGB first.
/// The same bytes and settings always give the same output bytes.
public struct ImageEncoder: Sendable {
    public var settings: EncodingSettings

    public init(settings: EncodingSettings = EncodingSettings()) {
        self.settings = settings
    }

    /// The formats an image is written in: AVIF and WebP (when on), then the fallback every browser shows.
    public func formats(for header: ImageHeader) -> [ImageFormat] {
        (settings.avif ? [.avif] : []) + [.webp, Self.fallback(for: header)]
    }

    /// The fallback of `<picture>`: PNG for a PNG or an image with transparency, JPEG otherwise.
    public static func fallback(for header: ImageHeader) -> ImageFormat {
        header.format == .png || header.hasAlpha ? .png : .jpeg
    }

    /// Every width of `plan` in every format, widest first within each format.
    public func encode(_ bytes: [UInt8], header: ImageHeader, plan: ResizePlan) throws(ImageError) -> [EncodedImage] {
        if let failure = ImageLibrary.startFailure { throw .unreadable(failure) }
        let formats = formats(for: header)
        let result: Result<[EncodedImage], ImageError> = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let decoded = koho_vips_thumbnail(base, buffer.count, Int32(plan.width))
            else { return .failure(.unreadable(ImageLibrary.takeError())) }
            defer { g_object_unref(decoded) }
            guard let eightBit = koho_vips_eight_bit(decoded) else {
                return .failure(.encodingFailed(ImageLibrary.takeError()))
            }
            defer { g_object_unref(eightBit) }
            guard let largest = koho_vips_without_metadata(eightBit) else {
                return .failure(.encodingFailed(ImageLibrary.takeError()))
            }
            defer { g_object_unref(largest) }
            var out: [EncodedImage] = []
            for width in plan.widths.reversed() {
                let image: UnsafeMutablePointer<VipsImage>
                if width == plan.width {
                    image = largest
                    g_object_ref(image)
                } else {
                    guard let shrunk = koho_vips_shrink(largest, Int32(width)) else {
                        return .failure(.encodingFailed(ImageLibrary.takeError()))
                    }
                    image = shrunk
                }
                defer { g_object_unref(image) }
                let height = Int(vips_image_get_height(image)), actual = Int(vips_image_get_width(image))
                for format in formats {
                    guard let written = save(image, format) else {
                        return .failure(.encodingFailed(ImageLibrary.takeError()))
                    }
                    out.append(EncodedImage(format: format, width: actual, height: height, bytes: written))
                }
            }
            return .success(out)
        }
        return try result.get()
    }

    private func save(_ image: UnsafeMutablePointer<VipsImage>, _ format: ImageFormat) -> [UInt8]? {
        let (kind, quality, effort): (KohoSaveFormat, Int, Int)
        switch format {
        case .avif: (kind, quality, effort) = (KOHO_SAVE_AVIF, settings.avifQuality, settings.avifEffort)
        case .webp: (kind, quality, effort) = (KOHO_SAVE_WEBP, settings.webpQuality, settings.webpEffort)
        case .png: (kind, quality, effort) = (KOHO_SAVE_PNG, 0, 0)
        case .jpeg, .gif, .svg: (kind, quality, effort) = (KOHO_SAVE_JPEG, settings.jpegQuality, 0)
        }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        guard koho_vips_save(image, kind, Int32(quality), Int32(effort), &bytes, &length) == 0, let bytes else {
            return nil
        }
        defer { g_free(bytes) }
        let written = Array(UnsafeRawBufferPointer(start: bytes, count: length))
        return format == .webp ? WebPMetadata.removing(from: written) : written
    }
}
