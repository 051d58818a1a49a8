/// Every kind of message Koho shows a person, one case per entry of the catalogue.
///
/// The catalogue has one table per ``Language``: `english` and `japanese` (`Catalogue+English.swift`,
/// `Catalogue+Japanese.swift`), each a `switch` over these cases, so an entry missing from a language does not
/// compile; `MessageCatalogueTests` checks that both give each entry the same placeholders.
///
/// Names say what they are: a case ending in `Hint` is the usual advice after the message of the same name
/// without `Hint` (`fieldMissing` → `fieldMissingHint`), which the staff guide shows together; a case starting
/// with `word` is a word or phrase put into other messages; the first word of the others is their topic
/// (`yaml…`, `field…`, `date…`), the section of the staff guide they are listed in. The raw value is the
/// message's code in `koho check --format json`.
public enum MessageKey: String, Sendable, Hashable, CaseIterable {
    // MARK: - Text not yet in the catalogue (removed when every message is in it)
    case legacyText

    // MARK: - Words put into other messages
    case wordHintLabel
    case wordTypeList, wordTypeMapping, wordTypeNull, wordTypeBoolean, wordTypeInteger, wordTypeNumber
    case wordTypeString, wordTypeDate
    case wordTypeStringOrList
    case wordFieldLabel, wordFieldLabelIn
    case wordThisCharacter
    case wordTwoSentences
    case wordKindTemplates, wordKindDepartments, wordKindStaff, wordKindPosts, wordKindPages

    // MARK: - Suggestions (after any message)
    case suggestDidYouMean
    case suggestNoneYet
    case suggestExisting, suggestExistingMore

    // MARK: - Fields of front matter and site.yml
    case fieldMissing, fieldMissingHint, fieldMissingInHint
    case fieldEmpty
    case fieldType
    case fieldTooSmall
    case fieldNotBoolean, fieldNotBooleanYAML11Hint
    case fieldListItemType
    case fieldListItemNotMapping
    case fieldParamsNotMapping
    case fieldUnknown, fieldUnknownKeptHint, fieldUnknownIgnoredHint

    // MARK: - YAML syntax
    // (yaml…)

    // MARK: - Front matter and the file as a whole
    // (source…, frontMatter…)

    // MARK: - Dates
    // (date…)

    // MARK: - Hashtags and topics
    // (hashtag…)

    // MARK: - Contacts, language, slugs
    // (contact…, language…, slug…)

    // MARK: - Site settings (site.yml)
    // (site…)

    // MARK: - Files and folders of the site
    // (file…)

    // MARK: - References between entries
    // (reference…)
    case wordEntrySlugAndName
    case referenceUnknownDepartment, referenceUnknownAuthor, referenceUnknownParent
    case referenceWriteSlugHint
    case referenceDepartmentCycle, referenceDepartmentCycleHint
    case referenceHashtagInvalid, referenceHashtagInvalidHint
    case referenceHashtagsTooMany, referenceHashtagsTooManyHint
    case referencePostDateFarAhead, referencePostDateFarAheadHint

    // MARK: - Markdown bodies
    // (markdown…)

    // MARK: - Templates and themes
    // (template…, theme…)

    // MARK: - Output folder and writing
    // (output…)
    case outputProgressLoading, outputProgressResolving, outputProgressValues, outputProgressPlanning
    case outputProgressRendering, outputProgressFeeds, outputProgressStatic, outputProgressWritingMore
    case outputProgressWriting, outputProgressWaiting
    case outputStaticOverwrites, outputStaticOverwritesHint
    case outputFolderHoldsSite, outputFolderIsSource, outputFolderInsideSource, outputFolderHoldsSource
    case outputFolderIsFile
    case outputFolderChooseAnotherHint
    case outputFolderNotKohos, outputFolderNotKohosHint
    case outputCannotWrite, outputLeftAsItWasHint, outputMovedAsideHint
    case outputPreviousNotRemoved, outputPreviousNotRemovedHint
    case wordOutputPathOutside, wordOutputPathReplacesMarker

    // MARK: - Checks of the built site
    // (check…)
    case checkLinkRemoved, checkLinkRemovedHint
    case checkImageNoAltText, checkImageNoAltTextHint
    case checkBrokenLink, checkBrokenLinkHint
    case checkBrokenImage, checkBrokenImageHint
    case checkFieldNoAlt, checkFieldNoAltHint
    case checkImageNotFound

    // MARK: - The command line and the preview server
    // (cli…, serve…, scaffold…)
    case scaffoldFileExists, scaffoldFileExistsHint
    case scaffoldSlugTaken, scaffoldSlugTakenHint
    case scaffoldCannotWrite
    // The comments of the file `koho new` writes.
    case scaffoldCommentIntroStaff, scaffoldCommentIntroDepartment, scaffoldCommentIntroPost
    case scaffoldCommentHowTo
    case scaffoldCommentStaffName, scaffoldCommentDepartmentName, scaffoldCommentTitle
    case scaffoldCommentReading, scaffoldCommentNameEnglish, scaffoldCommentRole, scaffoldCommentStaffDepartment
    case scaffoldCommentHashtags, scaffoldCommentTopics, scaffoldCommentPhoto, scaffoldCommentSocial
    case scaffoldCommentParent, scaffoldCommentDepartmentSummary, scaffoldCommentServices, scaffoldCommentContact
    case scaffoldCommentDate, scaffoldCommentAuthor, scaffoldCommentPostDepartment, scaffoldCommentPostSummary
    case scaffoldCommentDraft
    // Example values in those comments.
    case scaffoldExampleRole, scaffoldExampleTopic, scaffoldExampleHashtag, scaffoldExampleDepartmentSummary
    case scaffoldExamplePostSummary
}

extension MessageKey {
    /// The entry's text in `language`, with its `{placeholders}`.
    public func template(in language: Language) -> String {
        switch language {
        case .english: return english
        case .japanese: return japanese
        }
    }

    /// What this entry is, from its name.
    public enum Role: Sendable, Hashable {
        /// A word or phrase put into other messages.
        case word
        /// Advice shown after a message.
        case hint
        /// A message on a line of its own: an error, a warning, a line of progress.
        case message
    }

    /// What this entry is, from its name (see the type's documentation).
    public var role: Role {
        if rawValue.hasPrefix("word") { return .word }
        if rawValue.hasSuffix("Hint") || rawValue.hasPrefix("suggest") { return .hint }
        return .message
    }

    /// The topic of a message: the first word of its name (`field` for `fieldMissing`).
    public var topic: String {
        String(rawValue.prefix { $0.isLowercase })
    }

    /// The usual advice after this message (`fieldMissingHint` for `fieldMissing`), when the catalogue has one.
    public var usualHint: MessageKey? {
        MessageKey(rawValue: rawValue + "Hint")
    }
}
