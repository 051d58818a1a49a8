// libFuzzer target: the template lexer, parser and renderer. See FuzzTarget.template and scripts/fuzz.sh.
import KohoFuzzing

@main enum FuzzEntry {
    static func main() { FuzzDriver.main(.template) }
}
