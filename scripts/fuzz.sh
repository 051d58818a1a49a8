#!/usr/bin/env bash
# fuzz.sh [SECONDS] [TARGET…] — builds Koho's libFuzzer targets and runs each, one after another, for
# SECONDS (default 600) each. Targets: yaml front-matter template markdown hashtag (default: all).
#
# A target is `Sources/fuzz-<target>` over `KohoFuzzing.FuzzTarget`, built in release with
# `-sanitize=fuzzer,address` into .build-fuzz/. Each run starts from the committed seeds in
# Fuzz/corpus/<target>/ (and the crashers in Fuzz/crashers/<target>/) plus what earlier runs found, uses
# Fuzz/dictionaries/<target>.dict when there is one, and keeps going after a finding (libFuzzer's fork mode,
# one job at a time). An input slower than 2 s is a timeout, one using more than 2 GB an OOM.
# Everything it writes is under .fuzz/<target>/ (ignored by git):
#   corpus/     inputs that reached new code, kept for the next run
#   findings/   crash-*, timeout-*, oom-*, leak-* inputs: minimise one with
#               SWIFT_BACKTRACE=enable=no .build-fuzz/release/fuzz-<target> -minimize_crash=1
#               -max_total_time=60 -exact_artifact_path=OUT FILE, then keep OUT in
#               Fuzz/crashers/<target>/ (the replay test in KohoFuzzingTests runs it in every `swift test`)
#   log.txt     libFuzzer's output
# Prints one summary line per target and exits 1 when any target found something.
#
# Env: FUZZ_NICE (default 10), FUZZ_MAX_LEN (default 65536), FUZZ_ARGS (more libFuzzer flags),
#      FUZZ_SKIP_BUILD=1 (use the binaries already in .build-fuzz).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

all_targets=(yaml front-matter template markdown hashtag)
seconds=600
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
    seconds="$1"
    shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${all_targets[*]})" >&2; exit 2; }
done

scratch=.build-fuzz
# The Swift runtime's own crash backtracer runs inside ASan and reports itself; libFuzzer reports crashes.
export SWIFT_BACKTRACE=enable=no
# -use-ld=lld: gold fails on the sanitizer runtimes' debug info; lld ships with the Swift toolchain.
build_flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DKOHO_FUZZING
    -Xswiftc -use-ld=lld)
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    for t in "${targets[@]}"; do
        echo "fuzz: building fuzz-$t"
        mkdir -p "$scratch"
        nice -n "${FUZZ_NICE:-10}" swift build "${build_flags[@]}" --product "fuzz-$t" >"$scratch/fuzz-build.log" 2>&1 || {
            cat "$scratch/fuzz-build.log" >&2
            exit 2
        }
    done
fi
bin="$(swift build "${build_flags[@]}" --show-bin-path)"

summary=()
found_any=0
for t in "${targets[@]}"; do
    work=".fuzz/$t"
    mkdir -p "$work/corpus" "$work/findings"
    seeds=("Fuzz/corpus/$t")
    [ -d "Fuzz/crashers/$t" ] && seeds+=("Fuzz/crashers/$t")
    # The built-in theme's layouts are template seeds where they are, not copies (KohoFuzzingTests too).
    [ "$t" = template ] && seeds+=(themes/default/layouts themes/default/layouts/partials)
    extra=()
    [ -f "Fuzz/dictionaries/$t.dict" ] && extra+=("-dict=Fuzz/dictionaries/$t.dict")
    # The content loader reads files on Dispatch's worker threads, whose allocations outlive an input, so
    # libFuzzer would scan for leaks after every input (50 times slower). Its memory stays flat without it.
    [ "$t" = front-matter ] && extra+=(-detect_leaks=0)
    before=$(find "$work/findings" -type f | wc -l)
    echo "fuzz: fuzz-$t for ${seconds}s (log: $work/log.txt)"
    start=$(date +%s)
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
    nice -n "${FUZZ_NICE:-10}" "$bin/fuzz-$t" "$work/corpus" "${seeds[@]}" "${extra[@]}" \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-65536}" \
        -artifact_prefix="$work/findings/" -print_final_stats=1 ${FUZZ_ARGS:-} >"$work/log.txt" 2>&1 || true
    elapsed=$(($(date +%s) - start))
    # Fork mode's status lines: "#<executions>: cov: … corp: <inputs> … oom/timeout/crash: a/b/c …".
    last=$(grep -E '^#[0-9]+: cov:' "$work/log.txt" | tail -1 || true)
    execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
    corpus=$(find "$work/corpus" -type f | wc -l)
    count() { find "$work/findings" -type f -name "$1-*" -newermt "@$start" | wc -l; }
    crashes=$(count crash)
    timeouts=$(count timeout)
    ooms=$(count oom)
    leaks=$(count leak)
    after=$(find "$work/findings" -type f | wc -l)
    [ "$after" -gt "$before" ] && found_any=1
    summary+=("$(printf 'fuzz-%-13s %6ss  %10s execs  corpus %5s  crashes %s  timeouts %s  ooms %s  leaks %s' \
        "$t" "$elapsed" "${execs:-?}" "$corpus" "$crashes" "$timeouts" "$ooms" "$leaks")")
    echo "${summary[-1]}"
done

echo
echo "fuzz summary (${seconds}s per target; findings in .fuzz/<target>/findings/):"
printf '%s\n' "${summary[@]}"
exit "$found_any"
