/// The list of every message Koho can show, with its usual advice, for the staff guide
/// (`docs/ja/messages.md`, `docs/en/messages.md`): made from the catalogue, so it cannot drift from it.
public enum MessageGuide {
    /// The guide in `language`, as Markdown.
    ///
    /// Messages are grouped by topic (the first word of their key), each topic titled by the catalogue's
    /// `guideTopic…` entry, in the order the catalogue lists them. A placeholder is shown as `‹name›`.
    public static func markdown(in language: Language) -> String {
        var out = "# " + text(.guideTitle, in: language) + "\n\n"
        out += "<!-- " + text(.guideGenerated, in: language) + " -->\n\n"
        out += text(.guideIntro, in: language) + "\n"
        for (topic, keys) in topics {
            let title = topicTitle(topic).map { text($0, in: language) } ?? topic
            out += "\n## " + title + "\n\n"
            for key in keys {
                out += "- " + shown(key, in: language) + "\n"
                if let hint = key.usualHint {
                    out += "  - " + text(.guideFixLabel, in: language) + " " + shown(hint, in: language) + "\n"
                }
            }
        }
        return out
    }

    /// The messages (not words or hints) by topic, topics in the order they first appear.
    public static var topics: [(topic: String, keys: [MessageKey])] {
        var order: [String] = []
        var byTopic: [String: [MessageKey]] = [:]
        for key in MessageKey.allCases where key.role == .message {
            if byTopic[key.topic] == nil { order.append(key.topic) }
            byTopic[key.topic, default: []].append(key)
        }
        return order.map { ($0, byTopic[$0] ?? []) }
    }

    /// The catalogue entry titling `topic` (`guideTopicField` for `field`), if there is one.
    public static func topicTitle(_ topic: String) -> MessageKey? {
        MessageKey(rawValue: "guideTopic" + topic.prefix(1).uppercased() + topic.dropFirst())
    }

    private static func text(_ key: MessageKey, in language: Language) -> String {
        Message(key).text(in: language)
    }

    /// An entry with each placeholder shown as `‹name›`.
    private static func shown(_ key: MessageKey, in language: Language) -> String {
        MessageTemplate(key.template(in: language)).fill({ .text("‹\($0)›") }, in: language)
    }
}
