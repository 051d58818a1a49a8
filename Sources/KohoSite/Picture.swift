/// An image written at several widths and formats, as a page shows it: `<picture>` with a `<source>` per
/// modern format and an `<img>` in the format every browser reads. URLs are from the site's root, base path
/// included (`/city/media/3f…/sato-1280.jpg`).
public struct Picture: Sendable, Hashable {
    /// The fallback at its widest: what `src`, `og:image` and old templates use.
    public var src: String
    /// The widest file's size, for `width` and `height` (the browser keeps the space, so nothing shifts).
    public var width: Int
    public var height: Int
    /// The fallback's MIME type (`image/jpeg`, `image/png`).
    public var type: String
    /// The fallback at every width: `…-160.jpg 160w, …-320.jpg 320w`.
    public var srcset: String
    /// AVIF (when the library writes it), then WebP, each at every width.
    public var sources: [PictureSource]

    public init(src: String, width: Int, height: Int, type: String, srcset: String, sources: [PictureSource]) {
        self.src = src
        self.width = width
        self.height = height
        self.type = type
        self.srcset = srcset
        self.sources = sources
    }
}

/// One `<source>` of a ``Picture``.
public struct PictureSource: Sendable, Hashable {
    /// `image/avif`, `image/webp`.
    public var type: String
    public var srcset: String

    public init(type: String, srcset: String) {
        self.type = type
        self.srcset = srcset
    }
}
