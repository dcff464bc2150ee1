#!/usr/bin/env bash
# Times `neversent-cli scan` (first and unchanged), `clean --dry-run` and `clean` against a
# real Dovecot on loopback holding an account made from the corpus (default 10,000 INBOX
# messages, half of them bounces, and 5,000 Sent), directly and through a proxy that adds
# round-trip time (default 50 ms), next to a minimal IMAP client that fetches the same
# bytes in the fewest commands (the lower bound). Prints a table and whether the targets
# are met; asserts nothing. Needs dovecot-imapd and time (Debian packages).
#   tests/benchmarks/imap-benchmark.sh [--messages N] [--sent N] [--rtt-ms MS] [--runs R] [--cli PATH]
#   tests/benchmarks/imap-benchmark.sh --memory-only 100000    # peak memory of one large scan
# BUILD_DIR chooses the build folder (default build; configured with the project's options).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DNEVERSENT_BUILD_UI=OFF
cmake --build "$build" --target neversent_imap_benchmark neversent-cli
exec "$build/tests/neversent_imap_benchmark" "$@"
