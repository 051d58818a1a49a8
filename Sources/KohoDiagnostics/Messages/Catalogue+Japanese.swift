extension MessageKey {
    /// The Japanese catalogue: every entry's text, with its `{placeholders}`.
    ///
    /// Messages are plain sentences (である調, as compilers and editors in Japanese write them) without a
    /// final 。; hints ask politely (〜してください). Names a person types are in backticks, as in English.
    var japanese: String {
        switch self {
        case .legacyText: "{text}"

        // MARK: - Words put into other messages
        case .wordHintLabel: "ヒント:"
        case .wordTypeList: "リスト"
        case .wordTypeMapping: "項目の組（マッピング）"
        case .wordTypeNull: "空の値"
        case .wordTypeBoolean: "真偽値"
        case .wordTypeInteger: "整数"
        case .wordTypeNumber: "数値"
        case .wordTypeString: "文字列"
        case .wordTypeDate: "日付"
        case .wordTypeStringOrList: "文字列か文字列のリスト"
        case .wordFieldLabel: "{key}"
        case .wordFieldLabelIn: "{context} の {key}"
        case .wordThisCharacter: "この文字"
        case .wordTwoSentences: "{first} {second}"
        case .wordKindTemplates: "テンプレート"
        case .wordKindDepartments: "部署"
        case .wordKindStaff: "職員"
        case .wordKindPosts: "投稿"
        case .wordKindPages: "ページ"

        // MARK: - The guide to the messages
        case .guideTitle: "Koho のメッセージと直し方"
        case .guideGenerated: "Koho のメッセージ集（Sources/KohoDiagnostics/Messages）から `make goldens` で作ったファイルです。手で書き換えないでください"
        case .guideIntro: "Koho が出すメッセージを、分野ごとに、いつも添える直し方と一緒に並べています。メッセージの頭は間違いの場所です。`content/staff/sato.md:3:13: error:` なら、そのファイルの3行目・13文字目です。`‹name›` の部分には、項目名や値、ファイル名などが入ります。エラー（error）があるとビルドは止まります。警告（warning）では止まりませんが、`koho build --strict` ではエラーと同じ扱いです。プロフィールの書き方は[職員向けガイド](staff-guide.md)を見てください。"
        case .guideFixLabel: "直し方:"
        case .guideTopicField: "プロフィール・部署・投稿・site.yml の項目"
        case .guideTopicSocial: "SNS のアカウント"
        case .guideTopicDate: "日付"
        case .guideTopicHashtag: "ハッシュタグとトピック"
        case .guideTopicContact: "メールアドレスと電話番号"
        case .guideTopicSlug: "スラッグ（ページのアドレスに入る名前）"
        case .guideTopicLanguage: "サイトの言語"
        case .guideTopicSite: "サイトの設定（site.yml）"
        case .guideTopicPaginate: "ページに分ける一覧"
        case .guideTopicCli: "koho コマンド"
        case .guideTopicServe: "プレビュー（koho serve）"

        // MARK: - Suggestions
        case .suggestDidYouMean: "{name} のことですか？"
        case .suggestNoneYet: "{kind}はまだありません"
        case .suggestExisting: "ある{kind}: {names}"
        case .suggestExistingMore: "ある{kind}: {names}、…（全部で{count}件）"

        // MARK: - Fields
        case .fieldMissing: "必須の項目 {field} がありません"
        case .fieldMissingHint: "`{key}: …` の行を追加してください"
        case .fieldMissingInHint: "`{context}` の下に `{key}: …` を追加してください"
        case .fieldEmpty: "{field} が空です"
        case .fieldType: "{field} は{expected}で書きます（{got}になっています）"
        case .fieldTooSmall: "{field} は {minimum} 以上にします（{value} になっています）"
        case .fieldNotBoolean: "{field} は true か false で書きます（{got}になっています）"
        case .fieldNotBooleanYAML11Hint: "YAML 1.2 では `{written}` は文字列です。`true` か `false` と書いてください"
        case .fieldListItemType: "{field} の項目はどれも文字列で書きます（{got}があります）"
        case .fieldListItemNotMapping: "{field} の項目はどれも {itemFields} を持つ項目の組で書きます（{got}があります）"
        case .fieldParamsNotMapping: "`params` は独自の項目の組（マッピング）で書きます（{got}になっています）"
        case .fieldUnknown: "知らない項目 {field}"
        case .fieldUnknownKeptHint: "テンプレートからは `params.{key}` として読めます。この警告を消すには `params:` の下に書いてください"
        case .fieldUnknownIgnoredHint: "この項目は使われません"
        case .wordTypeImage: "画像のパスか、`src` と `alt` を持つ項目の組"
        case .wordTypeSocial: "サービスとアカウントの組（`x: sato_city` のように）"
        case .wordTypePageSizes: "1ページの投稿数か、一覧と数の組（`staff-list: 100` のように）"
        case .wordASpace: "空白"
        case .socialUnknownService: "{field} に知らないサービス `{name}` があります"
        case .socialUnknownServiceHint: "使えるサービス: {names}"
        case .socialAccountType: "{field} の `{name}` はアカウント名か URL で書きます（{got}になっています）"

        // MARK: - YAML syntax

        // MARK: - Front matter and the file as a whole

        // MARK: - Dates
        case .dateInvalid: "{field} は 2024-04-01 や 2024-04-01T18:30:00+09:00 のような日付で書きます（{got} になっています）"
        case .dateInvalidHint: "年・月・日を `-` でつないで、`2024-04-01` のように書いてください"
        case .dateYearMonthDayInvalid: "{field} は 2010、2010-04、2010-04-01 のように年、年月、年月日で書きます（{got} になっています）"

        // MARK: - Hashtags and topics
        case .hashtagCommentTrap: "{field} が空です: 後ろの `{comment}` は YAML のコメントになり、{key} として読まれません"
        case .hashtagCommentTrapHint: "YAML では空白の後の `#` からがコメントになります。`{key}: [{tags}]` と書くか、全角の「＃」を使うか（`{fullWidth}`）、引用符で囲んでください（`{key}: \"{comment}\"`）"
        case .hashtagCommentTrapItem: "{field} のこの項目が空です: `-` の後ろの `{comment}` は YAML のコメントになります"
        case .hashtagCommentTrapItemHint: "YAML では空白の後の `#` からがコメントになります。`- {tag}`、`- ＃{tag}`、`- \"#{tag}\"` のどれかで書いてください"

        // MARK: - Contacts, language, slugs
        case .contactEmailMailto: "{field} は sato@example.jp のようなメールアドレスで、`mailto:` を付けずに書きます"
        case .contactEmailMailtoHint: "アドレスだけを書いてください。リンクは Koho が作ります"
        case .contactEmailFullWidthAt: "{field} のメールアドレス `{written}` に全角のアットマーク「＠」があります"
        case .contactEmailFullWidthAtHint: "「@」は半角（直接入力）で入力してください"
        case .contactEmailBadCharacter: "{field} は sato@example.jp のようなメールアドレスで書きます（`{written}` に{character}があります）"
        case .contactEmailBadCharacterHint: "アドレスを1つだけ書き、後ろには何も書かないでください"
        case .contactEmailAtCount: "{field} は `@` が1つの、sato@example.jp のようなメールアドレスで書きます（`{written}` になっています）"
        case .contactEmailAtCountHint: "1つの項目にはアドレスを1つだけ書いてください"
        case .contactEmailInvalid: "{field} は sato@example.jp のようなメールアドレスで書きます（`{written}` になっています）"
        case .contactEmailInvalidHint: "アドレスに打ち間違いがないか確かめてください"
        case .contactPhoneBadCharacter: "{field} は 0187-43-1111 や +81 187 43 1111 のような電話番号で書きます（`{written}` に{character}があります）"
        case .contactPhoneBadCharacterHint: "数字、`-`、空白、かっこと先頭の `+` だけで書いてください。内線や受付時間は本文に書いてください"
        case .contactPhoneInvalid: "{field} は 0187-43-1111 や +81 187 43 1111 のような電話番号で書きます（`{written}` になっています）"
        case .contactPhoneInvalidHint: "番号に打ち間違いがないか確かめてください"
        case .slugEmpty: "スラッグが空です"
        case .slugEmptyHint: "スラッグは URL の1区切りです。文字（日本語も可）、数字、`-`、`_`、`.`（先頭以外）で書き、`/`、`\\`、空白、制御文字は使えません"
        case .slugEscapes: "スラッグ `{slug}` では出力フォルダの外に書き出してしまいます"
        case .slugInvalid: "`{slug}` はスラッグに使えません"
        case .slugTooLong: "スラッグが {bytes} バイトあります。スラッグは {maximum} バイト（漢字で85字）までです"
        case .slugTooLongHint: "フロントマターに短い `slug:` を書くか、ファイル名を変えてください"
        case .slugReserved: "スラッグ `{slug}` は、Koho が各フォルダの横に書き出すファイルと同じ名前です"
        case .slugReservedHint: "`{suggestion}` のように別のスラッグにしてください"
        case .slugFromFileName: "{problem}（ファイル名から）"
        case .slugFromFileNameHint: "{hint}。ファイル名を変えるか、`slug:` を書いてください"
        case .languageMalformed: "`language` は `ja` や `en-US` のような言語タグで書きます（`{written}` になっています）"
        case .languageMalformedHint: "BCP 47 の言語タグで書いてください: `ja`、`en`、`en-US`、`zh-Hant`"
        case .languageUnderscoreHint: "`{fixed}` と書いてください。言語タグの区切りは `-` です"
        case .languageUnknown: "`language` は `ja` や `en-US` のような言語タグで書きます: {problem}"
        case .wordLanguageThreeLetters: "言語タグでは `{written}` を `{short}` と書きます（2文字のコードがあればそちら）"
        case .wordLanguageIsACountry: "`{written}` は言語のコードではありません（`{country}` は国のコードです）"
        case .wordLanguageNotACode: "`{written}` は言語のコードではありません"
        case .wordRegionNotACode: "`{written}` は地域のコードではありません"

        // MARK: - Site settings (site.yml)
        case .siteMastodonWithoutInstance: "`share` に `mastodon` がありますが、`mastodon_instance` が書かれていません"
        case .siteMastodonWithoutInstanceHint: "`mastodon_instance: mastodon.social`（または使っているサーバー）を書くか、`mastodon` を外してください"
        case .siteTimeZoneUnknown: "知らないタイムゾーン `{name}`"
        case .siteTimeZoneUnknownHint: "Asia/Tokyo や America/New_York のような IANA のタイムゾーン名で書いてください"
        case .siteBaseURLInvalid: "`base_url` は https://example.jp/ のような http(s) の完全な URL で書きます（`{written}` になっています）"
        case .siteBaseURLInvalidHint: "サイトを公開するアドレスを、`https://` から末尾の `/` まで書いてください"
        case .siteBaseURLOptionInvalid: "ビルドに渡されたベース URL は https://example.jp/ のような http(s) の完全な URL で書きます（`{written}` になっています）"
        case .siteThemeInvalid: "`theme` は `themes/` の中のフォルダ名で書きます（`{written}` になっています）"
        case .siteThemeInvalidHint: "`default` や `city` のように、テーマのフォルダ名だけを書いてください"
        case .siteShareUnknown: "知らない共有先 `{name}`"
        case .siteShareUnknownHint: "使える共有先: {names}"
        case .siteShareTwice: "共有先 `{name}` が2回書かれています"
        case .siteShareTwiceHint: "どちらか1つを消してください"
        case .siteHostInvalid: "`{key}` は mastodon.social のようなホスト名で書きます（`{written}` になっています）"
        case .siteHostInvalidHint: "mastodon.social のようなホスト名を書いてください"
        case .siteHostWithSchemeHint: "`https://` やパスを付けず、ホスト名だけを書いてください"
        case .paginateUnknownList: "{field} に知らない一覧 `{name}` があります"
        case .paginateUnknownListHint: "ページに分けられる一覧: {names}"
        case .paginateNotANumber: "{field} の `{name}` は1ページの件数を数で書きます（{got}になっています）"
        case .paginateNotANumberHint: "`{name}: 20` のように整数で書いてください"
        case .paginateTooSmall: "{field} の `{name}` は1以上にします（{value} になっています）"
        case .paginateTooSmallHint: "一覧を1ページに全部出すなら、`{name}` の行を消してください"

        // MARK: - Files and folders of the site

        // MARK: - References between entries

        // MARK: - Markdown bodies

        // MARK: - Templates and themes

        // MARK: - Output folder and writing

        // MARK: - Checks of the built site

        // MARK: - The command line and the preview server
        case .cliBuilt: "{pages} ページ、{files} ファイルを {seconds} 秒で書き出しました → {output}"
        case .cliWarningCount: "警告 {count} 件"
        case .cliBuildFailedErrors: "ビルドに失敗しました（エラー {count} 件）。{output} は元のままです"
        case .cliBuildFailedStrict: "ビルドに失敗しました（警告 {count} 件、--strict）。{output} は元のままです"
        case .cliBuildFailedOutput: "ビルドに失敗しました: {output} に書き出せませんでした"
        case .cliCheckSummary: "koho check: エラー {errors} 件、警告 {warnings} 件"
        case .cliCreated: "{path} を作りました（下書きです。公開するときは `draft: true` の行を消してください）"
        case .cliProgress: "koho: {phase}…"
        case .cliTimings: "かかった時間:"
        case .cliBaseURLInvalid: "--base-url は https://example.jp/ や https://example.jp/city/ のような http(s) の完全な URL で指定します（`{written}` になっています）"
        case .cliPortOutOfRange: "--port は 1 から 65535 までの数で指定します"
        case .cliLanguageUnknown: "--lang は `ja` か `en` で指定します（`{written}` になっています）"
        case .cliNameInvalid: "{problem}。{hint}"
        case .cliNoSite: "{folder} にもその上のフォルダにも site.yml がありません"
        case .cliNoSiteHint: "サイトのフォルダ（site.yml があるフォルダ）で koho を実行するか、--source でフォルダを指定してください"
        case .servePortInUse: "{host} のポート {port} はすでに使われています（別の koho serve か、別のサーバー）"
        case .servePortInUseHint: "そちらを止めるか、別のポートを使ってください: koho serve --port {next}"
        case .servePlanned: "{pages} ページを {elapsed} で用意しました（{phases}、CPU {processor}）。{address} で見られます"
        case .serveBuildFailed: "ビルドに失敗しました。直るまで {address} にエラーを表示します"
        case .serveRebuilding: "再構築中…"
        case .serveErrorTitle: "ビルドに失敗しました（エラー {count} 件）"
        case .serveErrorAdvice: "下に示したファイルを直してください。直ると、このページは自動で読み込み直されます。"
        case .serveWarningsBanner: "警告 {count} 件（プレビューの間だけ表示）"
        }
    }
}
