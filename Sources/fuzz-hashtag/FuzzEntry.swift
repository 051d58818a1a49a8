// libFuzzer target: the hashtag extractor and hashtag normalisation. See FuzzTarget.hashtag and scripts/fuzz.sh.
import KohoFuzzing

@main enum FuzzEntry {
    static func main() { FuzzDriver.main(.hashtag) }
}
