import KohoYAML

extension ContentLoader {
    /// site.yml's `language` as written (``SiteConfig/defaultLanguage`` when it names none), read even when
    /// the rest of site.yml has mistakes: the language to speak in about those very mistakes. Nil when
    /// site.yml is missing or is not YAML.
    public func writtenLanguage() -> String? {
        guard let bytes = try? fileSystem.read("site.yml"), let text = String(validating: bytes, as: UTF8.self),
            let root = try? YAMLReader.read(text), let pairs = root.pairs
        else { return nil }
        return pairs.first { $0.key.scalar?.text == "language" }?.value.scalar?.text ?? SiteConfig.defaultLanguage
    }
}
