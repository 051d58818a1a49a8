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

        // MARK: - YAML syntax

        // MARK: - Front matter and the file as a whole

        // MARK: - Dates

        // MARK: - Hashtags and topics

        // MARK: - Contacts, language, slugs

        // MARK: - Site settings (site.yml)

        // MARK: - Files and folders of the site

        // MARK: - References between entries
        case .wordEntrySlugAndName: "{slug}（{name}）"
        case .referenceUnknownDepartment: "部署 {slug} が見つからない"
        case .referenceUnknownAuthor: "投稿者 {slug} が職員の中に見つからない"
        case .referenceUnknownParent: "上位の部署 {slug} が見つからない"
        case .referenceWriteSlugHint: "名前ではなく、ファイル名から `.md` を除いた部分を書いてください"
        case .referenceDepartmentCycle: "部署 {slug} の `parent` をたどると自分に戻ってしまう: {cycle}"
        case .referenceDepartmentCycleHint:
            "`parent:` には一つ上の部署を書いてください。この中のどれかの `parent:` を消すか、書き直してください"
        case .referenceHashtagInvalid: "ハッシュタグ {tag} は使えない: {reason}"
        case .referenceHashtagInvalidHint:
            "ハッシュタグは文字・数字・`_` で書いてください（どの言語の文字でも使えます）。例: `#架空市`、`#Sakura2024`"
        case .referenceHashtagsTooMany: "{path} にハッシュタグが {count} 個ある（1つのファイルに書けるのは {maximum} 個まで）"
        case .referenceHashtagsTooManyHint:
            "ハッシュタグごとに、一覧のページと更新情報（フィード）が作られます。人が探しそうなものだけを残してください"
        case .referencePostDateFarAhead: "`date` が1年以上先の日付である: その日までこの投稿は公開されない"
        case .referencePostDateFarAheadHint: "年が正しいか確かめてください。`koho build --future` で作ると今すぐ公開されます"

        // MARK: - Markdown bodies

        // MARK: - Templates and themes

        // MARK: - Output folder and writing
        case .outputProgressLoading: "内容とテーマを読み込み中"
        case .outputProgressResolving: "職員 {staff} 人、部署 {departments} 件、投稿 {posts} 件を照合中"
        case .outputProgressValues: "テンプレートに渡す値を準備中"
        case .outputProgressPlanning: "作るページを決定中"
        case .outputProgressRendering: "{count} ページを作成中"
        case .outputProgressFeeds: "更新情報（フィード）とサイトマップを作成中"
        case .outputProgressStatic: "`static/` のファイルを確認中"
        case .outputProgressWritingMore: "残りのファイル {count} 個を書き込み中"
        case .outputProgressWriting: "ファイル {count} 個を書き込み中"
        case .outputProgressWaiting: "{output} への別の作成が終わるのを待機中"
        case .outputStaticOverwrites: "{path} は、Koho が作る {target} と同じ場所に置かれてしまう"
        case .outputStaticOverwritesHint: "`static/` のこのファイルの名前を変えるか、別の場所に移してください"
        case .outputFolderHoldsSite: "出力フォルダ {output} の中にサイト自身のファイルがある"
        case .outputFolderIsSource: "出力フォルダ {output} がサイトの {name} そのものである"
        case .outputFolderInsideSource: "出力フォルダ {output} がサイトの {name} の中にある"
        case .outputFolderHoldsSource: "出力フォルダ {output} の中にサイトの {name} がある"
        case .outputFolderIsFile: "出力フォルダ {output} がフォルダではなくファイルである"
        case .outputFolderChooseAnotherHint:
            "出力フォルダは作成のたびに中身ごと置き換わります。public/ のような専用のフォルダを選んでください"
        case .outputFolderNotKohos: "出力フォルダ {output} は空ではなく、koho が書いたフォルダでもない"
        case .outputFolderNotKohosHint:
            "出力フォルダは作成のたびに中身ごと置き換わります。新しいフォルダか空のフォルダを選ぶか、このフォルダを置き換えてよければ --force を付けてください"
        case .outputCannotWrite: "{output} に書き込めない: {path}: {reason}"
        case .outputLeftAsItWasHint: "{output} は元のまま残っています"
        case .outputMovedAsideHint: "前回の出力は {previous} に移してあります。名前を {output} に戻してください"
        case .outputPreviousNotRemoved: "新しいサイトは {output} にできたが、前回の出力を消せなかった: {path}: {reason}"
        case .outputPreviousNotRemovedHint: "{path} を手で消してください"
        case .wordOutputPathOutside: "出力フォルダの外に書き込むことになる"
        case .wordOutputPathReplacesMarker: "koho の目印のファイルを置き換えることになる"

        // MARK: - Checks of the built site
        case .checkLinkRemoved: "{destination} へのリンクを取り除いた"
        case .checkLinkRemovedHint:
            "サイト内のパスと http(s)、mailto、tel、sms、ftp、webcal、geo のリンクは残ります。`javascript:`、`vbscript:`、`data:` のリンクは必ず取り除かれます"
        case .checkImageNoAltText: "画像 {destination} に代替テキストがない"
        case .checkImageNoAltTextHint: "何が写っているかを [ ] の中に書いてください。例: ![桜並木の写真]({destination})"
        case .checkBrokenLink: "リンク切れ: {destination} はサイトの中にない"
        case .checkBrokenLinkHint: "パスを確かめてください。サイト内のパスは `/` で始まります"
        case .checkBrokenImage: "画像が見つからない: {destination} はサイトの中にない"
        case .checkBrokenImageHint: "ファイルを static/{target} に置くか、パスを直してください"
        case .checkFieldNoAlt: "{field} に `alt`（代替テキスト）がない"
        case .checkFieldNoAltHint: "画像を見られない人のために、写っているものを説明する `alt:` を追加してください"
        case .checkImageNotFound: "画像 {path} が見つからない"

        // MARK: - The command line and the preview server
        case .scaffoldFileExists: "{path} はすでにある"
        case .scaffoldFileExistsHint: "別の名前にするか、そのファイルを編集してください"
        case .scaffoldSlugTaken: "名前 {slug} は {other} ですでに使われている"
        case .scaffoldSlugTakenHint:
            "{kind}のファイル名は、大文字と小文字の違いだけでは区別されません。別の名前にするか、そのファイルを編集してください"
        case .scaffoldCannotWrite: "{path} に書き込めない: {reason}"
        case .scaffoldCommentIntroStaff: "新しい職員のページの下書きです"
        case .scaffoldCommentIntroDepartment: "新しい部署のページの下書きです"
        case .scaffoldCommentIntroPost: "新しい投稿の下書きです"
        case .scaffoldCommentHowTo:
            "「#」で始まる行は、説明か、まだ使っていない項目です。項目を使うときは、\nその行の先頭の「# 」を消して値を書いてください"
        case .scaffoldCommentStaffName: "名前（必須）。ページの見出しになります。氏名に書き換えてください"
        case .scaffoldCommentDepartmentName: "名前（必須）。ページの見出しになります。部署名に書き換えてください"
        case .scaffoldCommentTitle: "題名（必須）。投稿の題名に書き換えてください"
        case .scaffoldCommentReading: "名前の読み（ひらがな）。ふりがなと一覧の並び順に使います"
        case .scaffoldCommentNameEnglish: "英語での名前"
        case .scaffoldCommentRole: "職名"
        case .scaffoldCommentStaffDepartment:
            "所属する部署。部署のファイル名から `.md` を除いたものを書きます。複数なら [somu, koho] のように書きます"
        case .scaffoldCommentHashtags: "ハッシュタグ。ページと一緒にシェアされ、タグごとに一覧のページができます"
        case .scaffoldCommentTopics: "住民から尋ねてもらえる、担当の話題"
        case .scaffoldCommentPhoto: "写真。src は static/ の中の場所、alt は写っているものの説明です"
        case .scaffoldCommentSocial: "SNS のアカウント"
        case .scaffoldCommentParent: "一つ上の部署。そのファイル名から `.md` を除いたものを書きます"
        case .scaffoldCommentDepartmentSummary: "何をする部署かを一行で"
        case .scaffoldCommentServices: "窓口やサービス。それぞれ名前・説明・リンクを書きます"
        case .scaffoldCommentContact: "連絡先。電話・メール・住所・受付時間を書きます"
        case .scaffoldCommentDate: "投稿の日時。この日時から公開されます"
        case .scaffoldCommentAuthor: "書いた職員。職員のファイル名から `.md` を除いたものを書きます"
        case .scaffoldCommentPostDepartment: "投稿に関係する部署。部署のファイル名から `.md` を除いたものを書きます"
        case .scaffoldCommentPostSummary: "投稿の要約を一行で。一覧やシェアに使われます"
        case .scaffoldCommentDraft: "この行があるあいだは公開されません。書き終えたら消してください"
        case .scaffoldExampleRole: "主事"
        case .scaffoldExampleTopic: "窓口のご案内"
        case .scaffoldExampleHashtag: "架空市"
        case .scaffoldExampleDepartmentSummary: "住民票・戸籍・選挙の手続き"
        case .scaffoldExamplePostSummary: "4月5日に春まつりを開きます"
        }
    }
}
