#!/usr/bin/env bash
# Builds the Debian package with `cpack -G DEB` from a release build, installs it into a CLEAN
# Debian bookworm (debootstrap, minbase) with apt and runs the CLI and the GUI there.
#
#   sudo tests/install/deb-smoke.sh BUILD_DIR ROOT_DIR
#
# BUILD_DIR  a build directory of its own (configured here as RelWithDebInfo without tests).
# ROOT_DIR   where the bookworm roots live: ROOT_DIR/pristine is made once by debootstrap and
#            reused; every run copies it to ROOT_DIR/run, so each install starts clean.
# Environment: MIRROR (default http://deb.debian.org/debian), SECURITY_MIRROR (default
# http://deb.debian.org/debian-security), JOBS (default 2), RECOMMENDS=1 to let apt install
# Recommends too (by default only Depends, so a missing dependency cannot hide behind them).
#
# Needs root (debootstrap, chroot, mount), network to the Debian mirror, debootstrap, cmake,
# ninja, pdftotext (poppler-utils) and file on the host; lintian is run when installed.
# Not run by CI: the first debootstrap takes minutes. One line per check; exit 1 if any failed.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR ROOT_DIR" >&2
    exit 1
fi
SRC_DIR=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$1" "$2"
BUILD_DIR=$(cd "$1" && pwd)
ROOT_DIR=$(cd "$2" && pwd)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SECURITY_MIRROR:-http://deb.debian.org/debian-security}
JOBS=${JOBS:-2}
OUT_DIR=$BUILD_DIR/deb-smoke
LOG=$OUT_DIR/log.txt
PRISTINE=$ROOT_DIR/pristine
RUN=$ROOT_DIR/run
CAMPAIGN="Summer Glow SPF Launch"

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# check DESCRIPTION COMMAND...: runs COMMAND (output to the log), one line either way.
check() {
    local what=$1
    shift
    if "$@" >>"$LOG" 2>&1; then pass "$what"; else fail "$what (see $LOG)"; fi
}
# A step the rest depends on: stop at once when it fails.
must() {
    local what=$1
    shift
    if "$@" >>"$LOG" 2>&1; then
        pass "$what"
    else
        echo "FAIL: $what (see $LOG)"
        exit 1
    fi
}
in_root() { chroot "$RUN" "$@"; }
# As an ordinary user, the way people run it.
as_user() { chroot --userspec=tester:tester "$RUN" env HOME=/home/tester LANG="${LANG_IN_ROOT:-C.UTF-8}" "$@"; }

unmount_root() {
    if mountpoint -q "$RUN/proc"; then umount "$RUN/proc"; fi
}
trap unmount_root EXIT

[[ $(id -u) -eq 0 ]] || { echo "FAIL: must run as root (debootstrap, chroot, mount)"; exit 1; }
for tool in cmake ninja cpack dpkg-deb debootstrap chroot pdftotext file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done
mkdir -p "$OUT_DIR"
: >"$LOG"

# 1. Release build and package.
must "configure $BUILD_DIR (RelWithDebInfo, no tests)" cmake -S "$SRC_DIR" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCD_WARNINGS_AS_ERRORS=ON -DCD_BUILD_TESTS=OFF
must "build campaigndesk and campaigndesk-cli (-j $JOBS)" \
    cmake --build "$BUILD_DIR" -j "$JOBS" --target campaigndesk campaigndesk-cli
