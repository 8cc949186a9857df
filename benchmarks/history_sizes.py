"""History at any size (issue #15): start-up, saving a session, Progress and memory at 1k–50k.

A heavy user (8 desk breaks a workday, daily stretching, strength 3 times a week, a warm-up
now and then) logs about 2,700 sessions a year. For each size the history is written once to
a real data folder, then measured as the app runs it:

- start-up: a new app process to its main window's first paint (startup_benchmark's child);
- save: `Repository.save_session` of one more session, the call the player makes on the UI
  thread when a session ends (median of 5, each a new session);
- Progress: Ctrl+2 one second after the first paint to the Weeks chart's first paint
  (progress_first_open's child); with years of history that paint shows the months read
  by then, and the page redraws once idle time has read the rest;
- whole history: reading every month and building the report from all of it, the work
  idle time does before Progress shows the whole history (in this process);
- memory: the resident memory of the app waiting in the background (`--background`), read
  once it answers `lbh-desktop status`.

Run it as a user's desktop runs: `dbus-run-session -- python benchmarks/history_sizes.py`
(it starts its own Xvfb when Xvfb is installed). `--sizes 1000 5000` for a shorter run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, print_rows, xvfb_display
from history_scale import folder_mb, write_database
from progress_benchmark import TODAY, front_plank
from progress_first_open import open_ms
from startup_benchmark import APP_CHILD, time_to_first_paint

from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus
from lbh_desktop.core.progress import Goals, build_report
from lbh_desktop.storage import bundled
from lbh_desktop.storage.repository import Repository

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 10_000, 25_000, 50_000)
APP_RUNS = 3
SAVES = 5
SAVE_TARGET_MS = 20.0
GROWTH_TARGET = 1.5
SETTINGS = "[safety]\nnotice_accepted=true\n"
SEED = 15


def heavy_history(count: int, today: date = TODAY, seed: int = SEED) -> list[SessionRecord]:
    """The newest `count` sessions of a heavy user, day by day back from `today`."""
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    day = today
    while len(records) < count:
        plan: list[tuple[RoutineKind, float, int]] = [(RoutineKind.STRETCH, 10, 7)]
        if day.weekday() in (0, 2, 4):
            plan.append((RoutineKind.STRENGTH, 20, 18))
        if day.weekday() < 5:
            plan += [(RoutineKind.DESK_BREAK, 5, hour) for hour in range(9, 17)]
        if rng.random() < 0.2:
            plan.append((RoutineKind.WARMUP, 5, 17))
        for kind, minutes, hour in plan:
            records.append(session(len(records), day, kind, minutes, hour, rng))
        day -= timedelta(days=1)
    return sorted(records[:count], key=lambda record: record.started_utc)


def session(
    number: int, day: date, kind: RoutineKind, minutes: float, hour: int, rng: random.Random
) -> SessionRecord:
    begin = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
    steps = []
    if kind is RoutineKind.STRENGTH:
        hold = rng.uniform(20, 45)
        steps = [front_plank(hold, done_seconds=hold * 2)]
    return SessionRecord(
        id=f"heavy-{number:06d}",
        routine_id=kind.value,
        routine_name=kind.value.capitalize(),
        routine_kind=kind,
        started_utc=begin.strftime("%Y-%m-%dT%H:%M:%SZ"),
        local_date=day.isoformat(),
        utc_offset_minutes=0,
        status=SessionStatus.COMPLETED,
        finished_utc=(begin + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        planned_seconds=minutes * 60,
        done_seconds=minutes * 60,
        steps=steps,
        pain=rng.randrange(0, 4) if rng.random() < 0.2 else None,
    )


def save_ms(data: Path, count: int) -> float:
    """Median milliseconds of one save_session, the UI thread's call when a session ends."""
    repository = Repository.open(data, bundled.load_builtin_routines())
    times = []
    try:
        for extra in range(SAVES):
            record = session(count + extra, TODAY, RoutineKind.DESK_BREAK, 5, 12, random.Random())
            start = time.perf_counter()
            repository.save_session(record)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        repository.close()
    return statistics.median(times)


