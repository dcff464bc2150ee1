#!/usr/bin/env bash
# Runs every libFuzzer target of a build made with -DNEVERSENT_FUZZ=ON for as long as
# asked, each from its committed corpus (tests/fuzz/corpus/<target> and the test data it
# reads), and reports executions per second, coverage and what was found. A crash, a hang
# (over 1 s), a leak or a memory blow-up (over 256 MB) is saved under the work folder and
# fails the run.
# A timeout or memory limit that the input alone does not reach again (a busy machine: the
# time limit is wall-clock time; hours of fuzzing: the fuzzer's own memory grows) is kept
# aside under not-reproduced/ and fuzzing goes on.
# With --seed the run is the same every time (libFuzzer's mutations follow the seed), so
# that a short run in CI repeats the start of a longer one made before.
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--seed N] [--build DIR] [--work DIR] [target...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=30
seed=0
build=build-fuzz
work=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -*) echo "usage: $0 [--seconds N] [--seed N] [--build DIR] [--work DIR] [target...]" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done
[ -n "$work" ] || work=$(mktemp -d)
[ ${#targets[@]} -gt 0 ] || targets=(analyzer header_spans multipart_spans text_decoder imap_answers vmime_imap_answers autoconfig provider_table
    message_source maildir dns_answers)

# The seeds of each target: its own corpus, and the test data that is its kind of input.
seeds_of() {
    local own=tests/fuzz/corpus/$1
    [ -d "$own" ] && echo "$own"
    case "$1" in
    analyzer | header_spans | multipart_spans | message_source) echo tests/data/cases tests/data/corpus/bounces ;;
    provider_table) echo resources/providers ;;
    esac
}
# Debian's vmime 0.9.2 IMAP parser leaks on some answers (the UID sets of every COPYUID
# code; a response it gave up on halfway): its target checks everything but leaks.
leak_check_of() {
    case "$1" in
    vmime_imap_answers) echo 0 ;;
    *) echo 1 ;;
    esac
}
dictionary_of() {
    case "$1" in
    imap_answers | vmime_imap_answers) echo tests/fuzz/imap.dict ;;
    analyzer | header_spans | multipart_spans | message_source) echo tests/fuzz/mime.dict ;;
    esac
}

# Whether an input found to take over the time or memory limit does so again when it runs
# alone: for time, by the processor time it takes (over 1 s), which another busy process
# does not lengthen as it does the wall-clock time libFuzzer watches.
reproduces() { # binary input leaks
    local cpu status
    cpu=$( {
        TIMEFORMAT='%U %S'
        time ASAN_OPTIONS="$asan_options:detect_leaks=$3" "$1" -timeout=120 -rss_limit_mb=256 -malloc_limit_mb=256 "$2" >/dev/null 2>&1
    } 2>&1) && status=0 || status=1
    [ $status -ne 0 ] && return 0
    awk '{ exit !($1 + $2 >= 1) }' <<<"$cpu"
}

# A small quarantine: RSS then stays close to what the code itself holds.
asan_options=${ASAN_OPTIONS:-quarantine_size_mb=16:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
printf '%-16s %8s %10s %8s %8s  %s\n' target seconds execs/s cov ft result
failed=0
for target in "${targets[@]}"; do
    binary=$build/fuzz/fuzz_$target
    [ -x "$binary" ] || { echo "no $binary: build with -DNEVERSENT_FUZZ=ON (target neversent_fuzzers)" >&2; exit 2; }
    # Its name server listens on port 53, as the DNS tests' does; they skip without root too.
    if [ "$target" = dns_answers ] && [ "$(id -u)" -ne 0 ]; then
        printf '%-16s %8s %10s %8s %8s  %s\n' "$target" - - - - "SKIPPED: needs root (port 53)"
        continue
    fi
    mkdir -p "$work/$target/corpus" "$work/$target/found"
    leaks=$(leak_check_of "$target")
    dictionary=$(dictionary_of "$target")
    : >"$work/$target/log"
    result=ok
    unreproduced=0
    deadline=$((SECONDS + seconds))
    while [ $((deadline - SECONDS)) -gt 0 ]; do
        options=(-max_total_time="$((deadline - SECONDS))" -seed="$seed" -detect_leaks="$leaks" -timeout=1 -rss_limit_mb=256
            -malloc_limit_mb=256 -max_len=262144 -print_final_stats=1 -artifact_prefix="$work/$target/found/")
        [ -n "$dictionary" ] && options+=(-dict="$dictionary")
        # shellcheck disable=SC2046
        if ASAN_OPTIONS="$asan_options:detect_leaks=$leaks" "$binary" "${options[@]}" "$work/$target/corpus" $(seeds_of "$target") >>"$work/$target/log" 2>&1; then
            break
        fi
        found=$(ls -t "$work/$target/found" | head -1)
        # A timeout on a busy machine (the time limit is wall-clock time), or running out of
        # memory after hours (the fuzzer's own corpus and the sanitizer's allocator grow
        # too), counts only if the input alone does it again; if not, fuzzing goes on.
        if [[ $found == timeout-* || $found == oom-* ]] && ! reproduces "$binary" "$work/$target/found/$found" "$leaks"; then
            mkdir -p "$work/$target/not-reproduced"
            mv "$work/$target/found/$found" "$work/$target/not-reproduced/"
            unreproduced=$((unreproduced + 1))
            continue
        fi
        if [ -n "$found" ]; then
            result="FOUND: $found (log: $work/$target/log)"
        else
            result="FAILED: it stopped without a finding (log: $work/$target/log)"
        fi
        failed=1
        break
    done
    [ $unreproduced -gt 0 ] && [ "$result" = ok ] && result="ok ($unreproduced timeouts or memory limits not reproduced alone)"
    time=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target/log" | tail -1)
    line=$(grep -E '^#[0-9]+' "$work/$target/log" | grep -E 'cov: ' | tail -1) || true
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$line")
    features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$line")
    printf '%-16s %8s %10s %8s %8s  %s\n' "$target" "$seconds" "${time:-?}" "${cov:-?}" "${features:-?}" "$result"
done
echo "work folder (new inputs and findings): $work"
exit $failed
