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
        case .yamlOutOfMemory: "YAML を読む途中でメモリが足りなくなりました"
        case .yamlUnexpectedStructure: "YAML の構造が想定外です"
        case .yamlUnreadable: "YAML として読めません"
        case .yamlLibraryProblem: "YAML として読めません（{problem}）"
        case .yamlLibraryProblemHint: "{line} 行 {column} 列目から始まる部分を確認してください（{context}）"
        case .yamlControlCharacter: "YAML に制御文字（{code}）は使えません"
        case .yamlControlCharacterHint: "削除してください。ほとんどのエディタでは見えない文字です"
        case .yamlPlainValueStart: "引用符で囲まない値は{character}で始められません"
        case .yamlPlainValueStartHint: "値を引用符（\" または '）で囲んでください"
        case .yamlTabIndent: "タブ文字で字下げしています"
        case .yamlTabIndentHint: "半角スペースで字下げしてください。YAML ではタブ文字を使えません"
        case .yamlColonInValue: "値の中の `: ` が項目の区切りとして読まれています"
        case .yamlColonInValueHint: "`: ` を含む値は引用符（\" または '）で囲んでください"
        case .yamlDashInValue: "ここでは `- ` でリストの項目を始められません"
        case .yamlDashInValueHint: "リストは次の行から始めてください。`- ` で始まる値なら引用符（\" または '）で囲んでください"
        case .yamlValueStartsWithBracket: "値が角かっこ「[」で始まっているので、リストとして読まれます"
        case .yamlValueStartsWithBracketHint: "値全体を引用符で囲んで {example} と書いてください"
        case .yamlQuoteNotClosed: "引用符で始まる値が閉じられていません"
        case .yamlQuoteNotClosedHint: "同じ引用符 {quote} で閉じてください"
        case .yamlKeyNotAligned: "{line} 行目から始まる項目と字下げがそろっていません"
        case .yamlKeyNotAlignedHint: "字下げを確認してください。同じ組の項目は同じ列から始めます"
        case .yamlItemNotAligned: "{line} 行目から始まるリストの `- ` と字下げがそろっていません"
        case .yamlItemNotAlignedHint: "字下げを確認してください。同じリストの項目は同じ列から始めます"
        case .yamlFlowListNotClosed: "{line} 行 {column} 列目から始まるリストで `,` か `]` が見つかりません"
        case .yamlFlowListNotClosedHint: "リストは `]` で閉じ、項目は `,` で区切ってください"
        case .yamlFlowMappingNotClosed: "{line} 行 {column} 列目から始まる項目の組（マッピング）で `,` か `}` が見つかりません"
        case .yamlFlowMappingNotClosedHint: "項目の組は `}` で閉じ、項目どうしは `,` で区切ってください"
        case .yamlSecondDocument: "ここには YAML の文書を一つしか書けません"
        case .yamlSecondDocumentHint: "`---` や `...` の行で文書が終わっています。その行を削除してください"
        case .yamlColonMissing: "この項目名の後に `:` がありません"
        case .yamlColonMissingHint: "`項目名: 値` のように、項目名と `:` を同じ行に書いてください"
        case .yamlKeyNotScalar: "項目名にリストや項目の組（マッピング）は使えません"
        case .yamlKeyNotScalarHint: "項目名を引用符（\" または '）で囲んでください"
        case .yamlDuplicateKey: "項目 {key} が重複しています"
        case .yamlDuplicateKeyHint: "最初は {line} 行目に書かれています"
        case .yamlControlCharacterInValue: "値に制御文字 {code} が含まれています。ページには表示できません"
        case .yamlControlCharacterInValueHint: "値からエスケープ（`\\u0007` や `\\e` など）を削除してください"
        case .yamlIntegerTooLarge: "整数 {value} が大きすぎます"
        case .yamlIntegerTooLargeHint: "整数は {maximum} までです。文字列として扱うなら引用符（\" または '）で囲んでください"
        case .yamlTagMismatch: "{value} は {tag} として正しくありません"
        case .yamlTagMismatchHint: "値を直すか、タグを削除してください"
        case .yamlAliasUnknown: "エイリアス {alias} の元がありません"
        case .yamlAliasUnknownHint: "それより前の値に {anchor} を付けて定義してください"
        case .yamlAliasInsideItself: "エイリアス {alias} が自分を含む値を指しています"
        case .yamlAliasInsideItselfHint: "エイリアスで繰り返せるのは、それより前に書き終わった値だけです"
        case .yamlAliasTooLarge: "エイリアスを展開すると大きすぎます（値が {maximum} 個を超えます）"
        case .yamlAliasTooLargeHint: "`*エイリアス` はアンカーの値全体を繰り返します。エイリアスを減らすか、アンカーの値を小さくしてください"
        case .yamlAliasTooDeep: "エイリアスを展開すると入れ子が深すぎます（{maximum} 段を超えます）"
        case .yamlTooLarge: "文書が大きすぎます（値が {maximum} 個を超えます）"
        case .yamlTooDeep: "文書の入れ子が深すぎます（{maximum} 段を超えます）"

        // MARK: - Front matter and the file as a whole
        case .sourceNotUTF8: "{path} は UTF-8 ではありません（{line} 行目にバイト {byte}）。UTF-8 で保存してください"
        case .sourceNotUTF8Hint: "Koho は UTF-8 のファイルだけを読みます。エディタで UTF-8 として保存し直してください"
        case .sourceNotUTF8Encoding: "{path} は UTF-8 ではありません（{line} 行目にバイト {byte}。{encoding} のようです）。UTF-8 で保存してください"
        case .sourceNotUTF8EncodingHint: "エディタでファイルを {encoding} として開き直し、UTF-8（BOM なし）で保存してください"
        case .sourceControlCharacter: "{path} の {line} 行 {column} 列目に制御文字 {code} があります"
        case .sourceControlCharacterHint: "削除してください。ほとんどのエディタでは見えない文字で、よく別のプログラムから貼り付けた文章に混じっています"
        case .sourceFullWidthColon: "{key} の後が全角のコロン「：」になっています。項目には半角の `:` が必要です"
        case .sourceFullWidthColonHint: "{example} と書いてください。`:` は半角（直接入力）で打ち、後ろに半角スペースを入れます"
        case .sourceFullWidthSpace: "全角スペース「　」で字下げしています"
        case .sourceFullWidthSpaceHint: "半角スペースで字下げしてください。日本語入力をオフ（直接入力）にすると半角で打てます"
        case .sourceFullWidthDigits: "全角の数字「{digits}」で書かれています"
        case .sourceFullWidthDigitsHint: "半角の数字で {example} と書いてください。日本語入力をオフ（直接入力）にすると半角で打てます"
        case .sourceNotMapping: "{what}は `{field}: …` のような項目の組（マッピング）で書きます（{got}になっています）"
        case .wordSourceFrontMatter: "フロントマター（先頭の `---` で囲んだ部分）"
        case .wordSourceWholeFile: "ファイル全体"
        case .frontMatterMissing: "{path} にフロントマター（先頭の `---` で囲んだ部分）がないので、{field} もありません"
        case .frontMatterMissingHint: "ファイルの先頭に `---` の行、`{field}: …` の行、`---` の行を順に書いてください"
        case .frontMatterNotClosed: "フロントマターが `---` で始まっていますが、閉じる `---` の行がありません"
        case .frontMatterNotClosedHint: "最後の項目の後に `---` の行を追加してください"

        // MARK: - Dates

        // MARK: - Hashtags and topics

        // MARK: - Contacts, language, slugs

        // MARK: - Site settings (site.yml)

        // MARK: - Files and folders of the site
        case .fileSiteYAMLMissing: "site.yml がありません。どのサイトもフォルダの一番上に site.yml が必要です"
        case .fileSiteYAMLMissingHint: "サイトのフォルダの一番上に site.yml を作り、少なくとも `title:` と `base_url:` を書いてください"
        case .fileSiteYAMLMisnamedHint: "site.yaml の名前を site.yml に変えてください"
        case .fileIgnoredInSubfolder: "{path} は読み込みません。{kind}は {folder}/ の直下に置きます"
        case .fileIgnoredNotMarkdown: "{path} は読み込みません。{kind}は `.md` のファイルです"
        case .fileIgnoredNotMarkdownOrYAML: "{path} は読み込みません。{kind}は `.md` か `.yml` のファイルです"
        case .fileIgnoredHint: "画像などのファイルは static/ に置いてください"
        case .fileUnknownContentFolder: "{folder} は読み込みません。Koho が読むのは content/staff、content/departments、content/posts、content/pages です"
        case .fileSlugTaken: "URL の名前（スラッグ）{slug} は {path} がすでに使っています"
        case .fileSlugTakenHint: "{kind}のスラッグは、大文字と小文字の違いを除いても重ならないようにします。どちらかのファイル名を変えるか、`slug:` を書いてください"
        case .wordEntriesStaff: "職員のファイル"
        case .wordEntriesDepartments: "部署のファイル"
        case .wordEntriesPosts: "投稿のファイル"
        case .wordEntriesPages: "ページのファイル"
        case .fileNotFound: "{path} を読めません: ファイルがありません"
        case .filePermissionDenied: "{path} を読めません: 読む権限がありません"
        case .fileLinkOutside: "{path} を読めません: サイトのフォルダの外（{target}）を指すシンボリックリンクです。Koho はサイトのフォルダの中のファイルだけを読みます"
        case .fileLinkOutsideHint: "リンクではなく、ファイルをサイトの中にコピーしてください。またはリンクを削除してください"
        case .fileLinkIntoHidden: "{path} を読めません: 隠しファイルか隠しフォルダ（{target}）を指すシンボリックリンクです。Koho はこれらを読みません（.git には CI の認証情報があります）"
        case .fileBrokenLink: "{path} を読めません: 存在しない {target} を指すシンボリックリンクです"
        case .fileBrokenLinkHint: "リンクを削除するか、サイトの中のファイルを指すようにしてください"
        case .fileLinkLoop: "{path} を読めません: シンボリックリンクが循環しています"
        case .fileNotRegular: "{path} を読めません: 通常のファイルではなく{type}です"
        case .fileNotRegularHint: "削除してください。サイトのフォルダには通常のファイルだけを置きます"
        case .wordFileTypeFolder: "フォルダ"
        case .wordFileTypeNamedPipe: "名前付きパイプ"
        case .wordFileTypeSocket: "ソケット"
        case .wordFileTypeDevice: "デバイス"
        case .wordFileTypeOther: "特殊なファイル"
        case .fileTooLarge: "{path} を読めません: {size} MiB あります。Koho が読むファイルは {limit} MiB までです"
        case .fileTooLargeHint: "大きなファイルは別の場所で公開し、そこへリンクしてください"
        case .fileNameNotUTF8: "{path} を読めません: ファイル名が UTF-8 ではありません"
        case .fileNameNotUTF8Hint: "ファイル名を付け直してください。ファイル名は UTF-8 として読みます（古い Windows や zip ファイルからコピーしたファイルは Shift_JIS のことがあります）"
        case .fileUnreadable: "{path} を読めません: {reason}"

        // MARK: - References between entries

        // MARK: - Markdown bodies
        case .markdownTableRowTooWide: "表の行にセルが {cells} 個あります。一行のセルは {maximum} 個までです"
        case .markdownTableRowTooWideHint: "表を幅の狭い表に分けてください。セルの区切りでない `|` は `\\|` と書きます"
        case .markdownTooManyTableCells: "表が大きすぎます。一つの文章で表のセルが {maximum} 個を超えています"
        case .markdownTooManyTableCellsHint: "表かページを小さく分けてください"

        // MARK: - Templates and themes

        // MARK: - Output folder and writing

        // MARK: - Checks of the built site

        // MARK: - The command line and the preview server
        }
    }
}
