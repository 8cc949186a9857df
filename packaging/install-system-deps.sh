#!/usr/bin/env bash
# Installs the Debian libraries Qt needs (xcb, EGL, PulseAudio), Xvfb and xdotool for the
# end-to-end tests, and python3-venv. Uses apt-get when run as root; otherwise prints the command.
set -euo pipefail

packages=(
    python3-venv python3-pip
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxcb-sync1 libxcb-shm0
    libpulse0 libasound2 libxss1
    espeak-ng  # spoken cues where no speech-dispatcher runs; the app works without it
    locales  # de_DE, es_ES and fr_FR for the translated-app tests (generated below)
    fonts-dejavu-core
    xvfb xauth xdotool pulseaudio
    trayer  # an XEmbed system tray on Xvfb, for the with-a-tray window tests
    desktop-file-utils appstream
    dunst  # a real org.freedesktop.Notifications daemon for the notification tests
    at-spi2-core python3-pyatspi  # the screen-reader bus and a real client for the AT-SPI tests
    dpkg-dev fakeroot debootstrap  # building the .deb and installing it into a clean chroot
    flatpak-builder  # parses the Flatpak manifest in the packaging tests
    syncthing  # two loopback instances sync the history folders in the multi-device tests
    # Named though other packages pull them in: the tests call these programs directly.
    dbus-daemon dbus-bin  # private session buses, dbus-monitor
    x11-utils  # xprop and xmessage for the full-screen window test
    pulseaudio-utils groff-base  # parec and pactl for the sound tests; the man page check
)

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

# The translated-app tests run with LANG=de_DE.UTF-8 etc.; Qt has its own locale data, but
# the C library (and espeak-ng, Python) want the locales generated.
generate_locales() {
    [ "$(id -u)" -eq 0 ] && command -v localedef >/dev/null 2>&1 || return 0
    for locale in de_DE es_ES fr_FR; do
        if ! locale -a 2>/dev/null | grep -qi "^${locale}\.utf-\?8$"; then
            localedef -i "$locale" -c -f UTF-8 "$locale.UTF-8" 2>/dev/null || true
        fi
    done
}

if [ ${#missing[@]} -eq 0 ]; then
    generate_locales
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian-like system. Install the equivalents of: ${missing[*]}" >&2
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    generate_locales
else
    echo "Missing system packages. Run:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
