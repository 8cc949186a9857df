#!/usr/bin/env bash
# Builds the one-folder PyInstaller app: dist/lbh-desktop/lbh-desktop (Linux).
# Uses the project's .venv (made by packaging/setup.sh, or here if missing) and installs
# PyInstaller into it (the `bundle` extra) when it is not there yet. Takes ~20 s.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python="${LBH_PYTHON:-python3}"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
    bash packaging/install-system-deps.sh
    "$python" -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import lbh_desktop, PySide6, tinydb" >/dev/null 2>&1; then
    "$venv/bin/python" -m pip install -q -e .
fi
if ! "$venv/bin/python" -c "import PyInstaller" >/dev/null 2>&1; then
    echo "== installing PyInstaller into $venv"
    "$venv/bin/python" -m pip install -q "pyinstaller>=6"
fi

echo "== building dist/lbh-desktop with PyInstaller $("$venv/bin/python" -m PyInstaller --version)"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    packaging/pyinstaller/lbh-desktop.spec

bundle="$root/dist/lbh-desktop"
echo "== built $bundle/lbh-desktop ($(du -sh "$bundle" | cut -f1))"
