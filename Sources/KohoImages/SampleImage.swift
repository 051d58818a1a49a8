import CVips

/// Generated photos, for tests and the benchmark: smooth colour, the same bytes for the same arguments.
public enum SampleImage {
    /// A JPEG `width` × `height` (as stored) carrying EXIF with `orientation` and a GPS position.
    public static func jpegWithGPS(width: Int, height: Int, seed: Int = 1, orientation: Int = 1) -> [UInt8] {
        guard ImageLibrary.startFailure == nil, let image = koho_vips_gradient(Int32(width), Int32(height), Int32(seed))
        else { return [] }
        defer { g_object_unref(image) }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        guard koho_vips_jpeg_with_exif(image, Int32(orientation), &bytes, &length) == 0, let bytes else { return [] }
        defer { g_free(bytes) }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// A PNG `width` × `height`, without metadata.
    public static func png(width: Int, height: Int, seed: Int = 1) -> [UInt8] {
        guard ImageLibrary.startFailure == nil, let image = koho_vips_gradient(Int32(width), Int32(height), Int32(seed))
        else { return [] }
        defer { g_object_unref(image) }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        guard koho_vips_save(image, KOHO_SAVE_PNG, 0, 0, &bytes, &length) == 0, let bytes else { return [] }
        defer { g_free(bytes) }
        return Array(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// The metadata field names libvips reads from `bytes` (`exif-data`, `exif-ifd3-GPSLatitude`, …); empty when
    /// it cannot read them.
    public static func metadataFields(of bytes: [UInt8]) -> [String] {
        guard ImageLibrary.startFailure == nil else { return [] }
        return bytes.withUnsafeBytes { buffer -> [String] in
            guard let base = buffer.baseAddress, let image = koho_vips_header(base, buffer.count) else { return [] }
            defer { g_object_unref(image) }
            guard let names = vips_image_get_fields(image) else { return [] }
            defer { g_strfreev(names) }
            var fields: [String] = []
            var index = 0
            while let name = names[index] {
                fields.append(String(cString: name))
                index += 1
            }
            return fields
        }
    }
}
