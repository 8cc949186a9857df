#!/usr/bin/env bash
# Lints packaging/flatpak/io.github.lbh_desktop.LBHDesktop.yml.
#
# With flatpak-builder installed it parses the manifest as flatpak-builder does
# (--show-manifest); with flatpak-builder-lint (from the org.flatpak.Builder flatpak or pip)
# it runs Flathub's manifest checks too. Without them it falls back to a YAML sanity check
# and says so. tests/packaging/test_flatpak_manifest.py checks the manifest's content.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="$root/packaging/flatpak/io.github.lbh_desktop.LBHDesktop.yml"
checked=0

if command -v flatpak-builder >/dev/null; then
    echo "== flatpak-builder --show-manifest"
    scratch="$(mktemp -d)"  # flatpak-builder leaves a .flatpak-builder/ state folder behind
    (cd "$scratch" && flatpak-builder --show-manifest "$manifest" >/dev/null)
    rm -rf "$scratch"
    echo "   parsed"
    checked=1
else
    echo "flatpak-builder not installed (apt-get install flatpak-builder): skipping --show-manifest"
fi

if command -v flatpak-builder-lint >/dev/null; then
    echo "== flatpak-builder-lint manifest"
    flatpak-builder-lint manifest "$manifest"
    checked=1
elif command -v flatpak >/dev/null && flatpak info org.flatpak.Builder >/dev/null 2>&1; then
    echo "== flatpak run org.flatpak.Builder//stable --lint (flatpak-builder-lint manifest)"
    flatpak run --command=flatpak-builder-lint org.flatpak.Builder manifest "$manifest"
    checked=1
else
    echo "flatpak-builder-lint not installed (flatpak install flathub org.flatpak.Builder):" \
        "skipping Flathub's manifest lint"
fi

if [ "$checked" = 0 ]; then
    echo "== YAML sanity check only"
    python=python3
    for candidate in "$root/.venv/bin/python" python3; do
        if command -v "$candidate" >/dev/null && "$candidate" -c "import yaml" 2>/dev/null; then
            python="$candidate"
            break
        fi
    done
    "$python" - "$manifest" <<'EOF'
import sys

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is not installed either: pip install pyyaml, or install flatpak-builder")

with open(sys.argv[1], encoding="utf-8") as stream:
    manifest = yaml.safe_load(stream)
for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
    if key not in manifest:
        sys.exit(f"manifest has no {key!r}")
if "--share=network" in manifest["finish-args"]:
    sys.exit("the app makes no network connections: drop --share=network")
print(f"   {manifest['id']}: {len(manifest['modules'])} modules, YAML parses")
EOF
fi
