#!/usr/bin/env bash
# The README's quick start on a fresh Debian 12 machine:
#   installer/quickstart.sh demo   install what is needed, build, open NeverSent on the demo mailbox
#   installer/quickstart.sh test   install what is needed, build, run every test
# Works as root or as a user with sudo. Nothing is downloaded but Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    libvmime-dev libgsasl-dev qtkeychain-qt6-dev librsvg2-bin libqt6svg6)
# installer/install-test.sh: Xvfb and window tools to see the installed program's window,
# and the checkers of the package and its menu entry and metadata.
install_test_packages=(xvfb xauth xdotool x11-utils desktop-file-utils appstream lintian binutils file man-db)

install_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G "${generator:-Ninja}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEVERSENT_WERROR=ON "$@" >/dev/null
}

build() {
    configure "$@"
    cmake --build "$1"
}

case "${1:-}" in
demo)
    install_packages "${build_packages[@]}"
    build build
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        # The desktop program on a temporary copy of the demo mailbox.
        build/bin/neversent --demo
    else
        echo "No desktop to open a window on: here is the same check as text." >&2
        build/bin/neversent-cli classify --format text --sent resources/demo/Sent \
            --me sam.taylor@bluebird-office.example resources/demo/INBOX
    fi
    ;;
test)
    # The IMAP tests start their own Dovecot on loopback, with a certificate made by openssl.
    # The password safe's tests run a private D-Bus session with its own GNOME Keyring.
    # clang and its runtime libraries: libFuzzer and the sanitizers of the fuzzing build.
    # trayer: a real system tray on Xvfb for the tray's test (tests/ui/with-tray.sh).
    install_packages "${build_packages[@]}" dovecot-imapd openssl dbus gnome-keyring libsecret-tools qt6-translations-l10n \
        clang-format clang libclang-rt-14-dev trayer "${install_test_packages[@]}"
    # Every C++ file as the repo's .clang-format says, before anything is built.
    find app core ui tests -name '*.cpp' -o -name '*.h' | sort | xargs clang-format --dry-run --Werror
    build build
    QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure
    # The analyzer and the readers of the server's answers read mail written by strangers:
    # run their tests (label "analyzer") again under AddressSanitizer and
    # UndefinedBehaviorSanitizer, built with clang, and every fuzzer for 30 s from its
    # committed corpus, with a fixed seed so that the run repeats one made before
    # (tests/fuzz/run-fuzzers.sh runs them for longer).
    # Only those are built there: the rest of the build is the same as above. It is made
    # with CMake's default generator (Unix Makefiles), so that both generators are built
    # with every time.
    CC=clang CXX=clang++ generator="Unix Makefiles" configure build-fuzz -DNEVERSENT_FUZZ=ON -DNEVERSENT_BUILD_UI=OFF
    mapfile -t analyzer_tests < <(ctest --test-dir build-fuzz -N -L analyzer | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build build-fuzz --parallel "$(nproc)" --target "${analyzer_tests[@]}" neversent_fuzzers
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-fuzz -L analyzer --output-on-failure
    tests/fuzz/run-fuzzers.sh --seconds 30 --seed 1 --build build-fuzz
    # Makes the .deb, installs it with apt-get, runs both programs, removes it.
    installer/install-test.sh build
    ;;
*)
    echo "usage: installer/quickstart.sh demo|test" >&2
    exit 2
    ;;
esac
