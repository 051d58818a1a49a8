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
    // MARK: - Words put into other messages
    case wordHintLabel
    case wordTypeList, wordTypeMapping, wordTypeNull, wordTypeBoolean, wordTypeInteger, wordTypeNumber
    case wordTypeString, wordTypeDate
    case wordTypeStringOrList
    case wordFieldLabel, wordFieldLabelIn
    case wordThisCharacter
    case wordTwoSentences
    case wordKindTemplates, wordKindDepartments, wordKindStaff, wordKindPosts, wordKindPages

    // MARK: - The guide to the messages (docs/*/messages.md)
    case guideTitle
    case guideGenerated
    case guideIntro
    case guideFixLabel
    case guideTopicField
    case guideTopicSocial
    case guideTopicDate
    case guideTopicHashtag
    case guideTopicContact
    case guideTopicSlug
    case guideTopicLanguage
    case guideTopicSite
    case guideTopicPaginate
    case guideTopicCli
    case guideTopicServe
    case guideTopicReference
    case guideTopicTemplate
    case guideTopicTheme
    case guideTopicOutput
    case guideTopicCheck
    case guideTopicScaffold
    case guideTopicInit
    case guideTopicYaml
    case guideTopicSource
    case guideTopicFront
    case guideTopicFile
    case guideTopicMarkdown
    case guideTopicImage

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
    case wordTypeImage
    case wordTypeSocial
    case wordTypePageSizes
    case wordASpace
    case socialUnknownService
    case socialUnknownServiceHint
    case socialAccountType

    // MARK: - YAML syntax
    // (yaml…)
    case yamlOutOfMemory
    case yamlUnexpectedStructure
    case yamlUnreadable
    case yamlLibraryProblem, yamlLibraryProblemHint
    case yamlControlCharacter, yamlControlCharacterHint
    case yamlPlainValueStart, yamlPlainValueStartHint
    case yamlTabIndent, yamlTabIndentHint
    case yamlColonInValue, yamlColonInValueHint
    case yamlDashInValue, yamlDashInValueHint
    case yamlValueStartsWithBracket, yamlValueStartsWithBracketHint
    case yamlQuoteNotClosed, yamlQuoteNotClosedHint
    case yamlKeyNotAligned, yamlKeyNotAlignedHint
    case yamlItemNotAligned, yamlItemNotAlignedHint
    case yamlFlowListNotClosed, yamlFlowListNotClosedHint
    case yamlFlowMappingNotClosed, yamlFlowMappingNotClosedHint
    case yamlSecondDocument, yamlSecondDocumentHint
    case yamlColonMissing, yamlColonMissingHint
    case yamlKeyNotScalar, yamlKeyNotScalarHint
    case yamlDuplicateKey, yamlDuplicateKeyHint
    case yamlControlCharacterInValue, yamlControlCharacterInValueHint
    case yamlIntegerTooLarge, yamlIntegerTooLargeHint
    case yamlTagMismatch, yamlTagMismatchHint
    case yamlAliasUnknown, yamlAliasUnknownHint
    case yamlAliasInsideItself, yamlAliasInsideItselfHint
    case yamlAliasTooLarge, yamlAliasTooLargeHint
    case yamlAliasTooDeep
    case yamlTooLarge
    case yamlTooDeep

    // MARK: - Front matter and the file as a whole
    // (source…, frontMatter…)
    case sourceNotUTF8, sourceNotUTF8Hint
    case sourceNotUTF8Encoding, sourceNotUTF8EncodingHint
    case sourceControlCharacter, sourceControlCharacterHint
    case sourceFullWidthColon, sourceFullWidthColonHint
    case sourceFullWidthSpace, sourceFullWidthSpaceHint
    case sourceFullWidthDigits, sourceFullWidthDigitsHint
    case sourceNotMapping
    case wordSourceFrontMatter, wordSourceWholeFile
    case frontMatterMissing, frontMatterMissingHint
    case frontMatterNotClosed, frontMatterNotClosedHint

    // MARK: - Dates
    // (date…)
    case dateInvalid
    case dateInvalidHint
    case dateYearMonthDayInvalid
    case dateFullWidthDigits

    // MARK: - Hashtags and topics
    // (hashtag…)
    case hashtagCommentTrap
    case hashtagCommentTrapHint
    case hashtagCommentTrapItem
    case hashtagCommentTrapItemHint

    // MARK: - Contacts, language, slugs
    // (contact…, language…, slug…)
    case contactEmailMailto
    case contactEmailMailtoHint
    case contactEmailFullWidthAt
    case contactEmailFullWidthAtHint
    case contactEmailBadCharacter
    case contactEmailBadCharacterHint
    case contactEmailAtCount
    case contactEmailAtCountHint
    case contactEmailInvalid
    case contactEmailInvalidHint
    case contactPhoneBadCharacter
    case contactPhoneBadCharacterHint
    case contactPhoneInvalid
    case contactPhoneInvalidHint
    case slugEmpty
    case slugEmptyHint
    case slugEscapes
    case slugInvalid
    case slugTooLong
    case slugTooLongHint
    case slugReserved
    case slugReservedHint
    case slugFromFileName
    case slugFromFileNameHint
    case languageMalformed
    case languageMalformedHint
    case languageUnderscoreHint
    case languageUnknown
    case languageListMalformed
    case languageListUnknown
    case languageListTwice
    case languageListTwiceHint
    case languageListConflict
    case languageListConflictHint
    case languageUntranslatedUnknown
    case languageUntranslatedUnknownHint
    case languageTranslationOrphan
    case languageTranslationOrphanHint
    case languageTranslationUnlisted
    case languageTranslationUnlistedHint
    case languageTranslationSlug
    case languageTranslationSlugHint
    case languageTranslationTwice
    case languageTranslationTwiceHint
    case wordLanguageThreeLetters
    case wordLanguageIsACountry
    case wordLanguageNotACode
    case wordRegionNotACode

    // MARK: - Site settings (site.yml)
    // (site…)
    case siteMastodonWithoutInstance
    case siteMastodonWithoutInstanceHint
    case siteTimeZoneUnknown
    case siteTimeZoneUnknownHint
    case siteBaseURLInvalid
    case siteBaseURLInvalidHint
    case siteBaseURLOptionInvalid
    case siteThemeInvalid
    case siteThemeInvalidHint
    case siteShareUnknown
    case siteShareUnknownHint
    case siteShareTwice
    case siteShareTwiceHint
    case siteHostInvalid
    case siteHostInvalidHint
    case siteHostWithSchemeHint
    case siteShareImageNotRaster, siteShareImageNotRasterHint
    case paginateUnknownList
    case paginateUnknownListHint
    case paginateNotANumber
    case paginateNotANumberHint
    case paginateTooSmall
    case paginateTooSmallHint

    // MARK: - Files and folders of the site
    // (file…)
    case fileSiteYAMLMissing, fileSiteYAMLMissingHint, fileSiteYAMLMisnamedHint
    case fileIgnoredInSubfolder, fileIgnoredNotMarkdown, fileIgnoredNotMarkdownOrYAML, fileIgnoredHint
    case fileUnknownContentFolder
    case fileSlugTaken, fileSlugTakenHint
    case wordEntriesStaff, wordEntriesDepartments, wordEntriesPosts, wordEntriesPages
    case fileNotFound
    case filePermissionDenied
    case fileLinkOutside, fileLinkOutsideHint
    case fileLinkIntoHidden
    case fileBrokenLink, fileBrokenLinkHint
    case fileLinkLoop
    case fileNotRegular, fileNotRegularHint
    case wordFileTypeFolder, wordFileTypeNamedPipe, wordFileTypeSocket, wordFileTypeDevice, wordFileTypeOther
    case fileTooLarge, fileTooLargeHint
    case fileNameNotUTF8, fileNameNotUTF8Hint
    case fileUnreadable

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
    case markdownTableRowTooWide, markdownTableRowTooWideHint
    case markdownTooManyTableCells, markdownTooManyTableCellsHint
    case markdownRubyEmptyBase, markdownRubyEmptyBaseHint
    case markdownRubyEmptyReading, markdownRubyEmptyReadingHint
    case markdownRubyTooManyReadings, markdownRubyTooManyReadingsHint
    case markdownRubyUnclosed, markdownRubyUnclosedHint
    case markdownFuriganaUnavailable, markdownFuriganaUnavailableHint

    // MARK: - Templates and themes
    // Words: a template value's type, what a filter expects, a token of a tag
    case wordTemplateInt, wordTemplateFloat, wordTemplateMap, wordTemplateSafeHTML
    case wordTemplateText, wordTemplateSingleValue, wordTemplateStringOrMap, wordTemplateStringListOrMap
    case wordTemplateListOrString, wordTemplateListMapOrString
    case wordTemplateTokenString, wordTemplateTokenEnd
    // Tags: opening, closing and nesting
    case templateUnclosed, templateUnclosedHint
    case templateCommentUnclosed, templateCommentUnclosedHint
    case templateClosedWrongly, templateCloseItWithHint
    case templateStringUnterminated, templateStringUnterminatedHint
    case templateUnexpectedCharacter
    case templateNumberTooLarge, templateNumberTooLargeHint
    case templateTagNameExpected, templateTagListHint
    case templateTagUnknown
    case templateTagUnsupported, templateUseIncludeWithSetHint, templateUseIncludeHint, templateUseSetHint
    case templateUseFilterOnSetHint, templateAlwaysEscapedHint
    case templateElseAfterElse, templateElseAfterElseHint
    case templateClosesOuter, templateClosesOuterHint
    case templateEndMismatch
    case templateStrayElse, templateStrayElif, templateStrayEnd
    case templateTagsTooDeep, templateTagsTooDeepHint
    case templateUnexpectedInTag, templateTildeOrFilterHint, templateTildeHint
    case templateWriteHint, templateWriteEitherHint
    // for, set, include, extends, block
    case templateForInExpected
    case templateVariableNameExpected
    case templateSetField, templateSetFieldHint
    case templateSetEqualsExpected
    case templateIncludeNameType
    case templateNotFound
    case templateExtendsName
    case templateExtendsNotTopLevel
    case templateExtendsTwice, templateExtendsTwiceHint
    case templateBlockNameExpected
    case templateEndblockName
    case templateBlockTwice, templateBlockTwiceHint
    case templateSuperOutsideBlock
    case templateSuperNotAlone
    // Expressions
    case templateExpressionExpected
    case templateCloseParenExpected, templateCloseBracketExpected, templateCloseListExpected
    case templateMapColonExpected, templateCloseMapExpected, templateCloseCycleExpected
    case templateCloseArgumentsExpected
    case templateExpressionTooDeep, templateExpressionTooDeepHint
    case templateTestNameExpected, templateTestListHint
    case templateTestUnknown
    case templateLoopFieldNameExpected
    case templateLoopFieldUnknown, templateLoopFieldListHint
    case templateCycleEmpty
    case templateFieldNameExpected
    case templateNotCallable, templateNotCallableHint
    case templateFilterNameExpected
    case templatePositionalAfterKeyword
    case templateFilterUnknown, templateFilterOtherEngineHint, templateFilterListHint
    case templateFilterTakesNoArguments, templateFilterTooManyArguments, templateFilterUsageHint
    case templateFilterArgumentUnknown, templateFilterArgumentTwice, templateFilterArgumentMissing
    // Variables, fields and items
    case templateUndefinedVariable, templateNoVariablesHint, templateVariableListHint
    case templateLoopOutsideFor
    case templateFieldMissing, templateNoFieldsHint, templateFieldListHint
    case templateNullHasNoField, templateTestFirstHint
    case templateNoFieldOfType
    case templateIndexOutOfRange, templateIndexOutOfRangeHint
    case templateCharacterIndexOutOfRange
    case templateNullHasNoItems
    case templateCannotIndex, templateCannotIndexHint
    case templateSliceBoundType
    case templateCannotSlice
    case templateMapKeyType
    // Operators and tests
    case templateCannotNegate
    case templateCannotCompare
    case templateCannotJoin, templateCannotJoinHint
    case templateCannotApply, templateUseTildeHint
    case templateInNeedsString, templateInNeedsContainer
    case templateDivisionByZero
    case templateIntegerOverflow, templateIntegerOverflowHint
    case templateTestNeedsInt
    // Printing, loops and blocks
    case templateCannotPrintList, templateCannotPrintListHint
    case templateCannotPrintMap, templatePrintAFieldHint, templatePrintAFieldOfHint
    case templateLoopOverNull, templateTestFirstListHint
    case templateCannotLoop, templateCannotLoopHint
    case templateCannotUnpack, templateCannotUnpackHint
    case templateSuperWithoutParent
    // Limits of one render
    case templateRenderTooDeep, templateRenderTooDeepHint
    case templateIncludeTooDeep, templateIncludeTooDeepHint
    case templateValueTooDeep, templateValueTooDeepHint
    case templatePageTooLarge, templatePageTooLargeHint
    case templateTextTooLong, templateTextTooLongHint
    case templateListTooLong, templateListTooLongHint
    case templateTooMuchWork, templateTooMuchWorkHint
    // Filters
    case templateFilterExpected, templateFilterNullHint
    case templateFilterIntArgument
    case templateFilterCannotCompare
    case templateDateFormatType
    case templateDateFormatLonePercent, templateDateFormatLonePercentHint
    case templateDateDirectiveUnknown, templateDateDirectiveUnknownHint
    case templateUrlencodeValue
    case templateJSONTooDeep
    case templateJSONCycle, templateJSONCycleHint
    case templateRoundMethodUnknown, templateRoundMethodUnknownHint
    case templateJoinSeparatorType, templateJoinItemType, templateJoinFilterHint
    case templateMapNeedsAttribute
    case templateMapFilterHasArguments
    case templateBatchSize
    case templateSumNotNumber
    case templateItemNoField, templateItemFieldListHint, templateItemNoItem, templateItemNoFieldOfType
    case templateSelectTestUnknown, templateSelectTestUnknownHint
    case templateTranslationMissing, templateTranslationMissingHint
    case templateTranslationArgumentMissing, templateTranslationArgumentMissingHint
    case templateTranslationArgumentType
    // A theme's templates together
    case templateNameTwice, templateNameTwiceHint
    case templateMoreErrors, templateMoreErrorsHint
    case templateExtendsTooLong, templateExtendsTooLongHint
    case templateExtendsCycle, templateExtendsCycleHint
    // Themes
    case themeNotFound, themeNotFoundHint
    case themeLayoutMissing, themeLayoutMissingHint
    case themeStringsMissing, themeStringsMissingOwnWords, themeStringsMissingHint
    case themeStringsNotMapping
    case themeStringNotText
    case themeStringsFallback, themeStringsFallbackHint
    case themeStringUnknown, themeStringUnknownHint

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
    case outputProgressCards, outputCardNotDrawn, outputCardNotDrawnHint
    case outputProgressSearch

    // MARK: - Checks of the built site
    // (check…)
    case checkLinkRemoved, checkLinkRemovedHint
    case checkImageNoAltText, checkImageNoAltTextHint
    case checkBrokenLink, checkBrokenLinkHint
    case checkBrokenImage, checkBrokenImageHint
    case checkFieldNoAlt, checkFieldNoAltHint
    case checkImageNotFound
    case checkShareImageSVG, checkShareImageSVGHint

    // MARK: - Images resized by the build
    // (image…)
    case imageUnknownFormat
    case imageUnreadable, imageUnreadableHint
    case imageTooManyPixels, imageTooManyPixelsHint
    case imageLargeFile, imageLargeFileHint
    case imageLargePixels
    case imageSmallPhoto, imageSmallPhotoHint

    // MARK: - The command line and the preview server
    // (cli…, serve…, scaffold…)
    case cliBuilt
    case cliWarningCount
    case cliBuildFailedErrors
    case cliBuildFailedStrict
    case cliBuildFailedOutput
    case cliCheckSummary
    case cliCreated
    case cliProgress
    case cliTimings
    case cliBaseURLInvalid
    case cliPortOutOfRange
    case cliLanguageUnknown
    case cliNameInvalid
    case cliNoSite
    case cliNoSiteHint
    case servePortInUse
    case servePortInUseHint
    case servePlanned
    case serveBuildFailed
    case serveRebuilding
    case serveErrorTitle
    case serveErrorAdvice
    case serveWarningsBanner
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
    // `koho init` and `koho theme export`.
    case initFolderNotEmpty, initNotAFolder, initFolderNotEmptyHint
    case initCreated, initCreatedExample, initNext
    case initThemeExists, initThemeExistsHint
    case initThemeExported, initThemeExportedByHand
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
        if rawValue.hasPrefix("word") || rawValue.hasPrefix("guide") { return .word }
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
