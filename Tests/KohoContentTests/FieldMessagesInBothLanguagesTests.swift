import KohoContent
import KohoDiagnostics
import Testing

/// The messages about fields, dates, hashtags, contacts and site.yml, word for word in both languages:
/// what a staff member reads on an English site and on a Japanese one. Each row is one mistake.
@Suite struct FieldMessagesInBothLanguagesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var text: String
        /// `path:line:column: severity: message` in English, then the hint.
        var english: String
        var englishHint: String?
        var japanese: String
        var japaneseHint: String?

        var testDescription: String { english }
    }

    static let staff = "content/staff/sato.md"

    static let cases: [Case] = [
        Case(
            file: staff, text: "---\nrole: 係長\n---\n",
            english: "content/staff/sato.md:1:1: error: missing required field `name`", englishHint: "add a line `name: …`",
            japanese: "必須の項目 `name` がありません", japaneseHint: "`name: …` の行を追加してください"),
        Case(
            file: staff, text: "---\nname: [佐藤, 美咲]\n---\n",
            english: "content/staff/sato.md:2:7: error: `name` must be a string, got a list", englishHint: nil,
            japanese: "`name` は文字列で書きます（リストになっています）", japaneseHint: nil),
        Case(
            file: staff, text: "---\nname: 佐藤\nrole: \"\"\nnmae: x\n---\n",
            english: "content/staff/sato.md:4:1: warning: unknown field `nmae`", englishHint: "did you mean `name`?",
            japanese: "知らない項目 `nmae`", japaneseHint: "`name` のことですか？"),
        Case(
            file: staff, text: "---\nname: 佐藤\nfavourite: 桜\n---\n",
            english: "content/staff/sato.md:3:1: warning: unknown field `favourite`",
            englishHint: "templates can read it as `params.favourite`; write it under `params:` to keep it without this warning",
            japanese: "知らない項目 `favourite`",
            japaneseHint: "テンプレートからは `params.favourite` として読めます。この警告を消すには `params:` の下に書いてください"),
        Case(
            file: staff, text: "---\nname: 佐藤\ndraft: yes\n---\n",
            english: "content/staff/sato.md:3:8: error: `draft` must be true or false, got a string",
            englishHint: "YAML 1.2 reads `yes` as text; write `true` or `false`",
            japanese: "`draft` は true か false で書きます（文字列になっています）",
            japaneseHint: "YAML 1.2 では `yes` は文字列です。`true` か `false` と書いてください"),
        Case(
            file: "content/departments/somu.md", text: "---\nname: 総務課\ncontact:\n  fax: x\n---\n",
            english: "content/departments/somu.md:4:3: warning: unknown field `fax` in `contact`", englishHint: "it is ignored",
            japanese: "知らない項目 `contact` の `fax`", japaneseHint: "この項目は使われません"),
        Case(
            file: staff, text: "---\nname: 佐藤\nsocial:\n  instagam: sato\n---\n",
            english: "content/staff/sato.md:4:3: warning: unknown social service `instagam` in `social`",
            englishHint: "did you mean `instagram`? known services: `x`, `instagram`, `facebook`, `bluesky`, `mastodon`, `threads`, `line`, `youtube`, `note`, `blog`, `website`",
            japanese: "`social` に知らないサービス `instagam` があります",
            japaneseHint: "`instagram` のことですか？ 使えるサービス: `x`、`instagram`、`facebook`、`bluesky`、`mastodon`、`threads`、`line`、`youtube`、`note`、`blog`、`website`"),
        Case(
            file: staff, text: "---\nname: 佐藤\nsince: 2005年\n---\n",
            english: "content/staff/sato.md:3:8: error: `since` must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got `2005年`",
            englishHint: "did you mean `2005`?",
            japanese: "`since` は 2010、2010-04、2010-04-01 のように年、年月、年月日で書きます（`2005年` になっています）",
            japaneseHint: "`2005` のことですか？"),
        Case(
            file: staff, text: "---\nname: 佐藤\nhashtags: #桜 #仙北市\n---\n",
            english: "content/staff/sato.md:3:11: error: `hashtags` is empty: `#桜 #仙北市` after it is a YAML comment, not hashtags",
            englishHint: "in YAML a `#` after a space starts a comment; write `hashtags: [桜, 仙北市]`, use the full-width `＃` (`＃桜 ＃仙北市`), or put them in quotes (`hashtags: \"#桜 #仙北市\"`)",
            japanese: "`hashtags` が空です: 後ろの `#桜 #仙北市` は YAML のコメントになり、hashtags として読まれません",
            japaneseHint: "YAML では空白の後の `#` からがコメントになります。`hashtags: [桜, 仙北市]` と書くか、全角の「＃」を使うか（`＃桜 ＃仙北市`）、引用符で囲んでください（`hashtags: \"#桜 #仙北市\"`）"),
        Case(
            file: staff, text: "---\nname: 佐藤\nhashtags:\n  - #桜\n---\n",
            english: "content/staff/sato.md:4:5: error: this item of `hashtags` is empty: `#桜` after `-` is a YAML comment",
            englishHint: "in YAML a `#` after a space starts a comment; write `- 桜`, `- ＃桜` or `- \"#桜\"`",
            japanese: "`hashtags` のこの項目が空です: `-` の後ろの `#桜` は YAML のコメントになります",
            japaneseHint: "YAML では空白の後の `#` からがコメントになります。`- 桜`、`- ＃桜`、`- \"#桜\"` のどれかで書いてください"),
        Case(
            file: staff, text: "---\nname: 佐藤\nslug: ../etc\n---\n",
            english: "content/staff/sato.md:3:7: error: slug `../etc` would write outside the output folder",
            englishHint: "a slug is one path segment: letters of any script, digits, `-`, `_` and `.` (not first); no `/`, `\\`, spaces or control characters",
            japanese: "スラッグ `../etc` では出力フォルダの外に書き出してしまいます",
            japaneseHint: "スラッグは URL の1区切りです。文字（日本語も可）、数字、`-`、`_`、`.`（先頭以外）で書き、`/`、`\\`、空白、制御文字は使えません"),
        Case(
            file: "content/staff/index.html.md", text: "---\nname: 佐藤\n---\n",
            english: "content/staff/index.html.md:1:1: error: slug `index.html` is the name of a file Koho writes beside the entries' folders (from the file name)",
            englishHint: "choose another slug, like `index-page`; rename the file or set `slug:`",
            japanese: "スラッグ `index.html` は、Koho が各フォルダの横に書き出すファイルと同じ名前です（ファイル名から）",
            japaneseHint: "`index-page` のように別のスラッグにしてください。ファイル名を変えるか、`slug:` を書いてください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\ntimezone: Tokyo\n",
            english: "site.yml:3:11: error: unknown time zone `Tokyo`",
            englishHint: "did you mean `Asia/Tokyo`? use an IANA time zone name like Asia/Tokyo or America/New_York",
            japanese: "知らないタイムゾーン `Tokyo`",
            japaneseHint: "`Asia/Tokyo` のことですか？ Asia/Tokyo や America/New_York のような IANA のタイムゾーン名で書いてください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: example.jp\n",
            english: "site.yml:2:11: error: `base_url` must be an absolute http(s) URL like https://example.jp/, got `example.jp`",
            englishHint: "write the full address the site is published at, with `https://` and a trailing `/`",
            japanese: "`base_url` は https://example.jp/ のような http(s) の完全な URL で書きます（`example.jp` になっています）",
            japaneseHint: "サイトを公開するアドレスを、`https://` から末尾の `/` まで書いてください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\nlanguage: jp\n",
            english: "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`: `jp` is not a language code (`JP` is a country)",
            englishHint: "did you mean `ja`?",
            japanese: "`language` は `ja` や `en-US` のような言語タグで書きます: `jp` は言語のコードではありません（`JP` は国のコードです）",
            japaneseHint: "`ja` のことですか？"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\nlanguage: ja_JP\n",
            english: "site.yml:3:11: error: `language` must be a language tag like `ja` or `en-US`, got `ja_JP`",
            englishHint: "write `ja-JP`: language tags use `-`",
            japanese: "`language` は `ja` や `en-US` のような言語タグで書きます（`ja_JP` になっています）",
            japaneseHint: "`ja-JP` と書いてください。言語タグの区切りは `-` です"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\nshare: [x, x]\n",
            english: "site.yml:3:12: error: share target `x` is listed twice", englishHint: "remove one of them",
            japanese: "共有先 `x` が2回書かれています", japaneseHint: "どちらか1つを消してください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\nmastodon_instance: https://mastodon.social/\n",
            english: "site.yml:3:20: error: `mastodon_instance` must be a host name like mastodon.social, got `https://mastodon.social/`",
            englishHint: "write only the host name, without `https://` or a path",
            japanese: "`mastodon_instance` は mastodon.social のようなホスト名で書きます（`https://mastodon.social/` になっています）",
            japaneseHint: "`https://` やパスを付けず、ホスト名だけを書いてください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\npaginate:\n  staff-list: 0\n",
            english: "site.yml:4:15: error: `staff-list` in `paginate` must be at least 1, got 0",
            englishHint: "leave `staff-list` out to show the whole list on one page",
            japanese: "`paginate` の `staff-list` は1以上にします（0 になっています）",
            japaneseHint: "一覧を1ページに全部出すなら、`staff-list` の行を消してください"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\ntheme: ../x\n",
            english: "site.yml:3:8: error: `theme` must be a folder name under `themes/`, got `../x`",
            englishHint: "write the theme folder's name only, like `default` or `city`",
            japanese: "`theme` は `themes/` の中のフォルダ名で書きます（`../x` になっています）",
            japaneseHint: "`default` や `city` のように、テーマのフォルダ名だけを書いてください"),
        Case(
            file: "content/posts/haru.md", text: "---\ntitle: 春\ndate: ２０２４－０４－０１\n---\n",
            english: "content/posts/haru.md:3:7: error: `date` is written in full-width digits: `２０２４－０４－０１`",
            englishHint: "did you mean `2024-04-01`?",
            japanese: "`date` が全角の数字で書かれています（`２０２４－０４－０１`）",
            japaneseHint: "`2024-04-01` のことですか？"),
        Case(
            file: staff, text: "---\nname: 佐藤\nsince: ２００５－０４\n---\n",
            english: "content/staff/sato.md:3:8: error: `since` is written in full-width digits: `２００５－０４`",
            englishHint: "did you mean `2005-04`?",
            japanese: "`since` が全角の数字で書かれています（`２００５－０４`）",
            japaneseHint: "`2005-04` のことですか？"),
        Case(
            file: staff, text: "---\nname: 佐藤\norder: ３\n---\n",
            english: "content/staff/sato.md:3:8: error: `３` is written in full-width digits",
            englishHint: "write it in half-width digits (with the IME off, 直接入力): `order: 3`",
            japanese: "全角の数字「３」で書かれています",
            japaneseHint: "半角の数字で `order: 3` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
        Case(
            file: "site.yml", text: "title: T\nbase_url: https://example.jp/\npaginate:\n  staff-list: １００\n",
            english: "site.yml:4:15: error: `１００` is written in full-width digits",
            englishHint: "write it in half-width digits (with the IME off, 直接入力): `staff-list: 100`",
            japanese: "全角の数字「１００」で書かれています",
            japaneseHint: "半角の数字で `staff-list: 100` と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"),
    ]

    @Test(arguments: cases)
    func theMessageInBothLanguages(_ c: Case) {
        let result = load([c.file: c.text])
        let found = result.diagnostics.first { $0.description == c.english }
        #expect(found != nil, "\(describe(result.diagnostics))")
        guard let found else { return }
        #expect(found.hint == c.englishHint)
        #expect(found.message(in: .japanese) == c.japanese)
        #expect(found.hint(in: .japanese) == c.japaneseHint)
    }
}
