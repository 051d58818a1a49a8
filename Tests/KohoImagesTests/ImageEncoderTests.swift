import Testing

@testable import KohoImages

@Suite struct ResizePlanTests {
    @Test(arguments: [
        (4032, 3024, [160, 320, 640, 1280], 1280, 960),
        (3000, 4000, [160, 320, 640, 1280], 1280, 1707),
        (1280, 720, [160, 320, 640, 1280], 1280, 720),
        (1000, 500, [160, 320, 640, 1000], 1000, 500),
        (300, 300, [160, 300], 300, 300),
        (320, 200, [160, 320], 320, 200),
        (160, 90, [160], 160, 90),
        (100, 80, [100], 100, 80),
    ])
    func widthsAreNeverEnlarged(width: Int, height: Int, widths: [Int], largest: Int, largestHeight: Int) {
        let plan = ResizePlan(width: width, height: height)
        #expect(plan.widths == widths)
        #expect(plan.width == largest)
        #expect(plan.height == largestHeight)
    }
}

@Suite struct ImageEncoderTests {
    @Test func aPhoneSizedPhotoIsWrittenAtEveryWidthInEveryFormat() throws {
        let bytes = SampleImage.jpegWithGPS(width: 2016, height: 1512)
        let header = try ImageInspector.header(of: bytes)
        #expect(header == ImageHeader(format: .jpeg, width: 2016, height: 1512))
        let plan = ResizePlan(width: header.width, height: header.height)
        let encoder = ImageEncoder(settings: EncodingSettings(avif: false))
        let images = try encoder.encode(bytes, header: header, plan: plan)
        #expect(Set(images.map(\.format)) == [.webp, .jpeg])
        #expect(images.filter { $0.format == .webp }.map(\.width) == [1280, 640, 320, 160])
        #expect(images.filter { $0.format == .jpeg }.map(\.height) == [960, 480, 240, 120])
        for image in images {
            let read = try ImageInspector.header(of: image.bytes)
            #expect(read.width == image.width && read.height == image.height)
            #expect(read.format == image.format)
        }
    }

    @Test func aSmallImageIsNotEnlarged() throws {
        let bytes = SampleImage.png(width: 300, height: 200)
        let header = try ImageInspector.header(of: bytes)
        let images = try ImageEncoder(settings: EncodingSettings(avif: false)).encode(
            bytes, header: header, plan: ResizePlan(width: 300, height: 200))
        #expect(images.map(\.width) == [300, 300, 160, 160])
        #expect(images.map(\.format) == [.webp, .png, .webp, .png])
    }

    @Test func exifAndGPSAreStrippedReadBack() throws {
        let bytes = SampleImage.jpegWithGPS(width: 400, height: 300)
        let before = SampleImage.metadataFields(of: bytes)
        // The fixture does carry what must go, or the test proves nothing.
        #expect(before.contains("exif-data"))
        #expect(before.contains { $0.hasPrefix("exif-ifd3-GPS") })
        let header = try ImageInspector.header(of: bytes)
        let images = try ImageEncoder(settings: EncodingSettings(avif: ImageLibrary.canWriteAVIF)).encode(
            bytes, header: header, plan: ResizePlan(width: 400, height: 300))
        #expect(!images.isEmpty)
        for image in images {
            let fields = SampleImage.metadataFields(of: image.bytes)
            #expect(!fields.isEmpty, "\(image.format) \(image.width) could not be read back")
            #expect(!fields.contains { $0.hasPrefix("exif") || $0.contains("GPS") }, "\(image.format): \(fields)")
            #expect(!fields.contains("xmp-data") && !fields.contains("iptc-data") && !fields.contains("icc-profile-data"))
        }
    }

