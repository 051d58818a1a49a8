import Foundation
import KohoTemplates
import KohoURL

/// Rewrites the URLs in a piece of rendered HTML, in one of two ways:
/// - for feeds, every URL made absolute: a feed reader shows an item away from the site, where
///   `/kaku/images/a.png`, `a.png` or `#section` resolve against nothing;
/// - for pages of a site under a path, a root-relative URL written in a template (`/images/a.png`) gets the
///   base path in front (DESIGN.md: "a root-relative path written in content or a template means the site's
///   root"), unless it already carries it, as `rel_url` does.
///
/// A small scanner over the HTML, not a string replacement: it reads tags and their attributes the way an
/// HTML tokenizer does (quoted and unquoted values, comments, `<script>`/`<style>` raw text), rewrites only
/// URL-valued attributes (`href`, `src`, `srcset`, `poster`, …), and copies everything else byte for byte.
struct HTMLURLRewriter {
    /// What becomes of each URL that the link rule keeps.
    enum Mode: Sendable {
        /// A page of the site: root-relative URLs get the base path; the rest stays as written.
        case page
        /// A feed item read away from the site: every URL made absolute against the item's permalink.
        case feed(documentURL: String)
    }

    /// The link rule: what is kept (`javascript:` is not, wherever it is written) and the base path.
    let policy: LinkPolicy
    let mode: Mode

    /// The rewriter for the pages of a site.
    static func pages(_ policy: LinkPolicy) -> HTMLURLRewriter {
        HTMLURLRewriter(policy: policy, mode: .page)
    }

    /// The rewriter for a feed item whose permalink is `documentURL`.
    init(documentURL: String, address: SiteAddress) {
        self.init(policy: LinkPolicy(address: address), mode: .feed(documentURL: documentURL))
    }

    init(policy: LinkPolicy, mode: Mode) {
        self.policy = policy
        self.mode = mode
    }

    /// Whether a page's bytes may hold a URL the page rule changes: an attribute value starting with `/`
    /// that is neither `//…` nor `/base/…` (on a site under a path), or anything that may be a scheme the
    /// rule drops (`script:`, `data:`, `file:`, `blob:`, `intent:`, in any case). A cheap test, so pages that
    /// need nothing are not scanned.
    static func mayNeedRewrite(_ bytes: [UInt8], basePath: String) -> Bool {
        mayHoldDroppedScheme(bytes) || (basePath != "/" && mayNeedBasePath(bytes, basePath: basePath))
    }

    private static func mayNeedBasePath(_ bytes: [UInt8], basePath: String) -> Bool {
        let rest = Array(basePath.utf8.dropFirst())
        return bytes.withUnsafeBufferPointer { buffer in
            var found = false
            forEach(UInt8(ascii: "="), in: buffer) { i in
                let count = buffer.count
                guard i + 2 < count, buffer[i + 1] == UInt8(ascii: "\"") || buffer[i + 1] == UInt8(ascii: "'"),
                    buffer[i + 2] == UInt8(ascii: "/")
                else { return true }
                let start = i + 3
                let protocolRelative = start < count && buffer[start] == UInt8(ascii: "/")
                let carriesBase = start + rest.count <= count && buffer[start..<(start + rest.count)].elementsEqual(rest)
                found = !protocolRelative && !carriesBase
                return !found
            }
            return found
        }
    }

    /// True when a `:` follows the letters of a scheme the link rule drops, ignoring case (`JavaScript:`).
    private static func mayHoldDroppedScheme(_ bytes: [UInt8]) -> Bool {
        let endings: [[UInt8]] = ["script", "data", "file", "blob", "intent"].map { Array($0.utf8) }
        return bytes.withUnsafeBufferPointer { buffer in
            var found = false
            forEach(UInt8(ascii: ":"), in: buffer) { i in
                for ending in endings where i >= ending.count {
                    if zip(buffer[(i - ending.count)..<i], ending).allSatisfy({ ($0 | 0x20) == $1 }) {
                        found = true
                        return false
                    }
                }
                return true
            }
            return found
        }
    }

    /// Calls `body` with the offset of each `byte` in `buffer` (found with `memchr`) until it returns false.
    private static func forEach(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count, let hit = memchr(base + offset, Int32(byte), buffer.count - offset) {
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if !body(index) { return }
            offset = index + 1
        }
    }

