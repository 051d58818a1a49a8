/// Finds URLs the way twitter-text does (`Extractor.extractURLsWithIndices`), closely enough to weigh a post
/// and to keep `#fragments` of URLs from becoming hashtags.
///
/// Follows twitter-text's shape over Unicode scalars: an optional `http://` or `https://`, a host of at
/// least two labels ending in an alphabetic top-level label (any script after a scheme, ASCII and Latin
/// accents without one), an optional port, a path and a query trimmed of trailing punctuation. A host
/// label longer than 63 characters once punycode-encoded, or a URL longer than 4096, is not a URL. Unlike
/// twitter-text it does not check top-level labels against IANA's list, so `koho.swift` counts as a URL:
/// when fitting a post that only ever makes the count larger, never too small.
enum TweetURLFinder {
    /// The URLs in `s`, as ranges of scalar offsets.
    static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        let n = s.count
        // Starts before this, without a scheme, are known to fail: see `Attempt.noHost(sameUntil:)`.
        var failsUntil = 0
        while i < n {
            if i > 0, !isValidBefore(s[i - 1]) {
                i += 1
                continue
            }
            if i < failsUntil, protocolEnd(s, at: i) == nil {
                i += 1
                continue
            }
            switch match(s, at: i) {
            case .url(let end, let isValid):
                if isValid { result.append(i..<end) }
                i = end
            case .none:
                i += 1
            case .noHost(let end):
                failsUntil = end
                i += 1
            }
        }
        return result
    }

    /// URLs as ``ranges(in:)`` finds them, plus any run of non-space text that contains `scheme://`
    /// before a `#`: a fragment is never a hashtag, even in a URL twitter-text would not recognise
    /// (`https://x/#frag`).
    static func hashtagExclusions(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var result = ranges(in: s)
        var i = 0
        let n = s.count
        while i + 2 < n {
            guard s[i] == ":", s[i + 1] == "/", s[i + 2] == "/" else {
                i += 1
                continue
            }
            var start = i
            while start > 0, isSchemeCharacter(s[start - 1]) { start -= 1 }
            var end = i + 3
            while end < n, !s[end].properties.isWhitespace { end += 1 }
            if start < i { result.append(start..<end) }
            i = end
        }
        return result
    }

    // MARK: - One URL

    /// What looking for a URL at one start found.
    private enum Attempt {
        /// A URL ending at `end`; not valid when a label or the whole is too long once encoded.
        case url(end: Int, isValid: Bool)
        /// No URL at this start.
        case none
        /// No URL at this start, because of its host, nor at any start without a scheme up to `sameUntil`
        /// (the end of the first label): such a start has a shorter first label and then the same labels,
        /// so it fails the same way. Skipping them keeps a long run of label characters (`é`, combining
        /// marks) from being scanned once per start.
        case noHost(sameUntil: Int)
    }

    private static func match(_ s: [Unicode.Scalar], at start: Int) -> Attempt {
        let n = s.count
        var j = start
        var hasProtocol = false
        if let afterProtocol = protocolEnd(s, at: start) {
            hasProtocol = true
            j = afterProtocol
        } else {
            guard isASCIIDomainCharacter(s[start]) else { return .none }
            // twitter-text: a URL without a scheme may not continue a word joined by `-`, `_`, `.` or `/`.
            if start > 0, s[start - 1] == "-" || s[start - 1] == "_" || s[start - 1] == "." || s[start - 1] == "/" {
                return .none
            }
        }
        // Host: labels separated by dots.
        var labels: [Range<Int>] = []
        while true {
            let labelStart = j
            while j < n, isLabelCharacter(s[j], unicode: hasProtocol) { j += 1 }
            if j == labelStart { break }
            labels.append(labelStart..<j)
            if j + 1 < n, s[j] == ".", isLabelCharacter(s[j + 1], unicode: hasProtocol) {
                j += 1
            } else {
                break
            }
        }
        // Without a scheme, every later start inside the first label fails like this one (whose first
        // character, a domain character, is neither `-` nor `_`).
        let noHost: Attempt = hasProtocol ? .none : .noHost(sameUntil: labels.first?.upperBound ?? start)
        guard labels.count >= 2, let tld = labels.last, isTopLevelLabel(s[tld], unicode: hasProtocol) else {
            return noHost
        }
        // A label may not start or end with `-` or `_`.
        for label in labels
        where isHyphenOrUnderscore(s[label.lowerBound]) || isHyphenOrUnderscore(s[label.upperBound - 1]) {
            return noHost
        }
        if !hasProtocol, j < n, s[j] == "@" { return noHost }
        // Port.
        if j + 1 < n, s[j] == ":", isASCIIDigit(s[j + 1]) {
            j += 1
            while j < n, isASCIIDigit(s[j]) { j += 1 }
        }
        // Path, trimmed back to its last valid ending character.
        if j < n, s[j] == "/" {
            var k = j + 1
            var lastEnding = j + 1
            while k < n, isPathCharacter(s[k]) {
                if isPathEnding(s[k]) { lastEnding = k + 1 }
                k += 1
            }
            j = lastEnding
        }
        // Query, likewise.
        if j < n, s[j] == "?" {
            var k = j + 1
            var lastEnding: Int?
            while k < n, isQueryCharacter(s[k]) {
                if isQueryEnding(s[k]) { lastEnding = k + 1 }
                k += 1
            }
            if let lastEnding { j = lastEnding }
        }
        // IDN.toASCII: each label at most 63 ASCII characters; the URL at most 4096 with its host encoded.
        var hostLength = labels.count - 1
        for label in labels {
            // The encoded form is never shorter than the label, and encoding a long one is quadratic.
            if label.count > 63 { return .url(end: j, isValid: false) }
            let length = Punycode.asciiLength(of: s[label])
            if length > 63 { return .url(end: j, isValid: false) }
            hostLength += length
        }
        let hostRange = labels[0].lowerBound..<labels[labels.count - 1].upperBound
        let length = (j - start) - hostRange.count + hostLength + (hasProtocol ? 0 : "https://".count)
        return .url(end: j, isValid: length <= 4096)
    }

    private static func protocolEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        let lower = { (k: Int) -> UInt32? in
            guard k < s.count, s[k].value < 0x80 else { return nil }
            let v = s[k].value
            return (0x41...0x5A).contains(v) ? v + 0x20 : v
        }
        guard lower(start) == 0x68, lower(start + 1) == 0x74, lower(start + 2) == 0x74, lower(start + 3) == 0x70 else {
            return nil
        }
        var k = start + 4
        if lower(k) == 0x73 { k += 1 }
        guard lower(k) == 0x3A, lower(k + 1) == 0x2F, lower(k + 2) == 0x2F else { return nil }
        return k + 3
    }

    // MARK: - Character classes (twitter-text's Regex.java)

    /// `URL_VALID_PRECEDING_CHARS`: not `a-z 0-9 @ ＠ $ # ＃` nor a directional embedding.
    private static func isValidBefore(_ c: Unicode.Scalar) -> Bool {
        if isASCIIAlphanumeric(c) { return false }
        switch c.value {
        case 0x40, 0xFF20, 0x24, 0x23, 0xFF03, 0x202A...0x202E: return false
        default: return true
        }
    }

    private static func isSchemeCharacter(_ c: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(c) || c == "+" || c == "-" || c == "."
    }

    private static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { (0x30...0x39).contains(c.value) }

    private static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    private static func isHyphenOrUnderscore(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "_" }

    /// `LATIN_ACCENTS_CHARS`.
    private static func isLatinAccent(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x24F, 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263,
            0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB, 0x300...0x36F, 0x1E00...0x1EFF:
            return true
        default:
            return false
        }
    }

    private static func isASCIIDomainCharacter(_ c: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(c) || isLatinAccent(c)
    }

    /// A character of a host label: `URL_VALID_CHARS` without a scheme; after one, anything but
    /// punctuation, spaces and general punctuation (`URL_VALID_UNICODE_CHARS`); `-` and `_` inside.
    private static func isLabelCharacter(_ c: Unicode.Scalar, unicode: Bool) -> Bool {
        if c == "-" || c == "_" { return true }
        if isASCIIDomainCharacter(c) { return true }
        guard unicode, c.value >= 0x80 else { return false }
        if (0x2000...0x206F).contains(c.value) { return false }
        if c.properties.isWhitespace { return false }
        switch c.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .unassigned: return false
        default: return true
        }
    }

    private static func isTopLevelLabel(_ label: ArraySlice<Unicode.Scalar>, unicode: Bool) -> Bool {
        if label.allSatisfy({ (0x41...0x5A).contains($0.value) || (0x61...0x7A).contains($0.value) }) {
            return label.count >= 2
        }
        if label.count > 4, label.prefix(4).map({ Character($0).lowercased() }).joined() == "xn--" { return true }
        return unicode && label.allSatisfy { HashtagCharacters.isLetterOrMark($0) }
    }

    /// `URL_VALID_GENERAL_PATH_CHARS`, with parentheses.
    private static func isPathCharacter(_ c: Unicode.Scalar) -> Bool {
        if isASCIIAlphanumeric(c) || isLatinAccent(c) || (0x400...0x4FF).contains(c.value) { return true }
        switch c {
        case "!", "*", "'", ";", ":", "=", "+", ",", ".", "$", "/", "%", "#", "[", "]", "-", "\u{2013}", "_", "~",
            "|", "&", "@", "(", ")":
            return true
        default:
            return false
        }
    }

    /// `URL_VALID_PATH_ENDING_CHARS`, with a closing parenthesis.
    private static func isPathEnding(_ c: Unicode.Scalar) -> Bool {
        if isASCIIAlphanumeric(c) || isLatinAccent(c) || (0x400...0x4FF).contains(c.value) { return true }
        switch c {
        case "=", "_", "#", "/", "-", "+", ")": return true
        default: return false
        }
    }

    /// `URL_VALID_URL_QUERY_CHARS`.
    private static func isQueryCharacter(_ c: Unicode.Scalar) -> Bool {
        if isASCIIAlphanumeric(c) { return true }
        switch c {
        case "!", "?", "*", "'", "(", ")", ";", ":", "&", "=", "+", "$", "/", "%", "#", "[", "]", "-", "_", ".", ",",
            "~", "|", "@":
            return true
        default:
            return false
        }
    }

    /// `URL_VALID_URL_QUERY_ENDING_CHARS`.
    private static func isQueryEnding(_ c: Unicode.Scalar) -> Bool {
        if isASCIIAlphanumeric(c) { return true }
        switch c {
        case "-", "_", "&", "=", "#", "/": return true
        default: return false
        }
    }
}

