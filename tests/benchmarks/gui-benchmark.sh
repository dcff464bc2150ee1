#!/usr/bin/env bash
# The desktop program's figures, whole process, on this machine:
#  - startup: from exec to the main window on screen (Xvfb), best of 5, for a first start
#    (welcome page) and for `neversent --demo`;
#  - responsiveness: the GUI thread's longest gap between 10 ms timer ticks while a scan
#    of Dovecot runs through a 100 ms proxy (the figure tst_responsiveness measures).
#   tests/benchmarks/gui-benchmark.sh [build-dir]
# Reports numbers; it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v xdotool >/dev/null || missing+=(xdotool)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cmake --build "$build" --target neversent tst_responsiveness >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/startup.sh" <<'INNER'
#!/usr/bin/env bash
# Runs inside Xvfb: milliseconds from exec to a mapped window of the program.
set -euo pipefail
program=$1; shift
start=$(date +%s%N)
XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache "$program" "$@" >/dev/null 2>&1 &
pid=$!
until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do sleep 0.005; done
end=$(date +%s%N)
kill "$pid"; wait "$pid" 2>/dev/null || true
echo $(( (end - start) / 1000000 ))
INNER
chmod +x "$work/startup.sh"

best_of() { # best_of <label> <program> [arguments...]
    local label=$1 best=""
    shift
    for _ in 1 2 3 4 5; do
        rm -rf "$work/config" "$work/cache"
        local ms
        ms=$(WORK=$work xvfb-run -a -s "-screen 0 1600x1000x24" "$work/startup.sh" "$@")
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    printf '%-40s %6s ms\n' "$label" "$best"
}

echo "Startup to a window on screen (best of 5, Xvfb):"
best_of "neversent (first start, welcome page)" "$PWD/$build/bin/neversent"
best_of "neversent --demo (window shown)" "$PWD/$build/bin/neversent" --demo

echo "GUI thread during a scan through a 100 ms proxy:"
QT_QPA_PLATFORM=offscreen "$build/tests/tst_responsiveness" 2>&1 | sed -n 's/.*QINFO  *: [^ ]* //p'
