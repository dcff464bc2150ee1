#!/usr/bin/env bash
# Throughput and peak memory of `neversent-cli classify` over the corpus, whole process
# (it analyses on every core), next to Sisimai 4.25 (Debian's libsisimai-perl) on the same
# files in the same run (one process: Sisimai has no way to use more cores).
# Also classifies the corpus copied 1x and 10x into one mbox to show that peak memory
# does not grow with the number of messages.
#   tests/benchmarks/classify-benchmark.sh [build-dir]
# Reports numbers; it asserts nothing.
set -euo pipefail
export LC_NUMERIC=C # $EPOCHREALTIME and bc both with a decimal point
cd "$(dirname "$0")/../.."
cli=${1:-build}/bin/neversent-cli
corpus=tests/data/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find "$corpus/bounces" "$corpus/not-bounces" -type f \( -name '*.eml' -o -name '*.txt' \) | sort)
count=${#files[@]}
runs=3

measure() { # prints "seconds peak_kb" of the best of $runs runs
    local best="" peak=0
    for _ in $(seq $runs); do
        local start end seconds kb
        # Bash's own clock: starting `date` twice cost each run milliseconds of its own.
        start=$EPOCHREALTIME
        /usr/bin/time -o "$work/time" -f '%M' "$@" >/dev/null 2>&1
        end=$EPOCHREALTIME
        kb=$(tail -1 "$work/time")
        seconds=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (( $(echo "$seconds < $best" | bc -l) )); then best=$seconds; peak=$kb; fi
    done
    echo "$best $peak"
}

report() { # name messages seconds peak_kb
    printf '%-34s %6d messages %8.3f s %9.0f msg/s  peak %6.1f MB\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)" "$(echo "$4 / 1024" | bc -l)"
}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)"; exit 1; }
read -r s kb < <(measure "$cli" classify "${files[@]}")
report "neversent-cli classify (files)" "$count" "$s" "$kb"
ours=$(echo "$count / $s" | bc -l)

if perl -MSisimai -e1 2>/dev/null; then
    cat >"$work/sisimai.pl" <<'PERL'
use Sisimai; for my $f (@ARGV) { Sisimai->make($f); }
PERL
    read -r s kb < <(measure perl "$work/sisimai.pl" "${files[@]}")
    report "Sisimai 4.25 (files)" "$count" "$s" "$kb"
    printf 'ratio: %.1f times Sisimai\n' "$(echo "$ours / ($count / $s)" | bc -l)"
    # For comparison only: Sisimai in as many processes as there are cores, each on its
    # share of the files.
    cores=$(nproc)
    share=$(( (count + cores - 1) / cores ))
    read -r s kb < <(measure bash -c 'printf "%s\0" "${@:3}" | xargs -0 -n "$2" -P "$1" perl "$0"' \
        "$work/sisimai.pl" "$cores" "$share" "${files[@]}")
    report "Sisimai 4.25 ($cores processes)" "$count" "$s" "$kb"
    printf 'ratio: %.1f times Sisimai on every core\n' "$(echo "$ours / ($count / $s)" | bc -l)"
else
    echo "Sisimai not installed (apt-get install libsisimai-perl): no comparison"
fi

for copies in 1 10; do
    box="$work/corpus-$copies.mbox"
    : >"$box"
    for _ in $(seq "$copies"); do
        for f in "${files[@]}"; do
            printf 'From bench@localhost Thu Jan  1 00:00:00 2026\n' >>"$box"
            tr '\r' '\n' <"$f" | sed 's/^From />From /' >>"$box"
            printf '\n' >>"$box"
        done
    done
    read -r s kb < <(measure "$cli" classify "$box")
    report "classify one mbox, corpus x$copies" "$((count * copies))" "$s" "$kb"
done