    @Test func orientationIsApplied() throws {
        // Stored 400 × 300 with orientation 6 ("turn right"): shown 300 × 400.
        let bytes = SampleImage.jpegWithGPS(width: 400, height: 300, orientation: 6)
        let header = try ImageInspector.header(of: bytes)
        #expect(header.width == 300 && header.height == 400)
        let images = try ImageEncoder(settings: EncodingSettings(avif: false)).encode(
            bytes, header: header, plan: ResizePlan(width: header.width, height: header.height))
        let widest = try #require(images.first)
        #expect(widest.width == 300 && widest.height == 400)
        let read = try ImageInspector.header(of: widest.bytes)
        #expect(read.width == 300 && read.height == 400)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let bytes = SampleImage.jpegWithGPS(width: 700, height: 500, seed: 3)
        let header = try ImageInspector.header(of: bytes)
        let plan = ResizePlan(width: header.width, height: header.height)
        let encoder = ImageEncoder(settings: EncodingSettings(avif: ImageLibrary.canWriteAVIF))
        let first = try encoder.encode(bytes, header: header, plan: plan)
        let second = try encoder.encode(bytes, header: header, plan: plan)
        #expect(first == second)
    }

    @Test func aTruncatedJPEGIsUnreadable() throws {
        let bytes = SampleImage.jpegWithGPS(width: 800, height: 600)
        let cut = Array(bytes.prefix(bytes.count / 2))
        let header = try ImageInspector.header(of: cut)
        #expect(throws: ImageError.self) {
            try ImageEncoder(settings: EncodingSettings(avif: false)).encode(
                cut, header: header, plan: ResizePlan(width: 800, height: 600))
        }
    }

    @Test func notAnImageIsUnreadable() {
        #expect(throws: ImageError.unknownFormat) { try ImageInspector.header(of: Array("hello".utf8)) }
    }

    @Test func tooManyPixelsAreRefusedBeforeDecoding() throws {
        // A 312-byte PNG that says it is 20,000 × 20,000 (400 megapixels, 1.2 GB decoded): refused from its
        // header, without decoding.
        let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 
        0x4E, 0x20, 0x00, 0x00, 0x4E, 0x20, 0x08, 0x02, 0x00, 0x00, 0x00, 0x6C, 0x12, 0xD1, 0x6E, 0x00, 0x00, 0x00, 
        0xFF, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0xED, 0xC1, 0x31, 0x01, 0x00, 0x00, 0x00, 0xC2, 0xA0, 0xF5, 0x4F, 
        0x6D, 0x08, 0x5F, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 
        0x00, 0x00, 0xE0, 0x33, 0xA9, 0xB1, 0x00, 0x01, 0xAF, 0xD2, 0x61, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82
        ]
        #expect(throws: ImageError.tooManyPixels(width: 20_000, height: 20_000)) {
            try ImageInspector.header(of: png)
        }
    }

    @Test func gifAndSVGAreRecognisedAndNotResized() throws {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#.utf8)
        #expect(try ImageInspector.header(of: svg).format == .svg)
        let gif: [UInt8] = [
            0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0,
            0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B,
        ]
        #expect(try ImageInspector.header(of: gif).format == .gif)
        #expect(!ImageFormat.gif.isResized && !ImageFormat.svg.isResized)
    }

    @Test func sha256IsTheStandardOne() {
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct AVIFTests {
    /// Debian 12's libvips 8.14 with libheif 1.15 and libaom 3.6 writes AVIF; the probe must say so.
    @Test func avifIsWrittenWhenTheLibraryCan() throws {
        guard ImageLibrary.canWriteAVIF else { return }
        let bytes = SampleImage.jpegWithGPS(width: 200, height: 100)
        let header = try ImageInspector.header(of: bytes)
        let images = try ImageEncoder(settings: EncodingSettings(avif: true)).encode(
            bytes, header: header, plan: ResizePlan(width: 200, height: 100))
        let avif = try #require(images.first { $0.format == .avif })
        #expect(try ImageInspector.header(of: avif.bytes).format == .avif)
    }
}
