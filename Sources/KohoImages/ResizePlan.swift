/// The widths an image is written at: each of ``standardWidths`` narrower than the image, and the image's own
/// width when it is narrower than the widest standard one, so nothing is ever enlarged.
public struct ResizePlan: Sendable, Hashable {
    /// 160 for avatars, 320 and 640 for cards and phones, 1280 for a wide screen at 2×.
    public static let standardWidths = [160, 320, 640, 1280]

    /// Ascending.
    public let widths: [Int]
    /// The size of the widest one, whose aspect ratio every width keeps.
    public let width: Int
    public let height: Int

    /// The plan for an image `width` × `height` pixels (as shown, orientation applied).
    public init(width: Int, height: Int) {
        let largest = min(width, Self.standardWidths[Self.standardWidths.count - 1])
        widths = Self.standardWidths.filter { $0 < largest } + [largest]
        self.width = largest
        self.height = Self.height(ofWidth: largest, sourceWidth: width, sourceHeight: height)
    }

    /// The height libvips gives when it shrinks `sourceWidth` × `sourceHeight` to `width` wide.
    public static func height(ofWidth width: Int, sourceWidth: Int, sourceHeight: Int) -> Int {
        guard sourceWidth > 0, width < sourceWidth else { return sourceHeight }
        let exact = Double(sourceHeight) * Double(width) / Double(sourceWidth)
        return max(1, Int(exact.rounded()))
    }

    /// The height of the image at each width.
    public func height(ofWidth w: Int) -> Int {
        Self.height(ofWidth: w, sourceWidth: width, sourceHeight: height)
    }
}
