import Foundation
import KohoContent
import Testing

/// ``LocalFileSystem`` reads nothing outside the site: links out, broken links and special files are refused
/// with the path as written, links inside the site are followed.
@Suite struct LocalFileSystemTests {
    /// A site folder with `files` and the symbolic links `links` (path → target as written).
    static func site(files: [String: String], links: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("koho-fs-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for (path, target) in links {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return root
    }

    static func kind(of path: String, in root: URL) -> SiteFileError.Kind? {
        do {
            _ = try LocalFileSystem(root: root.path).read(path)
            return nil
        } catch let error as SiteFileError {
            return error.kind
        } catch {
            return .other("\(error)")
        }
    }

    @Test(arguments: [
        ("static/passwd.txt", "/etc/passwd"),
        ("static/env.txt", "/proc/self/environ"),
        ("static/up.txt", "../../../../../../etc/hostname"),
        ("layouts/base.html", "/etc/passwd"),
        ("content/staff/sato.md", "/etc/passwd"),
    ])
    func linksOutOfTheSiteAreRefused(link: String, target: String) throws {
        let root = try Self.site(files: ["site.yml": "title: T\n"], links: [link: target])
        defer { try? FileManager.default.removeItem(at: root) }
        let fs = LocalFileSystem(root: root.path)
        #expect(fs.listFiles(under: String(link.split(separator: "/")[0])).contains(link))
        #expect(Self.kind(of: link, in: root) == .linkOutside(to: target))
        #expect(throws: SiteFileError.self) { try fs.verify(link) }
    }

    @Test func aFolderOnThePathThatLeadsOutIsRefused() throws {
        // `content/staff` itself is a link to a folder outside: nothing under it is listed or read.
        let outside = try Self.site(files: ["secret.md": "---\nname: secret\n---\n"])
        defer { try? FileManager.default.removeItem(at: outside) }
        let root = try Self.site(files: ["site.yml": "title: T\n"], links: ["content/staff": outside.path])
        defer { try? FileManager.default.removeItem(at: root) }
        let fs = LocalFileSystem(root: root.path)
        #expect(fs.listFiles(under: "content") == ["content/staff"])
        #expect(Self.kind(of: "content/staff/secret.md", in: root) == .linkOutside(to: outside.path + "/secret.md"))
    }

    @Test func linksInsideTheSiteAreFollowed() throws {
        let root = try Self.site(
            files: ["static/a.txt": "A", "shared/logo.svg": "<svg/>"],
            links: ["static/b.txt": "a.txt", "static/images": "../shared", "static/loop": "."])
        defer { try? FileManager.default.removeItem(at: root) }
        let fs = LocalFileSystem(root: root.path)
        #expect(fs.listFiles(under: "static") == ["static/a.txt", "static/b.txt", "static/images/logo.svg"])
        #expect(try fs.read("static/b.txt") == Array("A".utf8))
        #expect(try fs.read("static/images/logo.svg") == Array("<svg/>".utf8))
    }

    @Test func linksIntoGitAndOtherHiddenPlacesAreRefused() throws {
        // actions/checkout keeps the job's token in .git/config.
        let root = try Self.site(
            files: [".git/config": "extraheader = AUTHORIZATION: basic c2VjcmV0", ".env": "TOKEN=x", "static/.well-known/security.txt": "Contact: x"],
            links: ["static/config.txt": "../.git/config", "static/env": "../.env", "static/git": "../.git"])
        defer { try? FileManager.default.removeItem(at: root) }
        let fs = LocalFileSystem(root: root.path)
        #expect(fs.listFiles(under: "static") == ["static/.well-known/security.txt", "static/config.txt", "static/env", "static/git"])
        #expect(Self.kind(of: "static/config.txt", in: root) == .linkIntoHidden(to: "../.git/config"))
        #expect(Self.kind(of: "static/env", in: root) == .linkIntoHidden(to: "../.env"))
        #expect(try fs.read("static/.well-known/security.txt") == Array("Contact: x".utf8))
    }

    @Test func brokenLinksAndLoopsAreNamed() throws {
        let root = try Self.site(files: [:], links: ["static/gone.txt": "missing.txt", "static/x": "y", "static/y": "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.kind(of: "static/gone.txt", in: root) == .brokenLink(to: "missing.txt"))
        #expect(Self.kind(of: "static/x", in: root) == .linkLoop)
    }

    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        let root = try Self.site(files: ["static/a.txt": "A"], links: ["static/zero": "/dev/zero"])
        defer { try? FileManager.default.removeItem(at: root) }
        // A named pipe with no writer: opening it to read would wait forever.
        #expect(mkfifo(root.appendingPathComponent("static/pipe").path, 0o644) == 0)
        let started = Date()
        #expect(Self.kind(of: "static/pipe", in: root) == .notRegularFile(.namedPipe))
        #expect(Date().timeIntervalSince(started) < 2)
        // /dev/zero is outside the site; a device inside it would be refused as a device.
        #expect(Self.kind(of: "static/zero", in: root) == .linkOutside(to: "/dev/zero"))
        #expect(LocalFileSystem(root: root.path).listFiles(under: "static").contains("static/pipe"))
    }

    @Test func aNameThatIsNotUTF8IsListedAndExplained() throws {
        let root = try Self.site(files: ["content/staff/a.md": "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        // "f\xff.md": a Latin-1 byte in a file name.
        let name = Array((root.path + "/content/staff/f").utf8) + [0xFF] + Array(".md".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let fs = LocalFileSystem(root: root.path)
        let listed = fs.listFiles(under: "content/staff")
        #expect(listed == ["content/staff/a.md", "content/staff/f\u{FFFD}.md"])
        #expect(Self.kind(of: "content/staff/f\u{FFFD}.md", in: root) == .nameNotUTF8)
    }

    @Test(arguments: [
        (SiteFileError.Kind.linkOutside(to: "/etc/passwd"),
         "cannot read static/x: it is a symbolic link that leads outside the site (to /etc/passwd); Koho reads only files inside the site's folder",
         "copy the file into the site instead of linking to it, or remove the link",
         "static/x を読めません: サイトのフォルダの外（/etc/passwd）を指すシンボリックリンクです。Koho はサイトのフォルダの中のファイルだけを読みます",
         "リンクではなく、ファイルをサイトの中にコピーしてください。またはリンクを削除してください"),
        (.linkIntoHidden(to: "../.git/config"),
         "cannot read static/x: it is a symbolic link into a hidden file or folder (to ../.git/config); Koho never reads those (.git holds CI's credentials)",
         "copy the file into the site instead of linking to it, or remove the link",
         "static/x を読めません: 隠しファイルか隠しフォルダ（../.git/config）を指すシンボリックリンクです。Koho はこれらを読みません（.git には CI の認証情報があります）",
         "リンクではなく、ファイルをサイトの中にコピーしてください。またはリンクを削除してください"),
        (.notRegularFile(.namedPipe), "cannot read static/x: it is a named pipe, not a regular file",
         "remove it: the site's folders hold regular files only",
         "static/x を読めません: 通常のファイルではなく名前付きパイプです",
         "削除してください。サイトのフォルダには通常のファイルだけを置きます"),
        (.notRegularFile(.folder), "cannot read static/x: it is a folder, not a regular file",
         "remove it: the site's folders hold regular files only",
         "static/x を読めません: 通常のファイルではなくフォルダです",
         "削除してください。サイトのフォルダには通常のファイルだけを置きます"),
        (.notRegularFile(.device), "cannot read static/x: it is a device, not a regular file",
         "remove it: the site's folders hold regular files only",
         "static/x を読めません: 通常のファイルではなくデバイスです",
         "削除してください。サイトのフォルダには通常のファイルだけを置きます"),
        (.notRegularFile(.socket), "cannot read static/x: it is a socket, not a regular file",
         "remove it: the site's folders hold regular files only",
         "static/x を読めません: 通常のファイルではなくソケットです",
         "削除してください。サイトのフォルダには通常のファイルだけを置きます"),
        (.notRegularFile(.other), "cannot read static/x: it is a special file, not a regular file",
         "remove it: the site's folders hold regular files only",
         "static/x を読めません: 通常のファイルではなく特殊なファイルです",
         "削除してください。サイトのフォルダには通常のファイルだけを置きます"),
        (.brokenLink(to: "gone.txt"), "cannot read static/x: it is a symbolic link to gone.txt, which does not exist",
         "remove the link, or point it at a file inside the site",
         "static/x を読めません: 存在しない gone.txt を指すシンボリックリンクです",
         "リンクを削除するか、サイトの中のファイルを指すようにしてください"),
        (.linkLoop, "cannot read static/x: its symbolic links form a loop",
         "remove the link, or point it at a file inside the site",
         "static/x を読めません: シンボリックリンクが循環しています",
         "リンクを削除するか、サイトの中のファイルを指すようにしてください"),
        (.tooLarge(bytes: 600 << 20, limit: 512 << 20),
         "cannot read static/x: it is 600 MiB; Koho reads files of at most 512 MiB",
         "publish large files somewhere else and link to them",
         "static/x を読めません: 600 MiB あります。Koho が読むファイルは 512 MiB までです",
         "大きなファイルは別の場所で公開し、そこへリンクしてください"),
        (.nameNotUTF8, "cannot read static/x: its name is not UTF-8",
         "rename the file; names are read as UTF-8 (a file copied from an old Windows or zip archive may use Shift_JIS)",
         "static/x を読めません: ファイル名が UTF-8 ではありません",
         "ファイル名を付け直してください。ファイル名は UTF-8 として読みます（古い Windows や zip ファイルからコピーしたファイルは Shift_JIS のことがあります）"),
    ] as [(SiteFileError.Kind, String, String, String, String)])
    func messages(kind: SiteFileError.Kind, message: String, hint: String, japanese: String, japaneseHint: String) {
        let d = SiteFileError.diagnostic(path: "static/x", error: SiteFileError(path: "static/x", kind: kind))
        #expect(d.description == "static/x:1:1: error: " + message)
        #expect(d.hint == hint)
        #expect(d.headline(in: .japanese) == "static/x:1:1: error: " + japanese)
        #expect(d.hint(in: .japanese) == japaneseHint)
    }

    @Test(arguments: [
        (SiteFileError.Kind.notFound, "cannot read static/x: no such file", "static/x を読めません: ファイルがありません"),
        (.permissionDenied, "cannot read static/x: permission denied", "static/x を読めません: 読む権限がありません"),
        (.other("Input/output error"), "cannot read static/x: Input/output error",
         "static/x を読めません: Input/output error"),
    ] as [(SiteFileError.Kind, String, String)])
    func messagesWithoutAHint(kind: SiteFileError.Kind, message: String, japanese: String) {
        let d = SiteFileError.diagnostic(path: "static/x", error: SiteFileError(path: "static/x", kind: kind))
        #expect(d.message == message)
        #expect(d.message(in: .japanese) == japanese)
        #expect(d.advice == nil)
    }

    @Test func anErrorThatIsNotAFileErrorIsShownAsItIs() {
        struct Odd: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let d = SiteFileError.diagnostic(path: "static/x", error: Odd())
        #expect(d.description == "static/x:1:1: error: cannot read static/x: disk on fire")
        #expect(d.message(in: .japanese) == "static/x を読めません: disk on fire")
    }
}
