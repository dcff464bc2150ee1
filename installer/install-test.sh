#!/usr/bin/env bash
# Installs NeverSent the way a user of Debian 12 would, checks what the package put on the
# machine, and removes it again:
#   installer/install-test.sh [build folder]      (default: build, already built)
# Makes the .deb and .tar.gz with CPack, checks them with lintian, desktop-file-validate and
# appstreamcli, installs the .deb with apt-get, runs both installed programs (the desktop
# one under Xvfb), then removes the package and checks that its files are gone.
# Works as root or as a user with sudo. Takes a minute or two once the build is done.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build=$(realpath "${1:-build}")
app_id=org.neversent.NeverSent
me=sam.taylor@bluebird-office.example

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)

# installer/quickstart.sh installs these too; this is for running the script on its own.
tools=(xvfb xauth xdotool x11-utils desktop-file-utils appstream lintian binutils file man-db)
missing=()
for package in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

started=$SECONDS
step_started=$SECONDS
step() {
    echo "== $* (after $((SECONDS - started)) s; last step $((SECONDS - step_started)) s)"
    step_started=$SECONDS
}
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

step "Making the packages"
rm -f "$build"/neversent_*.deb "$build"/neversent-*.tar.gz
cmake --build "$build" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)
deb=$(ls "$build"/neversent_*.deb)
tarball=$(ls "$build"/neversent-*.tar.gz)
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "$(basename "$tarball"): $(stat -c %s "$tarball") bytes"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
tarball_files=$(tar -tzf "$tarball")
for program in bin/neversent bin/neversent-cli libexec/neversent/neversent-cli-mailbox; do
    grep -q "/$program\$" <<<"$tarball_files" || fail "$program is not in $(basename "$tarball")"
done

step "lintian"
lintian_output=$(lintian --tag-display-limit 0 "$deb" || true)
[ -n "$lintian_output" ] && echo "$lintian_output"
if grep -q '^E: ' <<<"$lintian_output"; then
    fail "lintian reports errors"
fi
echo "lintian: $(grep -c '^E: ' <<<"$lintian_output" || true) errors, $(grep -c '^W: ' <<<"$lintian_output" || true) warnings"

step "Installing $(basename "$deb")"
if dpkg-query -W -f='${Status}' neversent 2>/dev/null | grep -q "install ok installed"; then
    echo "Removing the neversent package left by an earlier run"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq neversent >/dev/null
fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
installed_files=$(dpkg-query -L neversent)

step "Checking the installed files"
for program in neversent neversent-cli; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ] || fail "$program is not installed in /usr/bin"
done
desktop_file=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
for file in "$desktop_file" "$metainfo" /usr/share/man/man1/neversent-cli.1.gz /usr/share/man/man1/neversent.1.gz \
    /usr/share/doc/neversent/copyright /usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    [ -s "$file" ] || fail "$file is missing"
done
for size in 16 22 24 32 48 64 128 256 512; do
    icon=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -s "$icon" ] || fail "$icon is missing"
    file "$icon" | grep -q "PNG image data, $size x $size," || fail "$icon is not a $size x $size PNG"
done
desktop-file-validate "$desktop_file" || fail "desktop-file-validate rejects $desktop_file"
grep -qx "Exec=neversent" "$desktop_file" || fail "the menu entry does not start neversent"
grep -qx "Icon=$app_id" "$desktop_file" || fail "the menu entry does not name the icon $app_id"
appstreamcli validate --no-color "$metainfo" || fail "appstreamcli rejects $metainfo"
MANWIDTH=80 man --warnings -l /usr/share/man/man1/neversent-cli.1.gz 2>&1 >/dev/null | grep . && fail "man reports problems in neversent-cli.1"
for command in classify scan clean undo report watch; do
    MANWIDTH=80 man -l /usr/share/man/man1/neversent-cli.1.gz 2>/dev/null | grep -q "^       $command" \
        || fail "the manual page does not describe $command"
