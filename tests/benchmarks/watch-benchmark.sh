#!/usr/bin/env bash
# Times `neversent-cli watch` from a bounce's arrival to its verdict, against a real
# Dovecot on loopback, for each poll interval (default 1 s and 5 s, 20 bounces each); the
# INBOX is idled (IMAP IDLE) unless --without-idle hides it from the server's capabilities.
# Prints a table; asserts nothing. Needs dovecot-imapd (a Debian package).
#   tests/benchmarks/watch-benchmark.sh [--intervals 1,5] [--bounces 20] [--without-idle]
# BUILD_DIR chooses the build folder (default build; configured with the project's options).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DNEVERSENT_BUILD_UI=OFF
cmake --build "$build" --target neversent_watch_benchmark neversent-cli
exec "$build/tests/neversent_watch_benchmark" "$@"
