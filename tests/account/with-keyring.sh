#!/bin/sh
# Runs a test program inside a private D-Bus session with an unlocked GNOME Keyring of
# its own (in a temporary home), so that the password safe tests use a real Secret
# Service and never the user's own keyring. Usage: with-keyring.sh PROGRAM [ARGS...]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/run
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
# The keyring password only unlocks this throw-away keyring; the daemon ends with the bus.
dbus-run-session -- sh -c '
    printf %s neversent-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    NEVERSENT_TEST_KEYRING=1 exec "$@"' sh "$@"
