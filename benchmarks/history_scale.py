"""History scale: loading 10 years of sessions from a real data folder.

The history is progress_benchmark.history() (the same 10 years the statistics and Progress
page figures use), written once to month files in a fresh data folder. The load is what
the app does at start-up: Repository.open (checks, migrations, built-ins) and sessions().
Statistics and the Progress page on this history: benchmarks/progress_benchmark.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rows import Row, print_rows
from progress_benchmark import TODAY, history
from tinydb import TinyDB

from lbh_desktop.core.models import SessionRecord
from lbh_desktop.storage import bundled
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage
from lbh_desktop.storage.history_store import SESSIONS_TABLE
from lbh_desktop.storage.repository import Repository
from lbh_desktop.storage.single_file_migration import SINGLE_FILE

LOAD_TARGET_MS = 150.0
REPEATS = 5


def write_database(data_dir: Path, sessions: list[SessionRecord]) -> Path:
    """A real data folder with `sessions`, as the app keeps it: written as an old one-file
    history in one insert (saving one by one, as the app does, would take thousands of
    writes), then opened once, which moves it into month files and writes the month index.
    Returns this computer's folder of files."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with TinyDB(data_dir / SINGLE_FILE, storage=AtomicJSONStorage) as db:
        db.table(SESSIONS_TABLE).insert_multiple(record.to_dict() for record in sessions)
    with Repository.open(data_dir, bundled.load_builtin_routines()) as repository:
        return repository.device_folder


def folder_mb(folder: Path) -> tuple[float, float]:
    """(all files, the largest file) in MB."""
    sizes = [path.stat().st_size for path in folder.iterdir() if path.is_file()]
    return sum(sizes) / 1e6, max(sizes, default=0) / 1e6


def load_ms(data_dir: Path, expected: int) -> tuple[float, float]:
    """Milliseconds for Repository.open and sessions(), as at start-up; and for one more
    sessions() call, as when the Progress page refreshes (records are decoded once, at open)."""
    builtins = bundled.load_builtin_routines()
    start = time.perf_counter()
    repository = Repository.open(data_dir, builtins)
    loaded = repository.sessions()
    elapsed = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    again = repository.sessions()
    again_ms = (time.perf_counter() - start) * 1000
    repository.close()
    if len(loaded) != expected or again != loaded:
        raise RuntimeError(f"loaded {len(loaded)} sessions, wrote {expected}")
    return elapsed, again_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 year, 1 run (smoke test)")
    args = parser.parse_args()
    years = 1 if args.quick else 10
    repeats = 1 if args.quick else REPEATS
    sessions = history(TODAY, years)
    with tempfile.TemporaryDirectory(prefix="lbh-history-") as tmp:
        data_dir = Path(tmp) / "data"
        start = time.perf_counter()
        folder = write_database(data_dir, sessions)
        write_ms = (time.perf_counter() - start) * 1000
        size_mb, _ = folder_mb(folder)
        first, _ = load_ms(data_dir, len(sessions))
        loads, agains = zip(
            *(load_ms(data_dir, len(sessions)) for _ in range(repeats)), strict=True
        )
    print(f"History: {len(sessions)} sessions over {years} years, {size_mb:.1f} MB of month files:")
    misses = print_rows(
        [
            Row("write the files once (set-up: one insert, then moved into months)", write_ms),
            Row("load: Repository.open + sessions(), first", first, LOAD_TARGET_MS),
            Row(
                f"load: Repository.open + sessions(), median of {repeats}",
                statistics.median(loads),
                LOAD_TARGET_MS,
            ),
            Row(f"sessions() again after the load, median of {repeats}", statistics.median(agains)),
        ]
    )
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
