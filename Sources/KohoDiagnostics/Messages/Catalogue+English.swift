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

        // MARK: - The guide to the messages
        case .guideTitle: "Koho's messages and how to fix what they point at"
        case .guideGenerated: "made from Koho's message catalogue (Sources/KohoDiagnostics/Messages) by `make goldens`: do not edit by hand"
        case .guideIntro: "Every message Koho can show, by topic, with the advice it usually gives. A message starts with where the mistake is: `content/staff/sato.md:3:13: error:` is line 3, column 13 of that file. `‹name›` stands for what the message fills in (a field, a value, a file). Errors stop the build; warnings do not, but `koho build --strict` treats them as errors. How to write your profile: [staff guide](staff-guide.md)."
        case .guideFixLabel: "How to fix:"
        case .guideTopicField: "Fields of a profile, a department, a post or site.yml"
        case .guideTopicSocial: "Social accounts"
        case .guideTopicDate: "Dates"
        case .guideTopicHashtag: "Hashtags and topics"
        case .guideTopicContact: "E-mail addresses and phone numbers"
        case .guideTopicSlug: "Slugs (the name in a page's address)"
        case .guideTopicLanguage: "The site's language"
        case .guideTopicSite: "Site settings (site.yml)"
        case .guideTopicPaginate: "Lists split into pages"
        case .guideTopicCli: "The koho command"
        case .guideTopicServe: "The preview (koho serve)"

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
        case .wordTypeImage: "an image path or a mapping with `src` and `alt`"
        case .wordTypeSocial: "a mapping of services to accounts, like `x: sato_city`"
        case .wordTypePageSizes: "a number of posts per page or a mapping of lists to numbers, like `staff-list: 100`"
        case .wordASpace: "a space"
        case .socialUnknownService: "unknown social service `{name}` in {field}"
        case .socialUnknownServiceHint: "known services: {names}"
        case .socialAccountType: "`{name}` in {field} must be a handle or a URL, got {got}"

        // MARK: - YAML syntax

        // MARK: - Front matter and the file as a whole

        // MARK: - Dates
        case .dateInvalid: "{field} must be a date like 2024-04-01 or 2024-04-01T18:30:00+09:00, got {got}"
        case .dateInvalidHint: "write the year, month and day with `-`, like `2024-04-01`"
        case .dateYearMonthDayInvalid: "{field} must be a year, year-month or date like 2010, 2010-04 or 2010-04-01, got {got}"

        // MARK: - Hashtags and topics
        case .hashtagCommentTrap: "{field} is empty: `{comment}` after it is a YAML comment, not {key}"
        case .hashtagCommentTrapHint: "in YAML a `#` after a space starts a comment; write `{key}: [{tags}]`, use the full-width `＃` (`{fullWidth}`), or put them in quotes (`{key}: \"{comment}\"`)"
        case .hashtagCommentTrapItem: "this item of {field} is empty: `{comment}` after `-` is a YAML comment"
        case .hashtagCommentTrapItemHint: "in YAML a `#` after a space starts a comment; write `- {tag}`, `- ＃{tag}` or `- \"#{tag}\"`"

        // MARK: - Contacts, language, slugs
        case .contactEmailMailto: "{field} must be an e-mail address like sato@example.jp, without `mailto:`"
        case .contactEmailMailtoHint: "write only the address: Koho makes the link"
        case .contactEmailFullWidthAt: "{field} must be an e-mail address like sato@example.jp, got `{written}` with a full-width `＠`"
        case .contactEmailFullWidthAtHint: "type `@` in half-width (直接入力) mode"
        case .contactEmailBadCharacter: "{field} must be an e-mail address like sato@example.jp, got `{written}` with {character}"
        case .contactEmailBadCharacterHint: "write one address, and nothing after it"
        case .contactEmailAtCount: "{field} must be an e-mail address like sato@example.jp with one `@`, got `{written}`"
        case .contactEmailAtCountHint: "write one address per field"
        case .contactEmailInvalid: "{field} must be an e-mail address like sato@example.jp, got `{written}`"
        case .contactEmailInvalidHint: "check the address for a typo"
        case .contactPhoneBadCharacter: "{field} must be a phone number like 0187-43-1111 or +81 187 43 1111, got `{written}` with {character}"
        case .contactPhoneBadCharacterHint: "write digits, `-`, spaces, brackets and a leading `+` only; put extensions and hours in the text"
        case .contactPhoneInvalid: "{field} must be a phone number like 0187-43-1111 or +81 187 43 1111, got `{written}`"
        case .contactPhoneInvalidHint: "check the number for a typo"
        case .slugEmpty: "the slug is empty"
        case .slugEmptyHint: "a slug is one path segment: letters of any script, digits, `-`, `_` and `.` (not first); no `/`, `\\`, spaces or control characters"
        case .slugEscapes: "slug `{slug}` would write outside the output folder"
        case .slugInvalid: "slug `{slug}` is not a valid slug"
        case .slugTooLong: "slug is {bytes} bytes long; a slug may be at most {maximum} bytes (85 kanji)"
        case .slugTooLongHint: "set a shorter `slug:` in the front matter, or rename the file"
        case .slugReserved: "slug `{slug}` is the name of a file Koho writes beside the entries' folders"
        case .slugReservedHint: "choose another slug, like `{suggestion}`"
        case .slugFromFileName: "{problem} (from the file name)"
        case .slugFromFileNameHint: "{hint}; rename the file or set `slug:`"
        case .languageMalformed: "`language` must be a language tag like `ja` or `en-US`, got `{written}`"
        case .languageMalformedHint: "use a BCP 47 language tag: `ja`, `en`, `en-US`, `zh-Hant`"
        case .languageUnderscoreHint: "write `{fixed}`: language tags use `-`"
        case .languageUnknown: "`language` must be a language tag like `ja` or `en-US`: {problem}"
        case .wordLanguageThreeLetters: "`{written}` is written `{short}` in a language tag (the two-letter code where there is one)"
        case .wordLanguageIsACountry: "`{written}` is not a language code (`{country}` is a country)"
        case .wordLanguageNotACode: "`{written}` is not a language code"
        case .wordRegionNotACode: "`{written}` is not a region code"

        // MARK: - Site settings (site.yml)
        case .siteMastodonWithoutInstance: "`share` lists `mastodon` but `mastodon_instance` is not set"
        case .siteMastodonWithoutInstanceHint: "set `mastodon_instance: mastodon.social` (or your own instance), or remove `mastodon`"
        case .siteTimeZoneUnknown: "unknown time zone `{name}`"
        case .siteTimeZoneUnknownHint: "use an IANA time zone name like Asia/Tokyo or America/New_York"
        case .siteBaseURLInvalid: "`base_url` must be an absolute http(s) URL like https://example.jp/, got `{written}`"
        case .siteBaseURLInvalidHint: "write the full address the site is published at, with `https://` and a trailing `/`"
        case .siteBaseURLOptionInvalid: "the base URL given to the build must be an absolute http(s) URL like https://example.jp/, got `{written}`"
        case .siteThemeInvalid: "`theme` must be a folder name under `themes/`, got `{written}`"
        case .siteThemeInvalidHint: "write the theme folder's name only, like `default` or `city`"
        case .siteShareUnknown: "unknown share target `{name}`"
        case .siteShareUnknownHint: "share targets: {names}"
        case .siteShareTwice: "share target `{name}` is listed twice"
        case .siteShareTwiceHint: "remove one of them"
        case .siteHostInvalid: "`{key}` must be a host name like mastodon.social, got `{written}`"
        case .siteHostInvalidHint: "write a host name like mastodon.social"
        case .siteHostWithSchemeHint: "write only the host name, without `https://` or a path"
        case .paginateUnknownList: "unknown list `{name}` in {field}"
        case .paginateUnknownListHint: "lists that can be paginated: {names}"
        case .paginateNotANumber: "`{name}` in {field} must be a number of items per page, got {got}"
        case .paginateNotANumberHint: "write a whole number, like `{name}: 20`"
        case .paginateTooSmall: "`{name}` in {field} must be at least 1, got {value}"
        case .paginateTooSmallHint: "leave `{name}` out to show the whole list on one page"

        // MARK: - Files and folders of the site

        // MARK: - References between entries

        // MARK: - Markdown bodies

        // MARK: - Templates and themes

        // MARK: - Output folder and writing

        // MARK: - Checks of the built site

        // MARK: - The command line and the preview server
        case .cliBuilt: "built {pages} pages, {files} files in {seconds} s → {output}"
        case .cliWarningCount: "{count} {count|warning|warnings}"
        case .cliBuildFailedErrors: "build failed with {count} {count|error|errors}; {output} was left as it was"
        case .cliBuildFailedStrict: "build failed with {count} {count|warning|warnings} (--strict); {output} was left as it was"
        case .cliBuildFailedOutput: "build failed: {output} could not be written"
        case .cliCheckSummary: "koho check: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}"
        case .cliCreated: "created {path} (a draft: remove `draft: true` to publish it)"
        case .cliProgress: "koho: {phase}…"
        case .cliTimings: "timings:"
        case .cliBaseURLInvalid: "--base-url must be an absolute http(s) URL like https://example.jp/ or https://example.jp/city/, got `{written}`"
        case .cliPortOutOfRange: "--port must be between 1 and 65535"
        case .cliLanguageUnknown: "--lang must be `ja` or `en`, got `{written}`"
        case .cliNameInvalid: "{problem}; {hint}"
        case .cliNoSite: "no site.yml in {folder} or any folder above it"
        case .cliNoSiteHint: "run koho in the site's folder (the one with site.yml), or give it with --source DIR"
        case .servePortInUse: "port {port} on {host} is already in use (another koho serve, or another server)"
        case .servePortInUseHint: "stop that one, or serve on another port: koho serve --port {next}"
        case .servePlanned: "planned {pages} pages in {elapsed} ({phases}; processor {processor}); serving at {address}"
        case .serveBuildFailed: "build failed; {address} shows the errors until they are fixed"
        case .serveRebuilding: "Rebuilding…"
        case .serveErrorTitle: "The build failed ({count} {count|error|errors})"
        case .serveErrorAdvice: "Fix the files below; this page reloads when the site builds again."
        case .serveWarningsBanner: "{count} {count|warning|warnings} (shown only while serving)"
        }
    }
}
