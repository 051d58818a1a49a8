/// What a card PNG was drawn from, written into the PNG itself as a `tEXt` chunk (`koho-card`, the SHA-256
/// of the filled SVG, the libraries' versions and the fonts'): a build reads it back from the previous
/// output and keeps that file when the key is the same, so an unchanged card is never drawn twice, and
/// nothing is kept anywhere but in the output.
public enum CardStamp {
    /// What draws a card on this machine: librsvg's, cairo's and Pango's versions and the font files
    /// fontconfig gives for the card font, regular and bold. Part of every key, so an upgrade draws anew.
    public static let renderer: String = {
        [
            CardRasterizer.libraryVersions, "pango \(TextFitter.pangoVersion)",
            TextFitter.fontIdentity(CardFont(weight: 400)), TextFitter.fontIdentity(CardFont(weight: 700)),
        ].joined(separator: "; ")
    }()

    /// The chunk's keyword.
    static let keyword = "koho-card"

    /// The cache key of a card drawn from `svg`: the SVG's SHA-256, a space, and the first 16 hex digits of
    /// the renderer's (everything else that decides the pixels). The SVG's part alone names what the card
    /// shows, the same on every machine; the golden copy of the example site records it.
    public static func key(svg: String, renderer: String) -> String {
        CardRasterizer.sha256(Array(svg.utf8)) + " " + CardRasterizer.sha256(Array(renderer.utf8)).prefix(16)
    }

    /// `png` with a `tEXt` chunk holding `key` right after its header chunk.
    public static func stamped(_ png: [UInt8], key: String) -> [UInt8] {
        // 8-byte signature, then IHDR: 4 length + 4 type + 13 data + 4 CRC.
        let headerEnd = 8 + 4 + 4 + 13 + 4
        guard png.count > headerEnd else { return png }
        let data = Array(keyword.utf8) + [0] + Array(key.utf8)
        var chunk = bigEndian(UInt32(data.count))
        let typed = Array("tEXt".utf8) + data
        chunk += typed + bigEndian(CRC32.checksum(typed))
        return Array(png[..<headerEnd]) + chunk + Array(png[headerEnd...])
    }

    /// The key stamped into `png`, when it has one where ``stamped(_:key:)`` puts it.
    public static func key(in png: [UInt8]) -> String? {
        let start = 8 + 25
        guard png.count > start + 8 else { return nil }
        let length = png[start..<start + 4].reduce(0) { $0 << 8 | Int($1) }
        guard Array(png[start + 4..<start + 8]) == Array("tEXt".utf8), png.count >= start + 8 + length else {
            return nil
        }
        let data = png[start + 8..<start + 8 + length]
        let prefix = Array(keyword.utf8) + [0]
        guard data.starts(with: prefix) else { return nil }
        return String(decoding: data.dropFirst(prefix.count), as: UTF8.self)
    }

    private static func bigEndian(_ n: UInt32) -> [UInt8] {
        [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, the one zlib computes).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
