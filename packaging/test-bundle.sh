#!/usr/bin/env bash
# Checks the PyInstaller bundle: builds it when it is missing or older than the sources,
# runs `--self-test` on it, and prints its size, the self-test time and the start-up time.
# Start-up to the first window is measured under Xvfb when Xvfb and xdotool are installed
# (otherwise the `--version` start-up time is printed instead). Median of 5 runs each.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bundle="$root/dist/lbh-desktop"
exe="$bundle/lbh-desktop"
runs=5

if [ ! -x "$exe" ] || [ -n "$(find lbh_desktop resources packaging/pyinstaller -newer "$exe" \
        -type f ! -path '*/__pycache__/*' -print -quit)" ]; then
    bash packaging/build-bundle.sh
fi

now() { date +%s.%N; }
since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.3f\n", end - start }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

scratch="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

echo "== translations"
for language in de es fr; do
    for file in "lbh_desktop_$language.qm" "qtbase_$language.qm"; do
        if [ -z "$(find "$bundle" -name "$file" -print -quit)" ]; then
            echo "FAILED: the bundle has no $file" >&2
            exit 1
        fi
    done
done
# The German self-test reads the German catalogue (a broken .qm or catalogue text fails it).
if ! (cd "$scratch" && env -u PYTHONPATH -u LBH_DATA_DIR LC_ALL= LANGUAGE= LANG=de_DE.UTF-8 \
        "$exe" --self-test >/dev/null 2>"$scratch/stderr"); then
    cat "$scratch/stderr" >&2
    echo "FAILED: the bundle's self-test failed in German" >&2
    exit 1
fi
echo "de, es, fr: app and Qt translations present; German self-test passed"

echo "== self-test ($runs runs)"
times=()
for i in $(seq "$runs"); do
    start="$(now)"
    # Run from an unrelated folder with a clean environment, as a user's launcher would.
    if ! line="$(cd "$scratch" && env -u PYTHONPATH -u LBH_DATA_DIR "$exe" --self-test 2>"$scratch/stderr")"; then
        echo "$line"
        cat "$scratch/stderr" >&2
        echo "FAILED: the bundle's self-test failed" >&2
        exit 1
    fi
    times+=("$(since "$start")")
    [ "$i" -eq 1 ] && echo "$line"
done
self_test="$(printf '%s\n' "${times[@]}" | median)"

startup_kind="first window under Xvfb"
startups=()
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    exec {fd}<> <(:)
    Xvfb -displayfd "$fd" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    read -r -t 20 number <&"$fd"
    export DISPLAY=":$number"
    for i in $(seq "$runs"); do
        data="$scratch/data-$i"
        start="$(now)"
        QT_QPA_PLATFORM=xcb "$exe" --data-dir "$data" >/dev/null 2>&1 &
        app_pid=$!
        # The first start shows the safety notice: the first window a user sees.
        timeout 60 xdotool search --sync --onlyvisible --pid "$app_pid" --name "." >/dev/null
        startups+=("$(since "$start")")
        kill "$app_pid"
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    done
else
    startup_kind="--version (no Xvfb/xdotool for a window)"
    for i in $(seq "$runs"); do
        start="$(now)"
        "$exe" --version >/dev/null
        startups+=("$(since "$start")")
    done
fi
startup="$(printf '%s\n' "${startups[@]}" | median)"

echo "== bundle:     $bundle"
echo "   size:       $(du -sh "$bundle" | cut -f1)"
echo "   self-test:  ${self_test} s (median of $runs, wall time of the whole process)"
echo "   start-up:   ${startup} s to $startup_kind (median of $runs)"
