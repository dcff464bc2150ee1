#!/usr/bin/env bash
# Saves a picture of each main screen in light and dark, in English and in each language
# with a translation, under build/screenshots/<language>/. Runs the windows under Xvfb.
#   tests/screenshots/take-screenshots.sh [build folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
if ! command -v xvfb-run >/dev/null; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends xvfb xauth
fi
cmake --build "$build" --target neversent_screenshots
for language in en $(ls translations | sed -n 's/^neversent_\(.*\)\.ts$/\1/p'); do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/tests/neversent_screenshots" "$build/screenshots/$language" "$language"
done
echo "Screenshots are in $build/screenshots/"
