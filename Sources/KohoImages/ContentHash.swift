import CVips

/// SHA-256 (through GLib, which libvips brings), as lowercase hex.
public enum ContentHash {
    /// The 64 hex digits of the SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            guard let text = g_compute_checksum_for_data(G_CHECKSUM_SHA256, buffer.baseAddress, gsize(buffer.count)) else {
                return ""
            }
            defer { g_free(text) }
            return String(cString: text)
        }
    }
}
