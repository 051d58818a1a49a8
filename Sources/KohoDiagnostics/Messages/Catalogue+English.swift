extension MessageKey {
    /// The English catalogue: every entry's text, with its `{placeholders}`.
    ///
    /// Messages are one sentence without a final period; names a person types are in backticks.
    var english: String {
        switch self {
        case .legacyText: "{text}"

        // MARK: - Words put into other messages
        case .wordHintLabel: "hint:"
        case .wordTypeList: "a list"
        case .wordTypeMapping: "a mapping"
        case .wordTypeNull: "null"
        case .wordTypeBoolean: "a boolean"
        case .wordTypeInteger: "an integer"
        case .wordTypeNumber: "a number"
        case .wordTypeString: "a string"
        case .wordTypeDate: "a date"
        case .wordTypeStringOrList: "a string or a list of strings"
        case .wordFieldLabel: "{key}"
        case .wordFieldLabelIn: "{key} in {context}"
        case .wordThisCharacter: "this character"
        case .wordTwoSentences: "{first} {second}"
        case .wordKindTemplates: "templates"
        case .wordKindDepartments: "departments"
        case .wordKindStaff: "staff"
        case .wordKindPosts: "posts"
        case .wordKindPages: "pages"

        // MARK: - Suggestions
        case .suggestDidYouMean: "did you mean {name}?"
        case .suggestNoneYet: "there are no {kind} yet"
        case .suggestExisting: "{kind} that exist: {names}"
        case .suggestExistingMore: "{kind} that exist: {names}, … ({count} in all)"

        // MARK: - Fields
        case .fieldMissing: "missing required field {field}"
        case .fieldMissingHint: "add a line `{key}: …`"
        case .fieldMissingInHint: "add `{key}: …` under `{context}`"
        case .fieldEmpty: "{field} must not be empty"
        case .fieldType: "{field} must be {expected}, got {got}"
        case .fieldTooSmall: "{field} must be at least {minimum}, got {value}"
        case .fieldNotBoolean: "{field} must be true or false, got {got}"
        case .fieldNotBooleanYAML11Hint: "YAML 1.2 reads `{written}` as text; write `true` or `false`"
        case .fieldListItemType: "each item of {field} must be a string, got {got}"
        case .fieldListItemNotMapping: "each item of {field} must be a mapping with {itemFields}, got {got}"
        case .fieldParamsNotMapping: "`params` must be a mapping of your own fields, got {got}"
        case .fieldUnknown: "unknown field {field}"
        case .fieldUnknownKeptHint: "templates can read it as `params.{key}`; write it under `params:` to keep it without this warning"
        case .fieldUnknownIgnoredHint: "it is ignored"

        // MARK: - YAML syntax
        case .yamlOutOfMemory: "out of memory while reading YAML"
        case .yamlUnexpectedStructure: "unexpected YAML structure"
        case .yamlUnreadable: "the YAML text cannot be read"
        case .yamlLibraryProblem: "{problem}"
        case .yamlLibraryProblemHint: "{context} that starts at line {line}, column {column}"
        case .yamlControlCharacter: "a control character ({code}) is not allowed in YAML"
        case .yamlControlCharacterHint: "remove it; most editors do not show it"
        case .yamlPlainValueStart: "a plain value cannot start with {character}"
        case .yamlPlainValueStartHint: "put quotes around the value"
        case .yamlTabIndent: "a tab cannot be used for indentation"
        case .yamlTabIndentHint: "indent with spaces; YAML does not allow tabs"
        case .yamlColonInValue: "mapping values are not allowed in this context"
        case .yamlColonInValueHint: "put quotes around a value that contains `: `"
        case .yamlDashInValue: "block sequence entries are not allowed in this context"
        case .yamlDashInValueHint: "start the list on the next line, or put quotes around a value that starts with `- `"
        case .yamlValueStartsWithBracket: "the value starts with `[`, which YAML reads as a list"
        case .yamlValueStartsWithBracketHint: "put the whole value in quotes: {example}"
        case .yamlQuoteNotClosed: "this quoted value is never closed"
        case .yamlQuoteNotClosedHint: "end it with a matching {quote}"
        case .yamlKeyNotAligned: "expected a key in line with the mapping that starts at line {line}"
        case .yamlKeyNotAlignedHint: "check the indentation: the keys of one mapping start in the same column"
        case .yamlItemNotAligned: "expected a `- ` item in line with the list that starts at line {line}"
        case .yamlItemNotAlignedHint: "check the indentation: the items of one list start in the same column"
        case .yamlFlowListNotClosed: "expected `,` or `]` in the list that starts at line {line}, column {column}"
        case .yamlFlowListNotClosedHint: "close the list with `]` and separate its items with `,`"
        case .yamlFlowMappingNotClosed: "expected `,` or `}` in the mapping that starts at line {line}, column {column}"
        case .yamlFlowMappingNotClosedHint: "close the mapping with `}` and separate its pairs with `,`"
        case .yamlSecondDocument: "only one YAML document is allowed here"
        case .yamlSecondDocumentHint: "a `---` or `...` line ends the document; remove it"
        case .yamlColonMissing: "expected `:` after this key"
        case .yamlColonMissingHint: "write `key: value` with the key and its `:` on one line"
        case .yamlKeyNotScalar: "a mapping key must be a plain value, not a list or mapping"
        case .yamlKeyNotScalarHint: "put quotes around the key"
        case .yamlDuplicateKey: "duplicate key {key}"
        case .yamlDuplicateKeyHint: "first written at line {line}"
        case .yamlControlCharacterInValue: "the value holds the control character {code}, which a page cannot show"
        case .yamlControlCharacterInValueHint: "remove the escape sequence (like `\\u0007` or `\\e`) from the value"
        case .yamlIntegerTooLarge: "integer {value} is too large"
        case .yamlIntegerTooLargeHint: "integers go up to {maximum}; put quotes around it to keep it as text"
        case .yamlTagMismatch: "{value} is not a valid {tag}"
        case .yamlTagMismatchHint: "fix the value or remove the tag"
        case .yamlAliasUnknown: "unknown alias {alias}"
        case .yamlAliasUnknownHint: "define it first with {anchor} on an earlier value"
        case .yamlAliasInsideItself: "alias {alias} refers to the value that contains it"
        case .yamlAliasInsideItselfHint: "an alias can only repeat a value that is complete before it"
        case .yamlAliasTooLarge: "alias expansion is too large (more than {maximum} nodes)"
        case .yamlAliasTooLargeHint: "each `*alias` repeats its anchor's whole value; use fewer aliases or smaller anchors"
        case .yamlAliasTooDeep: "alias expansion is nested too deeply (more than {maximum} levels)"
        case .yamlTooLarge: "the document is too large (more than {maximum} nodes)"
        case .yamlTooDeep: "the document is nested too deeply (more than {maximum} levels)"

        // MARK: - Front matter and the file as a whole
        case .sourceNotUTF8: "{path} is not UTF-8 (byte {byte} at line {line}); save it as UTF-8"
        case .sourceNotUTF8Hint: "Koho reads UTF-8 only; re-save the file as UTF-8 in your editor"
        case .sourceNotUTF8Encoding: "{path} is not UTF-8 (byte {byte} at line {line}; it looks like {encoding}); save it as UTF-8"
        case .sourceNotUTF8EncodingHint: "in your editor, re-open the file as {encoding} and save it as UTF-8 (without BOM)"
        case .sourceControlCharacter: "{path} holds the control character {code} at line {line}, column {column}"
        case .sourceControlCharacterHint: "delete it: it is invisible in most editors and often comes from text pasted from another program"
        case .sourceFullWidthColon: "full-width colon `：` after {key}: a field needs a half-width `:`"
        case .sourceFullWidthColonHint: "write {example}: type `:` in half-width (直接入力) mode, with a space after it"
        case .sourceFullWidthSpace: "a full-width space `　` is used for indentation"
        case .sourceFullWidthSpaceHint: "indent with half-width spaces (type them with the IME off, 直接入力)"
        case .sourceFullWidthDigits: "`{digits}` is written in full-width digits"
        case .sourceFullWidthDigitsHint: "write it in half-width digits (with the IME off, 直接入力): {example}"
        case .sourceNotMapping: "{what} must be a mapping of fields like `{field}: …`, got {got}"
        case .wordSourceFrontMatter: "front matter"
        case .wordSourceWholeFile: "the file"
        case .frontMatterMissing: "{path} has no front matter, so it has no {field}"
        case .frontMatterMissingHint: "start the file with a line `---`, then `{field}: …`, then a line `---`"
        case .frontMatterNotClosed: "front matter starts with `---` but is never closed"
        case .frontMatterNotClosedHint: "add a line with `---` after the last field"

        // MARK: - Dates

        // MARK: - Hashtags and topics

        // MARK: - Contacts, language, slugs

        // MARK: - Site settings (site.yml)

        // MARK: - Files and folders of the site
        case .fileSiteYAMLMissing: "site.yml is missing: every site needs one at its root"
        case .fileSiteYAMLMissingHint: "create site.yml at the site's root with at least `title:` and `base_url:`"
        case .fileSiteYAMLMisnamedHint: "rename site.yaml to site.yml"
        case .fileIgnoredInSubfolder: "{path} is ignored: {kind} must be directly in {folder}/"
        case .fileIgnoredNotMarkdown: "{path} is ignored: {kind} are `.md` files"
        case .fileIgnoredNotMarkdownOrYAML: "{path} is ignored: {kind} are `.md` or `.yml` files"
        case .fileIgnoredHint: "images and other files belong in static/"
        case .fileUnknownContentFolder: "{folder} is ignored: Koho reads content/staff, content/departments, content/posts and content/pages"
        case .fileSlugTaken: "slug {slug} is already used by {path}"
        case .fileSlugTakenHint: "slugs must be unique among {kind}, ignoring case; rename one file or set `slug:`"
        case .wordEntriesStaff: "staff entries"
        case .wordEntriesDepartments: "departments"
        case .wordEntriesPosts: "posts"
        case .wordEntriesPages: "pages"
        case .fileNotFound: "cannot read {path}: no such file"
        case .filePermissionDenied: "cannot read {path}: permission denied"
        case .fileLinkOutside: "cannot read {path}: it is a symbolic link that leads outside the site (to {target}); Koho reads only files inside the site's folder"
        case .fileLinkOutsideHint: "copy the file into the site instead of linking to it, or remove the link"
        case .fileLinkIntoHidden: "cannot read {path}: it is a symbolic link into a hidden file or folder (to {target}); Koho never reads those (.git holds CI's credentials)"
        case .fileBrokenLink: "cannot read {path}: it is a symbolic link to {target}, which does not exist"
        case .fileBrokenLinkHint: "remove the link, or point it at a file inside the site"
        case .fileLinkLoop: "cannot read {path}: its symbolic links form a loop"
        case .fileNotRegular: "cannot read {path}: it is {type}, not a regular file"
        case .fileNotRegularHint: "remove it: the site's folders hold regular files only"
        case .wordFileTypeFolder: "a folder"
        case .wordFileTypeNamedPipe: "a named pipe"
        case .wordFileTypeSocket: "a socket"
        case .wordFileTypeDevice: "a device"
        case .wordFileTypeOther: "a special file"
        case .fileTooLarge: "cannot read {path}: it is {size} MiB; Koho reads files of at most {limit} MiB"
        case .fileTooLargeHint: "publish large files somewhere else and link to them"
        case .fileNameNotUTF8: "cannot read {path}: its name is not UTF-8"
        case .fileNameNotUTF8Hint: "rename the file; names are read as UTF-8 (a file copied from an old Windows or zip archive may use Shift_JIS)"
        case .fileUnreadable: "cannot read {path}: {reason}"

        // MARK: - References between entries

        // MARK: - Markdown bodies
        case .markdownTableRowTooWide: "table row with {cells} cells: a row may have at most {maximum}"
        case .markdownTableRowTooWideHint: "split the table into narrower ones, or write `\\|` for a `|` that does not separate cells"
        case .markdownTooManyTableCells: "tables too large: more than {maximum} cells in one text"
        case .markdownTooManyTableCellsHint: "split the table, or the page, into smaller ones"

        // MARK: - Templates and themes

        // MARK: - Output folder and writing

        // MARK: - Checks of the built site

        // MARK: - The command line and the preview server
        }
    }
}