def whole_history_ms(data: Path) -> float:
    """Milliseconds to read every month and build the Progress report from all of it: what
    idle time does after start-up (in 20 ms batches) before Progress shows the whole
    history. In this process, no display."""
    repository = Repository.open(data, bundled.load_builtin_routines())
    try:
        start = time.perf_counter()
        build_report(repository.shared_sessions(), Goals(), repository.skip_days(), TODAY)
        return (time.perf_counter() - start) * 1000
    finally:
        repository.close()


def background_rss_mb(data: Path, env: dict[str, str]) -> float:
    """Resident memory of `lbh-desktop --background` once it answers `status`."""
    command = [sys.executable, "-m", "lbh_desktop", "--data-dir", str(data)]
    app = subprocess.Popen([*command, "--background"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            asked = subprocess.run([*command, "status"], env=env, cwd=ROOT, capture_output=True)
            if asked.returncode == 0:
                time.sleep(2)  # settled: the reminders' first check and the GC have run
                status = Path(f"/proc/{app.pid}/status").read_text()
                line = next(item for item in status.splitlines() if item.startswith("VmRSS:"))
                return int(line.split()[1]) / 1024
            time.sleep(0.2)
        raise RuntimeError("the background app never answered `lbh-desktop status`")
    finally:
        app.kill()
        app.wait()


def measure(count: int, tmp: Path, env: dict[str, str]) -> dict[str, float]:
    data = tmp / f"data-{count}"
    data.mkdir(mode=0o700)
    folder = write_database(data, heavy_history(count))
    (data / "settings.ini").write_text(SETTINGS)
    args = ["--data-dir", str(data)]
    time_to_first_paint(APP_CHILD, args, env)  # unmeasured: warms the disk cache
    startup = statistics.median(time_to_first_paint(APP_CHILD, args, env) for _ in range(APP_RUNS))
    progress = statistics.median(open_ms(args, env) for _ in range(APP_RUNS))
    return {
        "file_mb": folder_mb(folder)[0],
        "largest_mb": folder_mb(folder)[1],
        "startup": startup,
        "save": save_ms(data, count),
        "whole": whole_history_ms(data),
        "progress": progress,
        "rss": background_rss_mb(data, env),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory(prefix="lbh-sizes-", ignore_cleanup_errors=True) as name:
        tmp = Path(name)
        runtime = tmp / "run"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PYTHONPATH=str(ROOT))
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        for variable in ("LBH_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(variable, None)
        with xvfb_display() as display:
            if display is None:
                env["QT_QPA_PLATFORM"] = "offscreen"
            else:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            figures = {count: measure(count, tmp, env) for count in sizes}
    bus = "a session bus" if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else "no session bus"
    where = f"Xvfb {display}, {bus}" if display else f"offscreen, {bus}"
    print(f"History sizes, month files, {where} (medians of {APP_RUNS} app runs):")
    print(
        "| sessions | files MB | largest file MB | start-up ms | save ms | Progress open ms "
        "| whole history read + report ms | background MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count, row in figures.items():
        print(
            f"| {count:,} | {row['file_mb']:.1f} | {row['largest_mb']:.2f} | {row['startup']:.0f} "
            f"| {row['save']:.1f} | {row['progress']:.0f} | {row['whole']:.0f} | {row['rss']:.1f} |"
        )
    smallest, largest = figures[sizes[0]], figures[sizes[-1]]
    label = f"{sizes[-1]:,} / {sizes[0]:,}"
    misses = print_rows(
        [
            Row(f"save at {sizes[-1]:,} sessions (ms)", largest["save"], SAVE_TARGET_MS),
            Row(
                f"start-up {label} (ratio)",
                largest["startup"] / smallest["startup"],
                GROWTH_TARGET,
            ),
            Row(
                f"Progress open {label} (ratio)",
                largest["progress"] / smallest["progress"],
                GROWTH_TARGET,
            ),
        ],
        unit="ms/ratio",
    )
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
