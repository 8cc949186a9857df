#!/usr/bin/env bash
# Removes what packaging/linux/install.sh added under $XDG_DATA_HOME (default
# ~/.local/share): the desktop entry, the AppStream metadata and the icons. The app itself
# (the bundle folder or the pip-installed command) and your data folder are left alone.
set -euo pipefail

app_id="io.github.lbh_desktop.LBHDesktop"
sizes=(16 24 32 48 64 128 256 512)
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"

files=(
    "$data_home/applications/$app_id.desktop"
    "$data_home/metainfo/$app_id.metainfo.xml"
)
for size in "${sizes[@]}"; do
    files+=("$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
files+=("$data_home/icons/hicolor/scalable/apps/$app_id.svg")

removed=0
for file in "${files[@]}"; do
    if [ -e "$file" ] || [ -L "$file" ]; then
        rm -f "$file"
        removed=$((removed + 1))
    fi
done

if [ -d "$data_home/icons/hicolor" ]; then
    touch "$data_home/icons/hicolor"  # icon caches reload
fi
echo "Removed $removed LBH Desktop file(s) from $data_home (your history is kept)."
