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
                "content/staff/sato.md:3:2: error: content/staff/sato.md is not UTF-8 (byte 0xFF at line 3); save it as UTF-8",
                "content/staff/sato.md:3:2: error: content/staff/sato.md は UTF-8 ではありません（3 行目にバイト 0xFF）。UTF-8 で保存してください"
            ),
            (
                Array("名前: 日本".utf8) + [0xC0, 0x80],
                "content/staff/sato.md:1:7: error: content/staff/sato.md is not UTF-8 (byte 0xC0 at line 1); save it as UTF-8",
                "content/staff/sato.md:1:7: error: content/staff/sato.md は UTF-8 ではありません（1 行目にバイト 0xC0）。UTF-8 で保存してください"
            ),
            (
                // A sequence cut short at the end of the file.
                Array("x: ".utf8) + [0xE3, 0x81],
                "content/staff/sato.md:1:4: error: content/staff/sato.md is not UTF-8 (byte 0xE3 at line 1); save it as UTF-8",
                "content/staff/sato.md:1:4: error: content/staff/sato.md は UTF-8 ではありません（1 行目にバイト 0xE3）。UTF-8 で保存してください"
            ),
            (
                // 佐藤 in Shift_JIS, the usual way a Japanese office's file is not UTF-8.
                Array("---\nname: ".utf8) + [0x8D, 0xB2, 0x93, 0xA1] + Array("\n---\n".utf8),
                "content/staff/sato.md:2:7: error: content/staff/sato.md is not UTF-8 (byte 0x8D at line 2; it looks like Shift_JIS); save it as UTF-8",
                "content/staff/sato.md:2:7: error: content/staff/sato.md は UTF-8 ではありません（2 行目にバイト 0x8D。Shift_JIS のようです）。UTF-8 で保存してください"
            ),
            (
                // Half-width katakana ｻﾄｳ in Shift_JIS are single bytes 0xA1–0xDF.
                Array("name: ".utf8) + [0xBB, 0xC4, 0xB3, 0x82, 0xA0, 0x82, 0xA2],
                "content/staff/sato.md:1:7: error: content/staff/sato.md is not UTF-8 (byte 0xBB at line 1; it looks like Shift_JIS); save it as UTF-8",
                "content/staff/sato.md:1:7: error: content/staff/sato.md は UTF-8 ではありません（1 行目にバイト 0xBB。Shift_JIS のようです）。UTF-8 で保存してください"
            ),
        ] as [([UInt8], String, String)])
    func rejectsInvalidUTF8(bytes: [UInt8], expected: String, japanese: String) {
        #expect(throws: Diagnostic.self) { try SourceDecoder.decode(bytes, path: "content/staff/sato.md") }
        do {
            _ = try SourceDecoder.decode(bytes, path: "content/staff/sato.md")
        } catch {
            #expect(error.description == expected)
            #expect(error.headline(in: .japanese) == japanese)
            #expect(error.hint != nil)
        }
    }

    @Test func aFileThatIsNotUTF8IsToldToBeSavedAsUTF8() {
        do {
            _ = try SourceDecoder.decode([0x61, 0xFF], path: "site.yml")
            Issue.record("decoded 0xFF as UTF-8")
        } catch {
            #expect(error.hint == "Koho reads UTF-8 only; re-save the file as UTF-8 in your editor")
            #expect(error.hint(in: .japanese) == "Koho は UTF-8 のファイルだけを読みます。エディタで UTF-8 として保存し直してください")
        }
    }

    @Test func shiftJISHintSaysHowToFixIt() {
        let bytes: [UInt8] = [0x8D, 0xB2, 0x93, 0xA1]
        do {
            _ = try SourceDecoder.decode(bytes, path: "site.yml")
            Issue.record("decoded Shift_JIS as UTF-8")
        } catch {
            #expect(error.hint == "in your editor, re-open the file as Shift_JIS and save it as UTF-8 (without BOM)")
            #expect(error.hint(in: .japanese) == "エディタでファイルを Shift_JIS として開き直し、UTF-8（BOM なし）で保存してください")
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