/// RFC 3492 punycode, only as far as a label's encoded length: what IDN.toASCII checks against 63.
enum Punycode {
    /// The length of `label` as IDN.toASCII would write it: itself when ASCII, else `xn--` + punycode.
    static func asciiLength(of label: ArraySlice<Unicode.Scalar>) -> Int {
        if label.allSatisfy({ $0.value < 0x80 }) { return label.count }
        return 4 + encodedLength(label.map(\.value))
    }

    static func encodedLength(_ input: [UInt32]) -> Int {
        let base: UInt32 = 36, tMin: UInt32 = 1, tMax: UInt32 = 26
        var output = 0
        let basicCount = input.filter { $0 < 0x80 }.count
        output += basicCount
        if basicCount > 0 { output += 1 }
        var n: UInt32 = 128
        var delta: UInt32 = 0
        var bias: UInt32 = 72
        var handled = basicCount
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { break }
            delta &+= (m - n) &* UInt32(handled + 1)
            n = m
            for c in input {
                if c < n { delta &+= 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output += 1
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output += 1
                    bias = adapt(delta, points: UInt32(handled + 1), first: handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta &+= 1
            n &+= 1
        }
        return output
    }

    private static func adapt(_ delta: UInt32, points: UInt32, first: Bool) -> UInt32 {
        var delta = first ? delta / 700 : delta / 2
        delta += delta / points
        var k: UInt32 = 0
        while delta > ((36 - 1) * 26) / 2 {
            delta /= 35
            k += 36
        }
        return k + (36 * delta) / (delta + 38)
    }
}
