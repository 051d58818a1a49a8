// libFuzzer target: the YAML reader. See FuzzTarget.yaml and scripts/fuzz.sh.
import KohoFuzzing

@main enum FuzzEntry {
    static func main() { FuzzDriver.main(.yaml) }
}
