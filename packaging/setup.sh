#!/usr/bin/env bash
# One-command set-up: `setup.sh app` launches LBH Desktop, `setup.sh test` runs every check.
# Both install system libraries (packaging/install-system-deps.sh) and a .venv first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-}"
shift || true

case "$mode" in
    app|test) ;;
    *) echo "usage: packaging/setup.sh app|test [extra arguments]" >&2; exit 2 ;;
esac

bash packaging/install-system-deps.sh

python="${LBH_PYTHON:-python3}"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
stamp="$venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    if [ "$mode" = test ]; then
        "$venv/bin/python" -m pip install -q -e ".[test]"
    else
        "$venv/bin/python" -m pip install -q -e .
    fi
    touch "$stamp"
fi

if [ "$mode" = app ]; then
    exec "$venv/bin/python" -m lbh_desktop "$@"
fi

export PATH="$venv/bin:$PATH"
echo "== ruff"
ruff check .
ruff format --check .
echo "== mypy"
mypy
# One worker per CPU, at most 4 (the suite is ~40 % waiting on real windows, Xvfb and
# subprocesses); the packaging tests share one build on one worker (xdist_group).
echo "== pytest"; exec python -m pytest -q -n auto --maxprocesses 4 --dist loadgroup "$@"
