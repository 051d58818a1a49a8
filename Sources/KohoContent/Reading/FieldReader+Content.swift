import KohoDates
import KohoDiagnostics
import KohoSocial
import KohoYAML

// Readers for the value shapes several entry kinds share: images, social accounts, dates, slugs.

extension FieldReader {

    /// An image: `{src, alt}`, or a bare path taken as `src`.
    mutating func image(_ key: String) -> ContentImage? {
        guard let node = node(key) else { return nil }
        switch node.kind {
        case .scalar(let scalar):
            guard !scalar.text.isEmpty else { return nil }
            return ContentImage(src: Located(scalar.text, at: location(node)), alt: nil)
        case .mapping:
            return mapping(key) { image in
                let src = image.string("src", required: true)
                let alt = image.string("alt")?.value
                return src.map { ContentImage(src: $0, alt: alt) }
            }
        case .sequence:
            typeError(key, expected: .wordTypeImage, got: node)
            return nil
        }
    }

    /// Social accounts by service (`x: sato_city`); unknown services are warned about and left out, since no
    /// later stage would know how to link them.
    mutating func social(_ key: String) -> [SocialAccount] {
        guard let node = node(key) else { return [] }
        guard let pairs = node.pairs else {
            typeError(key, expected: .wordTypeSocial, got: node)
            return []
        }
        let context = label(key)
        var accounts: [SocialAccount] = []
        for pair in pairs {
            let name = pair.key.scalar?.text ?? ""
            guard let service = SocialService(rawValue: name) else {
                let names = SocialService.allCases.map(\.rawValue)
                let known = Message(.socialUnknownServiceHint, ["names": .list(names.map { .code($0) })])
                let hint = NameSuggester.didYouMean(name, in: names).map { $0.followed(by: known) } ?? known
                warning(
                    Message(.socialUnknownService, ["name": .text(name), "field": context]), at: pair.key.position,
                    hint: hint)
                continue
            }
            if pair.value.isNull { continue }
            guard let value = pair.value.scalar?.text else {
                error(
                    Message(.socialAccountType, ["name": .text(name), "field": context, "got": pair.value.typeWords]),
                    at: pair.value.position)
                continue
            }
            if !value.isEmpty {
                accounts.append(SocialAccount(service: service, value: Located(value, at: location(pair.value))))
            }
        }
        return accounts
    }

