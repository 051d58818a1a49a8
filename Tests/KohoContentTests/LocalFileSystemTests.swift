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
         "copy the file into the site instead of linking to it, or remove the link"),
        (.notRegularFile(.namedPipe), "cannot read static/x: it is a named pipe, not a regular file",
         "remove it: the site's folders hold regular files only"),
        (.brokenLink(to: "gone.txt"), "cannot read static/x: it is a symbolic link to gone.txt, which does not exist",
         "remove the link, or point it at a file inside the site"),
        (.tooLarge(bytes: 600 << 20, limit: 512 << 20),
         "cannot read static/x: it is 600 MiB; Koho reads files of at most 512 MiB",
         "publish large files somewhere else and link to them"),
    ])
    func messages(kind: SiteFileError.Kind, message: String, hint: String) {
        let d = SiteFileError.diagnostic(path: "static/x", error: SiteFileError(path: "static/x", kind: kind))
        #expect(d.description == "static/x:1:1: error: " + message)
        #expect(d.hint == hint)
    }
}
