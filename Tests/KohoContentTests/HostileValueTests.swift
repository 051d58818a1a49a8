import KohoContent
import KohoDiagnostics
import Testing

/// Values that would add URL parts or invisible characters to the published site are refused where they
/// are written.
@Suite struct HostileValueTests {
    @Test(arguments: [
        "https://example.jp/\"><script>alert(1)</script>/",
        "https://example.jp/'onmouseover='x/",
        "https://example.jp/<b>/",
        "https://example.jp/a b/",
        "https://example.jp/a`b/",
        "https://example.jp/%zz/",
        "https://example.jp/#top",
        "https://user@example.jp/",
    ])
    func baseURLsThatWouldBreakOutOfAnAttributeAreRefused(url: String) {
        let quoted = url.contains("'") ? "\"\(url)\"" : "'\(url)'"
        let (content, diagnostics) = load(["site.yml": "title: T\nbase_url: \(quoted)\n"])
        #expect(content == nil)
        #expect(
            describe(diagnostics) == [
                "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `\(url)`"
            ])
    }

    @Test(arguments: ["https://example.jp/市役所/", "https://example.jp/a%20b/", "http://localhost:8080/x(1)/"])
    func baseURLsWithOrdinaryPathsAreKept(url: String) {
        let (content, _) = load(["site.yml": "title: T\nbase_url: '\(url)'\n"])
        #expect(content?.site.baseURL == url)
    }

    /// Each contact mistake in both languages, at the character at fault when the value is written plainly.
    @Test(arguments: [
        ("sato@example.jp?bcc=all@example.com",
         "content/staff/sato.md:3:23: error: `email` must be an e-mail address like sato@example.jp, got `sato@example.jp?bcc=all@example.com` with `?`",
         "write one address, and nothing after it",
         "`email` は sato@example.jp のようなメールアドレスで書きます（`sato@example.jp?bcc=all@example.com` に`?`があります）",
         "アドレスを1つだけ書き、後ろには何も書かないでください"),
        ("mailto:sato@example.jp",
         "content/staff/sato.md:3:8: error: `email` must be an e-mail address like sato@example.jp, without `mailto:`",
         "write only the address: Koho makes the link",
         "`email` は sato@example.jp のようなメールアドレスで、`mailto:` を付けずに書きます",
         "アドレスだけを書いてください。リンクは Koho が作ります"),
        ("sato＠example.jp",
         "content/staff/sato.md:3:12: error: `email` must be an e-mail address like sato@example.jp, got `sato＠example.jp` with a full-width `＠`",
         "type `@` in half-width (直接入力) mode",
         "`email` のメールアドレス `sato＠example.jp` に全角のアットマーク「＠」があります",
         "「@」は半角（直接入力）で入力してください"),
        ("sato@@example.jp",
         "content/staff/sato.md:3:8: error: `email` must be an e-mail address like sato@example.jp with one `@`, got `sato@@example.jp`",
         "write one address per field",
         "`email` は `@` が1つの、sato@example.jp のようなメールアドレスで書きます（`sato@@example.jp` になっています）",
         "1つの項目にはアドレスを1つだけ書いてください"),
        ("sato misaki@example.jp",
         "content/staff/sato.md:3:12: error: `email` must be an e-mail address like sato@example.jp, got `sato misaki@example.jp` with a space",
         "write one address, and nothing after it",
         "`email` は sato@example.jp のようなメールアドレスで書きます（`sato misaki@example.jp` に空白があります）",
         "アドレスを1つだけ書き、後ろには何も書かないでください"),
        ("sato@example",
         "content/staff/sato.md:3:8: error: `email` must be an e-mail address like sato@example.jp, got `sato@example`",
         "check the address for a typo",
         "`email` は sato@example.jp のようなメールアドレスで書きます（`sato@example` になっています）",
         "アドレスに打ち間違いがないか確かめてください"),
    ])
    func emailAddressesAreOneAddress(email: String, message: String, hint: String, japanese: String, japaneseHint: String) {
        let (_, diagnostics) = load(["content/staff/sato.md": "---\nname: 佐藤\nemail: \(email)\n---\n"])
        #expect(describe(diagnostics) == [message])
        #expect(diagnostics.first?.hint == hint)
        #expect(diagnostics.first?.message(in: .japanese) == japanese)
        #expect(diagnostics.first?.hint(in: .japanese) == japaneseHint)
    }

    @Test func aQuotedAddressIsReportedAtItsStart() {
        let (_, diagnostics) = load(["content/staff/sato.md": "---\nname: 佐藤\nemail: \"sato＠example.jp\"\n---\n"])
        #expect(diagnostics.first?.location?.column == 8)
    }

    @Test(arguments: [
        ("0187-43-1111;ext=2",
         "content/departments/somu.md:4:22: warning: `phone` in `contact` must be a phone number like 0187-43-1111 or +81 187 43 1111, got `0187-43-1111;ext=2` with `;`",
         "`contact` の `phone` は 0187-43-1111 や +81 187 43 1111 のような電話番号で書きます（`0187-43-1111;ext=2` に`;`があります）"),
        ("0187?43",
         "content/departments/somu.md:4:14: warning: `phone` in `contact` must be a phone number like 0187-43-1111 or +81 187 43 1111, got `0187?43` with `?`",
         "`contact` の `phone` は 0187-43-1111 や +81 187 43 1111 のような電話番号で書きます（`0187?43` に`?`があります）"),
        ("12",
         "content/departments/somu.md:4:10: error: `phone` in `contact` must be a phone number like 0187-43-1111 or +81 187 43 1111, got `12`",
         "`contact` の `phone` は 0187-43-1111 や +81 187 43 1111 のような電話番号で書きます（`12` になっています）"),
    ])
    func phoneNumbersAreOneNumber(phone: String, message: String, japanese: String) {
        let (content, diagnostics) = load(["content/departments/somu.md": "---\nname: 総務課\ncontact:\n  phone: \(phone)\n---\n"])
        #expect(describe(diagnostics) == [message])
        #expect(diagnostics.first?.message(in: .japanese) == japanese)
        // A number no phone can dial is a warning and left off the page (no wrong `tel:` link); a number too
        // short to be one is an error.
        if diagnostics.first?.severity == .warning {
            #expect(content?.departments.first?.contact?.phone == nil)
            #expect(
                diagnostics.first?.hint(in: .japanese)
                    == "数字、`-`、空白、かっこと先頭の `+` だけで書いてください。内線や受付時間は本文に書いてください（直すまで番号はページに出ません）")
        }
    }

    @Test func fullWidthPhoneNumbersAreMadeHalfWidth() {
        let (content, diagnostics) = load(["content/staff/sato.md": "---\nname: 佐藤\nphone: ０１８７ー４３ー１１１１\nemail: sato@example.jp\n---\n"])
        #expect(diagnostics.isEmpty)
        #expect(content?.staff.first?.phone == "0187-43-1111")
        #expect(content?.staff.first?.email == "sato@example.jp")
    }

    @Test func controlCharactersFromYAMLEscapesAreRefused() {
        let (_, diagnostics) = load(["content/staff/sato.md": "---\nname: \"佐藤\\e[31m\"\nrole: \"a\\u0007\"\n---\n"])
        #expect(
            describe(diagnostics).first
                == "content/staff/sato.md:2:7: error: the value holds the control character U+001B, which a page cannot show")
    }

    @Test func rawControlCharactersInAFileAreRefused() {
        let (_, diagnostics) = load(["content/staff/sato.md": "---\nname: 佐藤\n---\n本文\u{1B}[2J です\n"])
        #expect(
            describe(diagnostics) == [
                "content/staff/sato.md:4:3: error: content/staff/sato.md holds the control character U+001B at line 4, column 3"
            ])
    }
}
