/// Why an image could not be used.
public enum ImageError: Error, Sendable, Hashable {
    /// Not JPEG, PNG, WebP, AVIF, GIF or SVG (by its first bytes, not its name).
    case unknownFormat
    /// Not an image libvips can read, or damaged (truncated, corrupt); libvips's words.
    case unreadable(String)
    /// More pixels than ``ImageLimits/maximumPixels``: refused before any pixel is decoded.
    case tooManyPixels(width: Int, height: Int)
    /// libvips failed while resizing or writing; its words.
    case encodingFailed(String)
}

/// What Koho accepts and what it warns about.
public enum ImageLimits {
    /// Images with more pixels are refused before decoding (a 20,000 × 20,000 "decompression bomb" is a few
    /// kilobytes of PNG): 100 megapixels, more than any phone or camera gives.
    public static let maximumPixels = 100_000_000
    /// Larger files are used, with a warning: far more than any page needs.
    public static let largeFileBytes = 20_000_000
    /// Images with more pixels are used, with a warning.
    public static let largePixels = 40_000_000
    /// A staff photo narrower than this is used, with a warning: it looks blurred on a profile.
    public static let smallPhotoWidth = 160
}
