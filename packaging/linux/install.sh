#!/usr/bin/env bash
# Adds LBH Desktop to your desktop's application menu, for your user only.
#
#   packaging/linux/install.sh [BUNDLE]
#
# BUNDLE is the PyInstaller app folder (dist/lbh-desktop) or its executable. Without it, the
# `lbh-desktop` command on your PATH is used (e.g. from `pip install --user`). It installs
# the desktop entry, the AppStream metadata and the icons under $XDG_DATA_HOME (default
# ~/.local/share): applications/, metainfo/ and icons/hicolor/<size>/apps/.
# packaging/linux/uninstall.sh removes them again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$(cd "$here/../icons" && pwd)"
# The desktop entry and metainfo live with the app's resources, so the wheel ships them too
# (`lbh-desktop --install-desktop-entry` does this script's job from an installed wheel).
desktop_files="$(cd "$here/../../resources/linux" && pwd)"
app_id="io.github.lbh_desktop.LBHDesktop"
sizes=(16 24 32 48 64 128 256 512)
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"

if [ $# -gt 1 ]; then
    echo "usage: $0 [BUNDLE_FOLDER | EXECUTABLE]" >&2
    exit 2
fi
if [ $# -eq 1 ]; then
    target="$1"
    if [ -d "$target" ]; then
        target="$target/lbh-desktop"
    fi
    if [ ! -f "$target" ] || [ ! -x "$target" ]; then
        echo "install.sh: no lbh-desktop executable at $target (build one with packaging/build-bundle.sh)" >&2
        exit 1
    fi
    executable="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
else
    if ! executable="$(command -v lbh-desktop)"; then
        echo "install.sh: lbh-desktop is not on your PATH; pass the bundle folder, e.g." >&2
        echo "  $0 dist/lbh-desktop" >&2
        exit 1
    fi
    case "$executable" in
        /*) ;;
        *) executable="$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")" ;;
    esac
fi

# Desktop Entry spec: Exec's program is quoted, with \ " ` $ escaped inside the quotes, and
# % doubled; then every value, TryExec's too, escapes \ once more as a string.
quoted="${executable//\\/\\\\}"
quoted="${quoted//\"/\\\"}"
quoted="${quoted//\`/\\\`}"
quoted="${quoted//\$/\\\$}"
quoted="\"${quoted//%/%%}\""
exec_value="${quoted//\\/\\\\}"
try_exec_value="${executable//\\/\\\\}"

install -d "$data_home/applications" "$data_home/metainfo"
desktop="$data_home/applications/$app_id.desktop"
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
        TryExec=*) printf 'TryExec=%s\n' "$try_exec_value" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$desktop_files/$app_id.desktop" > "$desktop.tmp"
chmod 644 "$desktop.tmp"
mv -f "$desktop.tmp" "$desktop"
install -m 644 "$desktop_files/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"
for size in "${sizes[@]}"; do
    install -D -m 644 "$icons/lbh-desktop-$size.png" \
        "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 "$here/../../resources/icons/lbh-desktop.svg" \
    "$data_home/icons/hicolor/scalable/apps/$app_id.svg"

# Menus watch applications/ themselves; a newer hicolor folder tells icon caches to reload.
# (The entry has no MimeType, so update-desktop-database has nothing to do.)
touch "$data_home/icons/hicolor"

echo "Installed LBH Desktop for $(id -un): $desktop"
echo "  runs:  $executable"
echo "  icons: $data_home/icons/hicolor/<size>/apps/$app_id.png (${sizes[0]} to ${sizes[-1]} px, and scalable SVG)"