    /// A date or date-time, resolved in the site's time zone unless it carries an offset. Quoted dates are
    /// read too, since people quote them out of caution.
    mutating func date(_ key: String, required: Bool = false) -> Located<ZonedDate>? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        let written: YAMLDate?
        switch node.scalar?.value {
        case .date(let date)?: written = date
        case .string(let text)?: written = DateText.parse(text)
        default: written = nil
        }
        guard let written, let date = dates.resolve(written) else {
            let suggestion = node.scalar.flatMap { DateSuggestion.suggest($0.text) }.flatMap { $0.count == 10 ? $0 : nil }
            error(
                dateProblem(.dateInvalid, key, node), at: node.position,
                hint: suggestion.map { Message(.suggestDidYouMean, ["name": .code($0)]) } ?? Message(.dateInvalidHint))
            return nil
        }
        return Located(date, at: location(node))
    }

    /// `2010`, `2010-04` or `2010-04-01`, kept as written.
    mutating func yearMonthDay(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        if let text = node.scalar?.text, Self.isYearMonthDay(text) { return text }
        error(
            dateProblem(.dateYearMonthDayInvalid, key, node), at: node.position,
            hint: node.scalar.flatMap { DateSuggestion.suggest($0.text) }.map {
                Message(.suggestDidYouMean, ["name": .code($0)])
            })
        return nil
    }

    /// The message for a date `key` cannot read: `message` with what was written, or, for a date typed in
    /// full-width digits (`２０２４－０４－０１`), one that names them.
    private func dateProblem(_ message: MessageKey, _ key: String, _ node: YAMLNode) -> Message {
        if let text = node.scalar?.text, text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) {
            return Message(.dateFullWidthDigits, ["field": label(key), "written": .text(text)])
        }
        return Message(message, ["field": label(key), "got": writtenWords(node)])
    }

    /// What was written, for "got …": the text of a scalar in backticks, else the kind of value.
    private func writtenWords(_ node: YAMLNode) -> Message.Argument {
        node.scalar.map { .code($0.text) } ?? node.typeWords
    }

    private static func isYearMonthDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        guard parts[0].count == 4, let year = Int(parts[0]) else { return false }
        guard parts.count > 1 else { return true }
        // One or two digits, as `date:` takes them (`2005-4`, `2005-4-1`).
        guard (1...2).contains(parts[1].count), let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count > 2 else { return true }
        guard (1...2).contains(parts[2].count), let day = Int(parts[2]) else { return false }
        return (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
    }

    /// The entry's slug: `slug:` when written, else `fileSlug` (the file name without extension, placed at
    /// line 1); `nil` with an error when it is not a safe path segment.
    mutating func slug(fileSlug: String) -> Located<String>? {
        if let node = node("slug") {
            guard let text = node.scalar?.text else {
                typeError("slug", expected: .wordTypeString, got: node)
                return nil
            }
            if let problem = SlugRule.problem(with: text) {
                error(problem.message, at: node.position, hint: problem.hint)
                return nil
            }
            return Located(text, at: location(node))
        }
        let start = SourcePosition(line: 1, column: 1)
        if let problem = SlugRule.problem(with: fileSlug) {
            error(
                Message(.slugFromFileName, ["problem": .message(problem.message)]), at: start,
                hint: Message(.slugFromFileNameHint, ["hint": .message(problem.hint)]))
            return nil
        }
        return Located(fileSlug, at: SourceLocation(path: path, position: start))
    }
}

extension FieldReader {
    /// `paginate:` (site.yml, theme.yml): one number, the posts per list page (`paginate: 10`), or a mapping
    /// of lists to items per page (`paginate: {post-list: 10, staff-list: 100}`).
    mutating func pageSizes(_ key: String) -> PageSizes {
        guard let node = node(key) else { return PageSizes() }
        // One number: the post list's size, read as it always was.
        if node.scalar != nil {
            return int(key, minimum: 1).map { PageSizes([.postList: Located($0, at: location(node))]) } ?? PageSizes()
        }
        guard let pairs = node.pairs else {
            typeError(key, expected: .wordTypePageSizes, got: node)
            return PageSizes()
        }
        var sizes: [PagedList: Located<Int>] = [:]
        for pair in pairs {
            let name = pair.key.scalar?.text ?? ""
            guard let list = PagedList(rawValue: name) else {
                let known = Message(.paginateUnknownListHint, ["names": .list(PagedList.names.map { .code($0) })])
                let hint = NameSuggester.didYouMean(name, in: PagedList.names).map { $0.followed(by: known) } ?? known
                error(
                    Message(.paginateUnknownList, ["name": .text(name), "field": label(key)]), at: pair.key.position,
                    hint: hint)
                continue
            }
            guard case .int(let size)? = pair.value.scalar?.value else {
                if let text = pair.value.scalar?.text, let problem = FullWidthDigits.problem(key: name, text: text) {
                    error(problem.message, at: pair.value.position, hint: problem.hint)
                    continue
                }
                error(
                    Message(.paginateNotANumber, ["name": .text(name), "field": label(key), "got": pair.value.typeWords]),
                    at: pair.value.position, hint: Message(.paginateNotANumberHint, ["name": .text(name)]))
                continue
            }
            guard size >= 1 else {
                error(
                    Message(.paginateTooSmall, ["name": .text(name), "field": label(key), "value": .number(size)]),
                    at: pair.value.position, hint: Message(.paginateTooSmallHint, ["name": .text(name)]))
                continue
            }
            sizes[list] = Located(size, at: location(pair.value))
        }
        return PageSizes(sizes)
    }
}
