import Dispatch
import Foundation
import KohoBuild
import KohoImages

// `make bench-photos` (release build): writes a site of COUNT staff members, each with a 3000 × 4000 JPEG
// (smooth colour, EXIF with a GPS position; the same bytes every run) into a temporary folder, then builds it
// twice into the same output: cold (every photo encoded) and warm (the previous output holds every file, so
// nothing is encoded). Prints each build's time, the time per photo and how many photos were encoded.

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 1000
let width = 3000, height = 4000
let root = FileManager.default.temporaryDirectory.appendingPathComponent("koho-photo-bench-\(count)").path
let manager = FileManager.default
try? manager.removeItem(atPath: root)
for folder in ["content/staff", "static/images/staff"] {
    try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
}
try Data("title: Photo bench\nbase_url: https://example.jp/\nlanguage: ja\n".utf8)
    .write(to: URL(fileURLWithPath: root + "/site.yml"))

print("libvips \(ImageLibrary.version), AVIF \(ImageLibrary.canWriteAVIF ? "on" : "off"), \(count) photos of \(width)×\(height)")
let generating = ContinuousClock.now
DispatchQueue.concurrentPerform(iterations: count) { i in
    let slug = String(format: "staff-%04d", i)
    let photo = SampleImage.jpegWithGPS(width: width, height: height, seed: i)
    try? Data(photo).write(to: URL(fileURLWithPath: "\(root)/static/images/staff/\(slug).jpg"))
    let page = """
        ---
        name: 職員 \(i)
        reading: しょくいん \(i)
        role: 係員
        photo:
          src: /images/staff/\(slug).jpg
          alt: 職員 \(i) の写真
        ---
        写真のベンチマーク。

        """
    try? Data(page.utf8).write(to: URL(fileURLWithPath: "\(root)/content/staff/\(slug).md"))
}
print("generated in \(ContinuousClock.now - generating)")

func build(_ label: String) throws {
    let started = ContinuousClock.now
    let report = try SiteBuilder(options: BuildOptions(source: root, now: 1_767_225_600)).build()
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
        String(
            format: "%@: %.2f s in all, %.1f ms per photo, %d photos encoded, %d files", label, seconds,
            seconds * 1000 / Double(count), report.imagesEncoded, report.files.count))
}

try build("cold")
try build("warm")
try build("warm again")
