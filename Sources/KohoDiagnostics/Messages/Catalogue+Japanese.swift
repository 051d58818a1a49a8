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

        // MARK: - Markdown bodies

        // MARK: - Templates and themes

        // MARK: - Output folder and writing

        // MARK: - Checks of the built site

        // MARK: - The command line and the preview server
        }
    }
}