    /// Attributes whose value is one URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "action", "formaction", "longdesc", "background", "xlink:href",
    ]
    /// Elements whose content is raw text: no tags inside until their end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    ]

    /// `html` with its URL attributes rewritten (made absolute, or given the base path).
    func rewrite(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                // A comment (`<!-- … -->`), doctype, CDATA section or processing instruction: copied whole.
                let end =
                    Self.isPrefix("<!--", of: bytes, at: i)
                    ? Self.find(Array("-->".utf8), in: bytes, from: i + 4)
                    : Self.find([UInt8(ascii: ">")], in: bytes, from: i)
                out += bytes[i..<end]
                i = end
            } else if Self.isASCIILetter(next) {
                i = tag(bytes, from: i, into: &out)
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Copies the start tag at `start` (an `<` before a letter), rewriting its URL attributes; returns the
    /// index after the tag, or after the raw text of a `<script>`-like element.
    private func tag(_ b: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        var i = start + 1
        while i < b.count, !Self.isSpace(b[i]), b[i] != UInt8(ascii: "/"), b[i] != UInt8(ascii: ">") { i += 1 }
        let name = String(decoding: b[(start + 1)..<i], as: UTF8.self).lowercased()
        out += b[start..<i]
        while i < b.count {
            // Whitespace and stray slashes between attributes.
            if Self.isSpace(b[i]) || b[i] == UInt8(ascii: "/") {
                out.append(b[i])
                i += 1
                continue
            }
            if b[i] == UInt8(ascii: ">") {
                out.append(b[i])
                i += 1
                break
            }
            let attribute = WrittenAttribute(in: b, at: i)
            out += b[i..<attribute.nameEnd]
            i = attribute.end
            guard let value = attribute.value else { continue }
            if let rewritten = rewrittenValue(of: attribute.name, written: b[value]) {
                out += Array("=\"".utf8) + Array(HTMLEscaper.escape(rewritten).utf8) + [UInt8(ascii: "\"")]
            } else {
                // Copied exactly as written, from the `=` to the closing quote.
                out += b[attribute.nameEnd..<attribute.end]
            }
        }
        if Self.rawTextElements.contains(name) {
            // Copy the element's text untouched, up to its end tag.
            let end = Self.findEndTag(name, in: b, from: i)
            out += b[i..<end]
            return end
        }
        return i
    }

    /// The value to write for attribute `name` whose value was written as `raw` (character references not yet
    /// decoded), or nil to keep it byte for byte: it is no URL attribute, or on a page the rule leaves it as is.
    private func rewrittenValue(of name: String, written raw: ArraySlice<UInt8>) -> String? {
        let isURL = Self.urlAttributes.contains(name)
        guard isURL || name == "srcset" || name == "imagesrcset" else { return nil }
        let decoded = HTMLAttribute.decode(String(decoding: raw, as: UTF8.self))
        let value = isURL ? resolve(decoded) : resolveSourceSet(decoded)
        // A page's own URLs that need nothing stay byte for byte as the template wrote them.
        if case .page = mode, value == decoded { return nil }
        return value
    }

    /// `written` as the link rule keeps it (a dropped URL becomes empty), made absolute for a feed.
    func resolve(_ written: String) -> String {
        guard let kept = policy.resolve(written, scope: .page) else { return "" }
        switch mode {
        case .page: return kept
        case .feed(let documentURL): return policy.address.absolute(kept, from: documentURL)
        }
    }

    /// A `srcset` with each candidate's URL resolved and its descriptor kept.
    func resolveSourceSet(_ value: String) -> String {
        value.split(separator: ",", omittingEmptySubsequences: true).map { candidate in
            let parts = candidate.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard let first = parts.first else { return "" }
            return ([resolve(String(first))] + parts.dropFirst().map(String.init)).joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    // MARK: - Attributes

    /// One attribute of a start tag as written, read the way an HTML tokenizer reads it.
    private struct WrittenAttribute {
        /// The name, lowercased.
        let name: String
        /// The index after the name.
        let nameEnd: Int
        /// The value's bytes, inside any quotes; nil when the attribute has no `=`.
        let value: Range<Int>?
        /// The index after the attribute: after its name when it has no value, else after the value's
        /// closing quote (or its last byte, unquoted).
        let end: Int

        /// Reads the attribute whose name starts at `start`. A name runs to whitespace, `/`, `>` or `=` (its
        /// first character may be `=`); a value is quoted, or unquoted up to whitespace or `>`.
        init(in b: [UInt8], at start: Int) {
            var i = start + 1
            while i < b.count, !HTMLURLRewriter.isSpace(b[i]), b[i] != UInt8(ascii: "/"), b[i] != UInt8(ascii: ">"),
                b[i] != UInt8(ascii: "=")
            {
                i += 1
            }
            name = String(decoding: b[start..<i], as: UTF8.self).lowercased()
            nameEnd = i
            var j = i
            while j < b.count, HTMLURLRewriter.isSpace(b[j]) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: "=") else {
                (value, end) = (nil, nameEnd)
                return
            }
            j += 1
            while j < b.count, HTMLURLRewriter.isSpace(b[j]) { j += 1 }
            if j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                var k = j + 1
                while k < b.count, b[k] != b[j] { k += 1 }
                (value, end) = ((j + 1)..<k, min(k + 1, b.count))
            } else {
                var k = j
                while k < b.count, !HTMLURLRewriter.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                (value, end) = (j..<k, k)
            }
        }
    }

    // MARK: - Bytes

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c | 0x20)
    }

    private static func isPrefix(_ s: String, of b: [UInt8], at i: Int) -> Bool {
        let p = Array(s.utf8)
        return i + p.count <= b.count && Array(b[i..<(i + p.count)]) == p
    }

    /// The index just after the first `needle` at or after `from`, or the end.
    private static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int {
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0], Array(b[i..<(i + needle.count)]) == needle { return i + needle.count }
            i += 1
        }
        return b.count
    }

    /// The index of `</name` (any case) at or after `from`, or the end.
    private static func findEndTag(_ name: String, in b: [UInt8], from: Int) -> Int {
        let needle = Array(("</" + name).utf8)
        var i = from
        while i + needle.count <= b.count {
            if b[i] == UInt8(ascii: "<"),
                zip(b[i..<(i + needle.count)], needle).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) || $0 == $1 })
            {
                return i
            }
            i += 1
        }
        return b.count
    }
}

/// Decoding of HTML attribute values (escaping is KohoTemplates' ``HTMLEscaper``).
enum HTMLAttribute {
    /// Character references decoded: the five XML ones and numeric ones. Other named references are left as
    /// written (`&copy;` stays `&copy;`), which for URLs is what matters.
    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semicolon]
                if let scalar = reference(name) {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func reference(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
