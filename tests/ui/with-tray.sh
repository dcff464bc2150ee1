#!/bin/sh
# Runs a test program on a real X server (Xvfb) whose desktop has a real system tray
# (trayer, which takes the XEmbed tray of the freedesktop.org specification), for what the
# offscreen platform cannot show: the tray icon, its menu and its notification balloons.
# Usage: with-tray.sh PROGRAM [ARGS...]
set -eu
home=$(mktemp -d)
xvfb=""
tray=""
cleanup() {
    [ -z "$tray" ] || kill "$tray" 2>/dev/null || true
    [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT INT TERM
# Settings and the login entry the test writes go to a home of its own.
mkdir -m 700 "$home/run"
HOME=$home XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/run
export HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
# Xvfb picks a free display and writes its number once it takes connections.
exec 3>"$home/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$home/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
for _ in $(seq 100); do
    [ -s "$home/display" ] && break
    sleep 0.1
done
[ -s "$home/display" ] || { echo "Xvfb did not start:" >&2; cat "$home/xvfb.log" >&2; exit 1; }
DISPLAY=:$(head -n1 "$home/display")
export DISPLAY
trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 24 \
    >"$home/trayer.log" 2>&1 &
tray=$!
# Its window first; the test itself waits until Qt finds the tray.
for _ in $(seq 100); do
    xdotool search --class trayer >/dev/null 2>&1 && break
    sleep 0.1
done
QT_QPA_PLATFORM=xcb "$@"
