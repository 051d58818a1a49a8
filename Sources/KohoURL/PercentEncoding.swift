/// RFC 3986 percent-encoding of UTF-8: the one encoder for path segments, query values and share links.
public enum PercentEncoding {
    /// Encodes everything but the unreserved characters `A–Z a–z 0–9 - . _ ~`: for query values, so `&`, `#`,
    /// `|`, `+`, spaces and Japanese never break a link.
    public static func encode(_ s: String) -> String {
        encode(s, keeping: { _ in false })
    }

    /// Encodes a path segment: unreserved characters, `@` and `:` stay.
    public static func encodePathSegment(_ s: String) -> String {
        encode(s, keeping: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") })
    }

    /// Encodes a path: as ``encode(_:)`` but `/` stays (Jinja's `urlencode` of a string keeps it).
    public static func encodeKeepingSlash(_ s: String) -> String {
        encode(s, keeping: { $0 == UInt8(ascii: "/") })
    }

    /// A URL as written, with the characters no URL may hold percent-encoded — spaces, controls, `"`, `<`,
    /// `>`, `` ` ``, `^`, `{`, `|`, `}` — so `/images/my photo.jpg` is a valid `src` (`my%20photo.jpg`). What is
    /// already encoded (`%20`), `\`, non-ASCII letters and every character with a meaning in a URL stay.
    public static func escapeIllegal(_ s: String) -> String {
        guard s.utf8.contains(where: isIllegal) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            if isIllegal(byte) {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isIllegal(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x21, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"),
            UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    private static func encode(_ s: String, keeping extra: (UInt8) -> Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.append(byte)
            case _ where extra(byte):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
