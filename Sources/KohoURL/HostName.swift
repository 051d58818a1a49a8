/// Host names as people write them in settings and addresses (`mastodon.social`, `example.jp`, `市役所.jp`).
public enum HostName {
    /// True for a domain name of at least two dot-separated labels, each of letters (any script), digits
    /// and inner hyphens: what an e-mail domain or a Mastodon server is.
    public static func isDomain(_ host: some StringProtocol) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.unicodeScalars.allSatisfy {
                        $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
                    }
            }
    }
}
