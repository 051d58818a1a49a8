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

        // MARK: - Front matter and the file as a whole

        // MARK: - Dates

        // MARK: - Hashtags and topics

        // MARK: - Contacts, language, slugs

        // MARK: - Site settings (site.yml)

        // MARK: - Files and folders of the site

        // MARK: - References between entries
        case .wordEntrySlugAndName: "{slug} ({name})"
        case .referenceUnknownDepartment: "unknown department {slug}"
        case .referenceUnknownAuthor: "unknown author {slug}"
        case .referenceUnknownParent: "unknown parent department {slug}"
        case .referenceWriteSlugHint: "write the slug, the file's name without `.md`"
        case .referenceDepartmentCycle: "department {slug} is inside itself: {cycle}"
        case .referenceDepartmentCycleHint: "a `parent:` must point up the tree; remove or change one of these"
        case .referenceHashtagInvalid: "invalid hashtag {tag}: {reason}"
        case .referenceHashtagInvalidHint:
            "a hashtag is letters, digits and `_` of any script, like `#架空市` or `#Sakura2024`"
        case .referenceHashtagsTooMany: "{path} has {count} hashtags; an entry may have at most {maximum}"
        case .referenceHashtagsTooManyHint:
            "each hashtag gets a page and a feed that carries the entry: keep the ones people look for"
        case .referencePostDateFarAhead: "`date` is more than a year ahead: the post stays unpublished until then"
        case .referencePostDateFarAheadHint: "check the year; `koho build --future` builds it now"

        // MARK: - Markdown bodies

        // MARK: - Templates and themes

        // MARK: - Output folder and writing
        case .outputProgressLoading: "loading content and theme"
        case .outputProgressResolving: "resolving {staff} staff, {departments} departments, {posts} posts"
        case .outputProgressValues: "making template values"
        case .outputProgressPlanning: "planning pages"
        case .outputProgressRendering: "rendering {count} pages"
        case .outputProgressFeeds: "writing feeds and the sitemap"
        case .outputProgressStatic: "listing static files"
        case .outputProgressWritingMore: "writing {count} more files"
        case .outputProgressWriting: "writing {count} files"
        case .outputProgressWaiting: "waiting for another build into {output} to finish"
        case .outputStaticOverwrites: "{path} would overwrite the generated {target}"
        case .outputStaticOverwritesHint: "rename or move the static file"
        case .outputFolderHoldsSite: "the output folder {output} holds the site's own files"
        case .outputFolderIsSource: "the output folder {output} is the site's {name}"
        case .outputFolderInsideSource: "the output folder {output} is inside the site's {name}"
        case .outputFolderHoldsSource: "the output folder {output} holds the site's {name}"
        case .outputFolderIsFile: "the output folder {output} is a file"
        case .outputFolderChooseAnotherHint:
            "a build replaces its output folder whole; choose a folder of its own, like public/"
        case .outputFolderNotKohos: "the output folder {output} is not empty and was not written by koho"
        case .outputFolderNotKohosHint:
            "a build replaces its output folder whole; choose a new or empty folder, or pass --force to replace this one"
        case .outputCannotWrite: "cannot write {output}: {path}: {reason}"
        case .outputLeftAsItWasHint: "{output} was left as it was"
        case .outputMovedAsideHint: "the previous output is now {previous}; rename it back to {output}"
        case .outputPreviousNotRemoved:
            "the new site is in {output}, but the previous one could not be removed: {path}: {reason}"
        case .outputPreviousNotRemovedHint: "remove {path} by hand"
        case .wordOutputPathOutside: "would be written outside the output folder"
        case .wordOutputPathReplacesMarker: "would replace koho's marker file"

        // MARK: - Checks of the built site
        case .checkLinkRemoved: "the link to {destination} was removed"
        case .checkLinkRemovedHint:
            "site paths and http(s), mailto, tel, sms, ftp, webcal and geo links are kept; `javascript:`, `vbscript:` and `data:` never are"
        case .checkImageNoAltText: "the image {destination} has no alternative text"
        case .checkImageNoAltTextHint: "describe what it shows: ![桜並木の写真]({destination})"
        case .checkBrokenLink: "broken link: {destination} is not part of the site"
        case .checkBrokenLinkHint: "check the path; site paths start with `/`"
        case .checkBrokenImage: "broken image: {destination} is not part of the site"
        case .checkBrokenImageHint: "put the file at static/{target}, or fix the path"
        case .checkFieldNoAlt: "{field} has no `alt` text"
        case .checkFieldNoAltHint: "add `alt:` describing what the picture shows, for people who can't see it"
        case .checkImageNotFound: "image {path} not found"

        // MARK: - The command line and the preview server
        case .scaffoldFileExists: "{path} already exists"
        case .scaffoldFileExistsHint: "choose another name, or edit that file"
        case .scaffoldSlugTaken: "slug {slug} is already used by {other}"
        case .scaffoldSlugTakenHint: "slugs must be unique among {kind}, ignoring case; choose another name, or edit that file"
        case .scaffoldCannotWrite: "cannot write {path}: {reason}"
        case .scaffoldCommentIntroStaff: "A draft of a new staff member's page"
        case .scaffoldCommentIntroDepartment: "A draft of a new department's page"
        case .scaffoldCommentIntroPost: "A draft of a new post"
        case .scaffoldCommentHowTo:
            "Lines starting with `#` are notes, or fields not used yet: to use a field,\nremove the `# ` at the start of its line and write its value"
        case .scaffoldCommentStaffName: "Name (required), the heading of the page: write the person's full name"
        case .scaffoldCommentDepartmentName: "Name (required), the heading of the page: write the department's name"
        case .scaffoldCommentTitle: "Title (required): write the post's title"
        case .scaffoldCommentReading: "How the name is read, in kana: for furigana and the order of lists"
        case .scaffoldCommentNameEnglish: "The name in English"
        case .scaffoldCommentRole: "Job title"
        case .scaffoldCommentStaffDepartment:
            "Department: its file name without `.md`; several as a list, like [somu, koho]"
        case .scaffoldCommentHashtags: "Hashtags: shared with the page, and each has a page listing what carries it"
        case .scaffoldCommentTopics: "What the public can ask this person about"
        case .scaffoldCommentPhoto: "Photo: src is its path under static/, alt says what it shows"
        case .scaffoldCommentSocial: "Accounts on social media"
        case .scaffoldCommentParent: "The department above this one: its file name without `.md`"
        case .scaffoldCommentDepartmentSummary: "What the department does, in one line"
        case .scaffoldCommentServices: "Services, each with a name, a description and a link"
        case .scaffoldCommentContact: "How to reach the department: phone, e-mail, address, opening hours"
        case .scaffoldCommentDate: "Date and time of the post: it is published from then on"
        case .scaffoldCommentAuthor: "Who wrote it: the staff member's file name without `.md`"
        case .scaffoldCommentPostDepartment: "The department it is from: its file name without `.md`"
        case .scaffoldCommentPostSummary: "The post in one line, for lists and sharing"
        case .scaffoldCommentDraft: "Not published while this line is here: remove it when the page is ready"
        case .scaffoldExampleRole: "Clerk"
        case .scaffoldExampleTopic: "Counter services"
        case .scaffoldExampleHashtag: "CityHall"
        case .scaffoldExampleDepartmentSummary: "Residence records, family registers and elections"
        case .scaffoldExamplePostSummary: "The spring festival is on April 5"
        }
    }
}
