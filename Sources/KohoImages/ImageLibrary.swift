import CVips

/// libvips, started once for the process. Every entry point of this module asks for it first; after that,
/// libvips may be used from any thread.
public enum ImageLibrary {
    /// Whether libvips started; nil when it did, or what went wrong.
    static let startFailure: String? = {
        koho_vips_start() == 0 ? nil : takeError()
    }()

    /// Whether this libvips can write AVIF (through libheif with an AV1 encoder): found out once by
    /// encoding a tiny image, since libheif may be there with only a HEVC encoder.
    public static let canWriteAVIF: Bool = {
        guard startFailure == nil, vips_type_find("VipsOperation", "heifsave_buffer") != 0,
            let image = koho_vips_gradient(16, 16, 1)
        else { return false }
        defer { g_object_unref(image) }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        let failed = koho_vips_save(image, KOHO_SAVE_AVIF, 50, 0, &bytes, &length) != 0
        g_free(bytes)
        if failed { _ = takeError() }
        return !failed && length > 0
    }()

    /// libvips's version, `8.14.1`.
    public static var version: String {
        _ = startFailure
        return String(cString: vips_version_string())
    }

    /// The text of libvips's last error on this process, cleared.
    static func takeError() -> String {
        guard let text = koho_vips_take_error() else { return "" }
        defer { g_free(text) }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    fileprivate static let whitespacesAndNewlines: Set<Character> = [" ", "\n", "\t", "\r"]
}
