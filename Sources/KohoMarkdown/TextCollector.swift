import KohoSocial

/// Gathers text with runs of whitespace collapsed to one space and none at either end.
struct TextCollector {
    private var scalars = String.UnicodeScalarView()
    /// Whitespace was seen since the last character; written only if more text follows.
    private var pendingSpace = false

    /// Adds `text`, folding its whitespace.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if ScalarTraits.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
    }

    /// Marks a word boundary (a line break, a block's edge) without adding a character yet.
    mutating func appendSpace() { pendingSpace = true }

    /// The collected text.
    var text: String { String(scalars) }
}
