// libFuzzer target: the Markdown renderer with hashtag links and the link policy. See FuzzTarget.markdown and scripts/fuzz.sh.
import KohoFuzzing

@main enum FuzzEntry {
    static func main() { FuzzDriver.main(.markdown) }
}
