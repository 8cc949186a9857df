#!/usr/bin/env bash
# Builds dist/lbh-desktop_<version>-1_<arch>.deb from the PyInstaller bundle.
#
#   bash packaging/build-deb.sh            # builds the bundle first when missing or stale
#   packaging/test-deb.sh                  # installs the .deb into a clean Debian chroot
#
# Why the bundle and not a venv in /opt: the bundle carries its own Python, PySide6 and
# numpy, so the package needs nothing from PyPI at build or install time and does not tie
# itself to the build machine's Python path or ABI; apt only adds the system libraries Qt
# links (X11/xcb, Wayland, EGL/GL, fontconfig, D-Bus, PulseAudio), listed in Depends below.
# (Only the GTK 3 platform theme plugin's GTK stays out: Qt does without it.)
# Build on the oldest Debian/Ubuntu you target: the bundle needs the build machine's glibc.
#
# Layout: /opt/lbh-desktop (the bundle), /usr/bin/lbh-desktop (a symlink to it), the desktop
# entry, AppStream metainfo and hicolor icons under /usr/share, and the man page made by
# packaging/make_manpage.py. No maintainer scripts: dpkg triggers of desktop-file-utils,
# hicolor-icon-theme and man-db refresh their caches when those are installed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

package="lbh-desktop"
app_id="io.github.lbh_desktop.LBHDesktop"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' lbh_desktop/__init__.py)"
revision="${LBH_DEB_REVISION:-1}"
arch="$(dpkg --print-architecture)"
bundle="${LBH_BUNDLE:-$root/dist/lbh-desktop}"
python="$root/.venv/bin/python"
stage="$root/build/deb/${package}_${version}-${revision}_${arch}"
deb="$root/dist/${package}_${version}-${revision}_${arch}.deb"
sizes=(16 24 32 48 64 128 256 512)

depends=(
    "libc6 (>= $(ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p'))"
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxcb-sync1 libxcb-shm0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libpulse0 libasound2 libxss1
)
recommends=(fonts-dejavu-core espeak-ng libspeechd2)

for tool in dpkg-deb gzip; do
    if ! command -v "$tool" >/dev/null; then
        echo "build-deb.sh: $tool is missing (bash packaging/install-system-deps.sh)" >&2
        exit 1
    fi
done

if [ -z "${LBH_BUNDLE:-}" ] && { [ ! -x "$bundle/lbh-desktop" ] || [ -n "$(find lbh_desktop \
        resources packaging/pyinstaller -newer "$bundle/lbh-desktop" -type f \
        ! -path '*/__pycache__/*' -print -quit)" ]; }; then
    bash packaging/build-bundle.sh
fi
if [ ! -x "$bundle/lbh-desktop" ]; then
    echo "build-deb.sh: no bundle at $bundle (bash packaging/build-bundle.sh)" >&2
    exit 1
fi

echo "== staging $stage"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/man/man1" "$stage/usr/share/doc/$package"
cp -a "$bundle" "$stage/opt/$package"
ln -s "/opt/$package/lbh-desktop" "$stage/usr/bin/lbh-desktop"
install -m 644 "resources/linux/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "resources/linux/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
for size in "${sizes[@]}"; do
    install -D -m 644 "packaging/icons/lbh-desktop-$size.png" \
        "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 resources/icons/lbh-desktop.svg \
    "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
"$python" packaging/make_manpage.py --output "$stage/usr/share/man/man1/lbh-desktop.1" >/dev/null
gzip -9n "$stage/usr/share/man/man1/lbh-desktop.1"
cat > "$stage/usr/share/doc/$package/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: LBH Desktop
Source: https://github.com/lbh-desktop/lbh-desktop

Files: *
Copyright: The LBH Desktop developers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3 can be
 found in /usr/share/common-licenses/GPL-3.
 .
 /opt/$package bundles Python, Qt for Python (PySide6, LGPL-3.0), numpy, pyqtgraph,
 TinyDB and jsonschema under their own licences.
EOF

# Files 644 and folders 755, executables and shared libraries keep their x bit.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f ! -perm -u+x -exec chmod 644 {} +
find "$stage" -type f -perm -u+x -exec chmod 755 {} +

installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
join() { local IFS=","; echo "$*" | sed 's/,/, /g'; }
cat > "$stage/DEBIAN/control" <<EOF
Package: $package
Version: $version-$revision
Architecture: $arch
Maintainer: The LBH Desktop developers <lbh-desktop@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: $(join "${depends[@]}")
Recommends: $(join "${recommends[@]}")
Section: misc
Priority: optional
Homepage: https://github.com/lbh-desktop/lbh-desktop
Description: guided lower-back and hip strength and stretch routines
 LBH Desktop coaches you through lower-back and hip strength and stretch
 routines at your computer: a drift-free countdown you can read from the
 floor, a picture and plain how-to for every move, cue sounds, stretch-break
 reminders and a local log of every session. It makes no network connections.
 .
 This package holds a self-contained build (Python and Qt included) in
 /opt/lbh-desktop.
EOF

mkdir -p "$(dirname "$deb")"
builder=(dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb")
if command -v fakeroot >/dev/null; then
    builder=(fakeroot "${builder[@]}")
fi
"${builder[@]}" >/dev/null
echo "== built $deb ($(du -h "$deb" | cut -f1), installs $((installed_kb / 1024)) MB)"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Homepage:/p' | sed 's/^/   /'
