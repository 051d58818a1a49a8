import KohoContent
import KohoDiagnostics
import Testing

@Suite struct SourceDecoderTests {
    @Test(
        arguments: [
            ([0xEF, 0xBB, 0xBF] + Array("name: 佐藤\n".utf8), "name: 佐藤\n"),
            (Array("a\r\nb\r\n".utf8), "a\nb\n"),
            (Array("a\rb\r\n\r\nc".utf8), "a\nb\n\nc"),
            ([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\n".utf8), "---\ntitle: A\n---\n"),
            (Array("日本語のみ".utf8), "日本語のみ"),
            ([], ""),
        ] as [([UInt8], String)])
    func decodes(bytes: [UInt8], expected: String) throws {
        #expect(try SourceDecoder.decode(bytes, path: "content/staff/sato.md") == expected)
    }

    @Test(
        arguments: [
            (
                Array("a\nb\nc".utf8) + [0xFF] + Array("d\n".utf8),
                "content/staff/sato.md:3:2: error: content/staff/sato.md is not UTF-8 (byte 0xFF at line 3); save it as UTF-8"
            ),
            (
                Array("名前: 日本".utf8) + [0xC0, 0x80],
                "content/staff/sato.md:1:7: error: content/staff/sato.md is not UTF-8 (byte 0xC0 at line 1); save it as UTF-8"
            ),
            (
                // A sequence cut short at the end of the file.
                Array("x: ".utf8) + [0xE3, 0x81],
                "content/staff/sato.md:1:4: error: content/staff/sato.md is not UTF-8 (byte 0xE3 at line 1); save it as UTF-8"
            ),
            (
                // 佐藤 in Shift_JIS, the usual way a Japanese office's file is not UTF-8.
                Array("---\nname: ".utf8) + [0x8D, 0xB2, 0x93, 0xA1] + Array("\n---\n".utf8),
                "content/staff/sato.md:2:7: error: content/staff/sato.md is not UTF-8 (byte 0x8D at line 2; it looks like Shift_JIS); save it as UTF-8"
            ),
            (
                // Half-width katakana ｻﾄｳ in Shift_JIS are single bytes 0xA1–0xDF.
                Array("name: ".utf8) + [0xBB, 0xC4, 0xB3, 0x82, 0xA0, 0x82, 0xA2],
                "content/staff/sato.md:1:7: error: content/staff/sato.md is not UTF-8 (byte 0xBB at line 1; it looks like Shift_JIS); save it as UTF-8"
            ),
        ] as [([UInt8], String)])
    func rejectsInvalidUTF8(bytes: [UInt8], expected: String) {
        #expect(throws: Diagnostic.self) { try SourceDecoder.decode(bytes, path: "content/staff/sato.md") }
        do {
            _ = try SourceDecoder.decode(bytes, path: "content/staff/sato.md")
        } catch {
            #expect(error.description == expected)
            #expect(error.hint != nil)
        }
    }

    @Test func shiftJISHintSaysHowToFixIt() {
        let bytes: [UInt8] = [0x8D, 0xB2, 0x93, 0xA1]
        do {
            _ = try SourceDecoder.decode(bytes, path: "site.yml")
            Issue.record("decoded Shift_JIS as UTF-8")
        } catch {
            #expect(error.hint == "in your editor, re-open the file as Shift_JIS and save it as UTF-8 (without BOM)")
        }
    }

    @Test func shiftJISFileThroughTheLoaderNamesTheFile() {
        let sjis: [UInt8] = Array("---\nname: ".utf8) + [0x8D, 0xB2, 0x93, 0xA1] + Array("\n---\n".utf8)
        let fs = MemoryFileSystem(bytes: ["site.yml": Array(minimalSite.utf8), "content/staff/sato.md": sjis])
        let result = ContentLoader(fileSystem: fs).load()
        #expect(
            describe(result.diagnostics) == [
                "content/staff/sato.md:2:7: error: content/staff/sato.md is not UTF-8 (byte 0x8D at line 2; it looks like Shift_JIS); save it as UTF-8"
            ])
        #expect(result.content?.staff.isEmpty == true)
    }
}
