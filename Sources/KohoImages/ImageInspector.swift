import CVips

/// What an image's header says, read without decoding its pixels.
public struct ImageHeader: Sendable, Hashable {
    public var format: ImageFormat
    /// Width and height as shown: after the EXIF orientation is applied (a portrait phone photo stored
    /// sideways with orientation 6 is taller than wide).
    public var width: Int
    public var height: Int
    /// Whether it has an alpha channel.
    public var hasAlpha: Bool

    public init(format: ImageFormat, width: Int, height: Int, hasAlpha: Bool = false) {
        self.format = format
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
    }
}

/// Reads image headers through libvips.
public enum ImageInspector {
    /// The header of `bytes`, or why it cannot be used: not an image, a format Koho does not resize (GIF,
    /// SVG are returned with a zero size: they are published as written), or too many pixels.
    public static func header(of bytes: [UInt8]) throws(ImageError) -> ImageHeader {
        if let failure = ImageLibrary.startFailure { throw .unreadable(failure) }
        if looksLikeSVG(bytes) { return ImageHeader(format: .svg, width: 0, height: 0) }
        let result: Result<ImageHeader, ImageError> = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let loader = koho_vips_loader(base, buffer.count),
                let format = ImageFormat(loader: String(cString: loader))
            else { return .failure(.unknownFormat) }
            if format == .gif || format == .svg { return .success(ImageHeader(format: format, width: 0, height: 0)) }
            guard let image = koho_vips_header(base, buffer.count) else {
                return .failure(.unreadable(ImageLibrary.takeError()))
            }
            defer { g_object_unref(image) }
            var width = Int(vips_image_get_width(image)), height = Int(vips_image_get_height(image))
            if width <= 0 || height <= 0 { return .failure(.unreadable("empty image")) }
            if width.multipliedReportingOverflow(by: height).partialValue > ImageLimits.maximumPixels {
                return .failure(.tooManyPixels(width: width, height: height))
            }
            // Orientations 5–8 turn the picture a quarter: what is stored wide is shown tall.
            if (5...8).contains(koho_vips_orientation(image)) { swap(&width, &height) }
            return .success(
                ImageHeader(format: format, width: width, height: height, hasAlpha: vips_image_hasalpha(image) != 0))
        }
        return try result.get()
    }

    /// SVG is text: `<svg` or an XML declaration near the start.
    private static func looksLikeSVG(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<svg")
    }
}