done
# The translations are compiled into the program as Qt resources (:/i18n/neversent_xx.qm);
# the resource names are stored as UTF-16 big endian, which `strings -e b` reads.
resource_names=$(strings -e b /usr/bin/neversent)
for ts in "$source_dir"/translations/neversent_*.ts; do
    qm=$(basename "$ts" .ts).qm
    grep -qx "$qm" <<<"$resource_names" || fail "the translation $qm is not in /usr/bin/neversent"
    echo "translation $qm: in /usr/bin/neversent"
done

step "Running the installed neversent-cli"
version=$(neversent-cli --version)
[ "$version" = "neversent-cli $(dpkg-query -W -f='${Version}' neversent)" ] || fail "neversent-cli --version says \"$version\""
echo "$version"
# The mailbox commands run in the program neversent-cli hands them to, in libexec.
[ -x /usr/libexec/neversent/neversent-cli-mailbox ] || fail "/usr/libexec/neversent/neversent-cli-mailbox is not installed"
neversent-cli scan --help | grep -q "^Usage:" || fail "neversent-cli scan --help does not reach the installed mailbox program"
demo=/usr/share/neversent/demo
report=$(neversent-cli classify --sent "$demo/Sent" --me "$me" "$demo/INBOX")
backscatter=$(grep -c '"verdict":"backscatter"' <<<"$report" || true)
genuine=$(grep -c '"verdict":"genuine"' <<<"$report" || true)
messages=$(grep -c . <<<"$report" || true)
echo "demo INBOX: $messages messages, $backscatter backscatter, $genuine genuine"
[ "$messages" -eq 19 ] && [ "$backscatter" -eq 10 ] && [ "$genuine" -eq 3 ] \
    || fail "expected 19 messages, 10 backscatter and 3 genuine in $demo/INBOX"

step "Starting the installed neversent --demo under Xvfb, in English and in German"
# Waits up to 30 s for the main window to show the demo mailbox (its title names the
# mailbox only once the demo is open), then reads its title and whether it has an icon.
# Settings go to a fresh folder, so only the language given here decides.
open_demo_window() { # open_demo_window <LANG value>
    APP_LOG=$app_log APP_LANG=$1 XDG_CONFIG_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    LANG=$APP_LANG LC_ALL=$APP_LANG LANGUAGE= QT_QPA_PLATFORM=xcb neversent --demo >"$APP_LOG" 2>&1 &
    app=$!
    window=""
    for _ in $(seq 60); do
        window=$(xdotool search --onlyvisible --pid "$app" --name " - NeverSent\$" 2>/dev/null | head -n 1) && [ -n "$window" ] && break
        kill -0 "$app" 2>/dev/null || break
        sleep 0.5
    done
    if [ -n "$window" ]; then
        echo "title: $(xdotool getwindowname "$window")"
        xprop -id "$window" _NET_WM_ICON | grep -q "Icon (" && echo "icon: yes" || echo "icon: no"
        xprop -id "$window" WM_CLASS
    fi
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    true'
}
app_log=$(mktemp)
window_report=$(open_demo_window C.UTF-8)
echo "$window_report"
grep -qx "title: Sample mailbox - NeverSent" <<<"$window_report" || { cat "$app_log" >&2; fail "no English NeverSent window appeared"; }
grep -qx "icon: yes" <<<"$window_report" || fail "the NeverSent window has no icon"
window_report=$(open_demo_window de_DE.UTF-8)
echo "$window_report"
grep -qx "title: Beispielpostfach - NeverSent" <<<"$window_report" || { cat "$app_log" >&2; fail "the window did not appear in German"; }
rm -f "$app_log"

step "Removing the package"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq neversent >/dev/null
dpkg-query -W -f='${Status}' neversent 2>/dev/null | grep -q "install ok installed" && fail "neversent is still installed"
left=0
while read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "left behind: $path" >&2
        left=$((left + 1))
    fi
done <<<"$installed_files"
[ "$left" -eq 0 ] || fail "$left files of the package are still there"
[ -e /usr/share/neversent ] && fail "/usr/share/neversent is still there"
command -v neversent >/dev/null && fail "neversent is still on the PATH"

step "Done"
echo "install-test: all checks passed in $((SECONDS - started)) s"
