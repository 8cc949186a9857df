#!/usr/bin/env bash
# Installs the .deb into a fresh minimal Debian bookworm and runs it there.
#
#   sudo bash packaging/test-deb.sh [PACKAGE.deb]      # default: the newest dist/*.deb
#
# It debootstraps a minbase bookworm into a temporary folder (the downloaded base system is
# cached as a tarball in $LBH_DEB_CACHE, default /var/tmp/lbh-desktop-deb, so later runs
# only unpack it), lets apt install the .deb with its Depends from the Debian mirror
# (without Recommends, to prove Depends suffice), then runs `lbh-desktop --version`,
# `lbh-desktop --self-test` and a background app answering `status` (offscreen) inside, lists shared libraries of the bundle that
# stay unresolved, and removes the package again. Needs root (debootstrap, chroot, mount)
# and network access to $LBH_DEB_MIRROR. Set LBH_KEEP_CHROOT=1 to keep the folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

suite="bookworm"
mirror="${LBH_DEB_MIRROR:-http://deb.debian.org/debian}"
cache="${LBH_DEB_CACHE:-/var/tmp/lbh-desktop-deb}"
tarball="$cache/$suite-minbase.tgz"

if [ "$(id -u)" -ne 0 ]; then
    echo "test-deb.sh: needs root for debootstrap and chroot; run it with sudo" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null; then
    echo "test-deb.sh: debootstrap is missing (bash packaging/install-system-deps.sh)" >&2
    exit 1
fi

deb="${1:-}"
if [ -z "$deb" ]; then
    deb="$(ls -t dist/lbh-desktop_*.deb 2>/dev/null | head -n 1 || true)"
    if [ -z "$deb" ]; then
        bash packaging/build-deb.sh
        deb="$(ls -t dist/lbh-desktop_*.deb | head -n 1)"
    fi
fi
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

now() { date +%s.%N; }
since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }

mkdir -p "$cache"
if [ ! -s "$tarball" ]; then
    echo "== downloading a minbase $suite into $tarball (once)"
    started="$(now)"
    work="$(mktemp -d "$cache/make-tarball.XXXXXX")"
    debootstrap --variant=minbase --make-tarball="$tarball.part" "$suite" "$work" "$mirror" \
        > "$cache/make-tarball.log" 2>&1 || { tail -n 20 "$cache/make-tarball.log" >&2; exit 1; }
    rm -rf "$work"
    mv "$tarball.part" "$tarball"
    echo "   $(du -h "$tarball" | cut -f1) in $(since "$started") s"
fi

chroot_dir="$(mktemp -d /var/tmp/lbh-desktop-chroot.XXXXXX)"
cleanup() {
    for mounted in "$chroot_dir/dev/pts" "$chroot_dir/proc"; do
        if mountpoint -q "$mounted" 2>/dev/null; then umount -l "$mounted" || true; fi
    done
    if [ "${LBH_KEEP_CHROOT:-0}" = 1 ]; then
        echo "== kept the chroot at $chroot_dir"
    else
        rm -rf --one-file-system "$chroot_dir"
    fi
}
trap cleanup EXIT

echo "== debootstrap $suite (minbase) into $chroot_dir"
started="$(now)"
debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$chroot_dir" "$mirror" \
    > "$cache/debootstrap.log" 2>&1 || { tail -n 20 "$cache/debootstrap.log" >&2; exit 1; }
echo "   $(du -sh --one-file-system "$chroot_dir" | cut -f1) in $(since "$started") s"

mount -t proc proc "$chroot_dir/proc"
mount --bind /dev/pts "$chroot_dir/dev/pts"  # apt's terminal log
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cp "$deb" "$chroot_dir/tmp/"
inside() { chroot "$chroot_dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

echo "== apt-get install $(basename "$deb") (Depends only)"
started="$(now)"
inside apt-get -o APT::Sandbox::User=root update -qq
inside env DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -qq \
    --no-install-recommends "/tmp/$(basename "$deb")" > "$cache/apt-install.log" 2>&1 \
    || { tail -n 30 "$cache/apt-install.log" >&2; exit 1; }
added="$(grep -c '^Setting up ' "$cache/apt-install.log" || true)"
echo "   $added packages set up in $(since "$started") s;" \
    "installed size $(inside dpkg-query -W -f='${Installed-Size}' lbh-desktop) KB"

echo "== lbh-desktop --version"
inside lbh-desktop --version

echo "== lbh-desktop --self-test (QT_QPA_PLATFORM=offscreen)"
started="$(now)"
status=0
inside env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp lbh-desktop --self-test || status=$?
echo "   exit $status after $(since "$started") s"

echo "== lbh-desktop --background, then lbh-desktop status and quit (the running app answers)"
inside sh -c 'export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp
    mkdir -p /tmp/lbh-data && printf "[safety]\nnotice_accepted=true\n" >/tmp/lbh-data/settings.ini
    lbh-desktop --data-dir /tmp/lbh-data --background >/tmp/lbh-app.log 2>&1 &
    for _ in $(seq 1 50); do lbh-desktop --data-dir /tmp/lbh-data status 2>/dev/null && break; sleep 0.2; done
    lbh-desktop --data-dir /tmp/lbh-data quit && wait' || status=$?
echo "   exit $status"

echo "== libraries the bundle looks for that the system lacks (optional plugins, ideally)"
# The bootloader puts _internal/ on the library path, so ldd gets it too; each missing
# library is shown once with one bundled file that wants it.
inside sh -c 'cd /opt/lbh-desktop/_internal && find . -name "*.so*" -type f | sort |
    while read -r lib; do
        LD_LIBRARY_PATH=/opt/lbh-desktop/_internal ldd "$lib" 2>/dev/null |
            sed -n "s|^\s*\(\S*\) => not found|\1 ${lib#./}|p"
    done | sort -u -k1,1' | awk '{ printf "   %-28s (wanted by %s)\n", $1, $2 }'

echo "== the menu entry, icon and man page are in place"
inside sh -c 'ls /usr/share/applications/io.github.lbh_desktop.LBHDesktop.desktop \
    /usr/share/metainfo/io.github.lbh_desktop.LBHDesktop.metainfo.xml \
    /usr/share/icons/hicolor/256x256/apps/io.github.lbh_desktop.LBHDesktop.png \
    /usr/share/man/man1/lbh-desktop.1.gz' | sed 's/^/   /'

echo "== apt-get purge lbh-desktop"
inside env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq lbh-desktop > /dev/null
if inside test -e /usr/bin/lbh-desktop || inside test -e /opt/lbh-desktop; then
    echo "test-deb.sh: files left behind after purge" >&2
    status=1
else
    echo "   removed cleanly"
fi
exit "$status"
