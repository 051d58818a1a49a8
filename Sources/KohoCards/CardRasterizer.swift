internal import CRsvg

/// Why a card could not be drawn: librsvg's or cairo's own words.
public struct CardError: Error, Sendable, Hashable {
    /// What the library said (`Error domain 1 code 4 on line 3: Opening and ending tag mismatch`).
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

/// Draws a share card: an SVG document into a 1200×630 PNG, with librsvg over cairo.
///
/// The SVG is read from memory with no base address, so librsvg loads nothing it names (no file, no
/// network): a picture on a card is a `data:` URL. The surface is opaque (white under the SVG) and PNG
/// writing adds no time stamp, so the same SVG, fonts and libraries give the same bytes.
public enum CardRasterizer {
    /// The size of a card in pixels: what Open Graph and X's large summary card show.
    public static let width = 1200
    public static let height = 630

    /// The libraries that draw a card, with their versions: part of a card's cache key.
    public static var libraryVersions: String {
        "librsvg \(LIBRSVG_VERSION); cairo \(String(cString: cairo_version_string()))"
    }

    /// The PNG of `svg` drawn at 1200×630 (the SVG's own size is scaled to fit, as a browser would).
    public static func png(svg: String) throws(CardError) -> [UInt8] {
        try draw(svg) { surface throws(CardError) in
            let sink = PNGSink()
            let status = withExtendedLifetime(sink) {
                cairo_surface_write_to_png_stream(surface, pngWriter, Unmanaged.passUnretained(sink).toOpaque())
            }
            guard status == CAIRO_STATUS_SUCCESS else { throw CardError(String(cString: cairo_status_to_string(status))) }
            return sink.bytes
        }
    }

    /// The drawn pixels, row by row, as 0xRRGGBB values (tests look at where ink fell).
    static func pixels(svg: String) throws(CardError) -> [[UInt32]] {
        try draw(svg) { surface throws(CardError) in
            cairo_surface_flush(surface)
            guard let data = cairo_image_surface_get_data(surface) else { throw CardError("no pixel data") }
            let stride = Int(cairo_image_surface_get_stride(surface))
            return (0..<height).map { y in
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                return (0..<width).map { row[$0] & 0xFF_FFFF }
            }
        }
    }

    private static func draw<T>(_ svg: String, _ use: (OpaquePointer) throws(CardError) -> T) throws(CardError) -> T {
        let bytes = Array(svg.utf8)
        var error: UnsafeMutablePointer<GError>?
        let handle = bytes.withUnsafeBufferPointer { buffer in
            rsvg_handle_new_from_data(buffer.baseAddress, gsize(buffer.count), &error)
        }
        guard let handle else { throw CardError(consume(&error) ?? "librsvg could not read the SVG") }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        rsvg_handle_set_dpi(handle, 96)

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
        else { throw CardError("cairo could not make a \(width)×\(height) surface") }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw CardError("cairo could not draw") }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        guard rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            throw CardError(consume(&error) ?? "librsvg could not draw the SVG")
        }
        return try use(surface)
    }

    /// A GError's message, freeing it.
    private static func consume(_ error: inout UnsafeMutablePointer<GError>?) -> String? {
        guard let e = error else { return nil }
        defer {
            g_error_free(e)
            error = nil
        }
        return e.pointee.message.map { String(cString: $0) }
    }

    /// The SHA-256 of `bytes` in hex (GLib's), for cache keys.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let hex = bytes.withUnsafeBufferPointer { buffer in
            g_compute_checksum_for_data(G_CHECKSUM_SHA256, buffer.baseAddress, gsize(buffer.count))
        }
        guard let hex else { return "" }
        defer { g_free(hex) }
        return String(cString: hex)
    }
}

/// Collects what cairo writes.
private final class PNGSink {
    var bytes: [UInt8] = []
}

private let pngWriter: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}