rm -f "$BUILD_DIR"/campaigndesk_*.deb
must "cpack -G DEB" bash -c "cd '$BUILD_DIR' && cpack -G DEB"
DEBS=("$BUILD_DIR"/campaigndesk_*_amd64.deb)
[[ ${#DEBS[@]} -eq 1 && -f ${DEBS[0]} ]] || { echo "FAIL: cpack made no single campaigndesk_*_amd64.deb"; exit 1; }
DEB=${DEBS[0]}
echo "INFO: $(basename "$DEB"), $(stat -c %s "$DEB") bytes"

# 2. What the package holds.
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$OUT_DIR/contents.txt"
for path in /usr/bin/campaigndesk /usr/bin/campaigndesk-cli \
    /usr/share/applications/io.campaigndesk.CampaignDesk.desktop \
    /usr/share/metainfo/io.campaigndesk.CampaignDesk.metainfo.xml \
    /usr/share/mime/packages/campaigndesk-workbook.xml \
    /usr/share/icons/hicolor/scalable/apps/campaigndesk.svg \
    /usr/share/icons/hicolor/48x48/apps/campaigndesk.png \
    /usr/share/icons/hicolor/256x256/apps/campaigndesk.png \
    /usr/share/campaigndesk/templates/influencer-campaign.json \
    /usr/share/doc/campaigndesk/copyright /usr/share/doc/campaigndesk/changelog.gz; do
    check "package holds $path" grep -qx "$path" "$OUT_DIR/contents.txt"
done
check "package has exactly two programs in /usr/bin" \
    test "$(grep -c '^/usr/bin/.' "$OUT_DIR/contents.txt")" -eq 2
check "package has only /usr paths, no test or build files" \
    bash -c "! grep -v -e '^/usr/' -e '^/$' '$OUT_DIR/contents.txt' && ! grep -i -e test -e build -e '\\.a$' -e CMake '$OUT_DIR/contents.txt'"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for dep in qt6-translations-l10n fonts-dejavu-core libqt6svg6 libqt6pdf6 libqt6charts6 libqt6widgets6 libsqlite3-0; do
    check "Depends names $dep" grep -qw -- "$dep" <<<"$DEPENDS"
done
rm -rf "$OUT_DIR/extract" && dpkg-deb -x "$DEB" "$OUT_DIR/extract"
check "binaries are stripped" bash -c "file '$OUT_DIR/extract/usr/bin/campaigndesk' '$OUT_DIR/extract/usr/bin/campaigndesk-cli' | grep -c ', stripped' | grep -qx 2"
check "binaries hold no path of the build or source tree" \
    bash -c "! grep -l -F -e '$BUILD_DIR' -e '$SRC_DIR' '$OUT_DIR/extract/usr/bin/campaigndesk' '$OUT_DIR/extract/usr/bin/campaigndesk-cli'"
if command -v lintian >/dev/null; then
    lintian "$DEB" >"$OUT_DIR/lintian.txt" 2>&1 || true
    check "lintian: no errors ($(grep -c '^W:' "$OUT_DIR/lintian.txt" || true) warnings, in $OUT_DIR/lintian.txt)" \
        bash -c "! grep -q '^E:' '$OUT_DIR/lintian.txt'"
else
    echo "SKIP: lintian is not installed"
fi

# 3. A clean bookworm: made once, copied for every run.
if [[ ! -f $PRISTINE/etc/debian_version ]]; then
    rm -rf "$PRISTINE"
    must "debootstrap bookworm (minbase) from $MIRROR" \
        debootstrap --variant=minbase bookworm "$PRISTINE" "$MIRROR"
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
        "$MIRROR" "$MIRROR" "$SECURITY_MIRROR" >"$PRISTINE/etc/apt/sources.list"
else
    echo "INFO: reusing $PRISTINE"
fi
unmount_root
mountpoint -q "$RUN/proc" && { echo "FAIL: $RUN/proc is still mounted"; exit 1; }
rm -rf "$RUN"
must "fresh copy of the clean root in $RUN" cp -a "$PRISTINE" "$RUN"
mount -t proc proc "$RUN/proc"
cp /etc/resolv.conf "$RUN/etc/resolv.conf"
cp "$DEB" "$RUN/tmp/"
must "apt-get update in the root" in_root apt-get update
RECOMMENDS_OPTION=--no-install-recommends
[[ ${RECOMMENDS:-0} == 1 ]] && RECOMMENDS_OPTION=
must "apt-get install ./$(basename "$DEB") ${RECOMMENDS_OPTION:-(with Recommends)}" \
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y $RECOMMENDS_OPTION "/tmp/$(basename "$DEB")"
in_root useradd -m tester

# 4. The programs, run by an ordinary user in the clean root.
VERSION=$(dpkg-deb -f "$DEB" Version)
check "campaigndesk-cli --version prints $VERSION" \
    bash -o pipefail -c "chroot --userspec=tester:tester '$RUN' campaigndesk-cli --version | grep -x 'campaigndesk-cli $VERSION'"
check "campaigndesk --version prints $VERSION" \
    bash -o pipefail -c "chroot --userspec=tester:tester '$RUN' env HOME=/home/tester campaigndesk --version | grep -x 'campaigndesk $VERSION'"
check "campaigndesk-cli new /tmp/x.cdwb --demo" as_user campaigndesk-cli new /tmp/x.cdwb --demo
check "campaigndesk-cli check /tmp/x.cdwb: integrity ok, exit 0" \
    bash -o pipefail -c "chroot --userspec=tester:tester '$RUN' env HOME=/home/tester campaigndesk-cli check /tmp/x.cdwb | grep -x 'integrity: ok'"
check "campaigndesk-cli report writes /tmp/r.pdf" \
    as_user campaigndesk-cli report /tmp/x.cdwb --campaign "$CAMPAIGN" --out /tmp/r.pdf
cp "$RUN/tmp/r.pdf" "$OUT_DIR/report.pdf" 2>/dev/null || true
pdftotext "$OUT_DIR/report.pdf" "$OUT_DIR/report.txt" 2>>"$LOG" || true
check "the PDF's text reads back (title, campaign, a KPI)" \
    bash -c "grep -q 'CAMPAIGN KPI REPORT' '$OUT_DIR/report.txt' && grep -q '$CAMPAIGN' '$OUT_DIR/report.txt' && grep -q 'Impressions' '$OUT_DIR/report.txt'"
check "Qt's Italian texts installed (qtbase_it.qm)" test -s "$RUN/usr/share/qt6/translations/qtbase_it.qm"
check "the xcb platform plugin is installed" test -f "$RUN/usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so"
check "fontconfig finds DejaVu Sans" bash -o pipefail -c "chroot '$RUN' fc-match sans-serif | grep DejaVu"
for shot in "en C.UTF-8 dashboard" "it it_IT.UTF-8 plan"; do
    read -r tag lang tab <<<"$shot"
    LANG_IN_ROOT=$lang check "campaigndesk --screenshot (offscreen, $lang, $tab tab)" \
        as_user env QT_QPA_PLATFORM=offscreen campaigndesk /tmp/x.cdwb --campaign "$CAMPAIGN" \
        --tab "$tab" --screenshot "/tmp/s-$tag.png"
    cp "$RUN/tmp/s-$tag.png" "$OUT_DIR/screenshot-$tag.png" 2>/dev/null || true
    check "screenshot-$tag.png is a 1280 x 800 PNG of more than 50 kB" \
        bash -c "file '$OUT_DIR/screenshot-$tag.png' | grep -q 'PNG image data, 1280 x 800' && test \$(stat -c %s '$OUT_DIR/screenshot-$tag.png') -gt 50000"
done

# 5. Desktop integration through dpkg triggers (no postinst): with the desktop's packages
# present, the MIME type and the launcher's MIME association are registered.
must "apt-get install shared-mime-info desktop-file-utils" \
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    shared-mime-info desktop-file-utils
check "the MIME database knows application/x-campaigndesk-workbook" \
    test -f "$RUN/usr/share/mime/application/x-campaigndesk-workbook.xml"
check "the MIME database matches *.cdwb and the file's magic" \
    bash -c "grep -q 'application/x-campaigndesk-workbook:\\*\\.cdwb' '$RUN/usr/share/mime/globs2' && grep -aq 'application/x-campaigndesk-workbook' '$RUN/usr/share/mime/magic'"
check "mimeinfo.cache opens workbooks with the launcher" \
    grep -q 'application/x-campaigndesk-workbook=io.campaigndesk.CampaignDesk.desktop' \
    "$RUN/usr/share/applications/mimeinfo.cache"

# 6. Removal leaves nothing behind.
check "apt-get purge campaigndesk" in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y campaigndesk
check "purge removed the programs and /usr/share/campaigndesk" \
    bash -c "test ! -e '$RUN/usr/bin/campaigndesk' && test ! -e '$RUN/usr/bin/campaigndesk-cli' && test ! -e '$RUN/usr/share/campaigndesk'"

unmount_root
echo "INFO: PDF, screenshots, lintian output and the log are in $OUT_DIR"
if [[ $failures -gt 0 ]]; then
    echo "RESULT: $failures check(s) failed"
    exit 1
fi
echo "RESULT: all checks passed"
