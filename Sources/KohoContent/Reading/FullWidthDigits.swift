import KohoDiagnostics

/// A number written in full-width digits (`order: ３`, `paginate: １０`, typed with a Japanese IME on): YAML
/// reads it as text, so a field that wants a number would only say "must be an integer, got a string".
/// This names the characters and shows the number in half-width digits.
enum FullWidthDigits {
    /// The message and hint for the field `key` whose value is written `text`, when `text` is a whole number
    /// in full-width digits (at least one; half-width ones may be mixed in), with an optional sign (`－３`,
    /// `-３`, `＋３`); nil for any other text.
    ///
    /// ```swift
    /// FullWidthDigits.problem(key: "order", text: "３")
    /// // en: `３` is written in full-width digits
    /// //     hint: write it in half-width digits (with the IME off, 直接入力): `order: 3`
    /// ```
    static func problem(key: String, text: String) -> (message: Message, hint: Message)? {
        guard let number = halfWidth(text) else { return nil }
        return (
            Message(.sourceFullWidthDigits, ["digits": .text(text)]),
            Message(.sourceFullWidthDigitsHint, ["example": .code("\(key): \(number)")])
        )
    }

    /// `text` in half-width digits, when it is a whole number with at least one full-width digit.
    static func halfWidth(_ text: String) -> String? {
        var scalars = Substring(text).unicodeScalars
        var result = ""
        if let first = scalars.first, let sign = signs[first] {
            result.append(sign)
            scalars = scalars.dropFirst()
        }
        guard !scalars.isEmpty else { return nil }
        var fullWidth = false
        for scalar in scalars {
            switch scalar.value {
            case 0x30...0x39:
                result.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19:
                fullWidth = true
                result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
            default:
                return nil
            }
        }
        return fullWidth ? result : nil
    }

    /// Signs as half-width text, full-width and half-width (and the minus sign `−` some IMEs type).
    private static let signs: [Unicode.Scalar: Character] = [
        "-": "-", "+": "+", "\u{FF0D}": "-", "\u{FF0B}": "+", "\u{2212}": "-",
    ]
}
