// libFuzzer target: the front-matter splitter and the whole load of one entry file. See FuzzTarget.frontMatter and scripts/fuzz.sh.
import KohoFuzzing

@main enum FuzzEntry {
    static func main() { FuzzDriver.main(.frontMatter) }
}
