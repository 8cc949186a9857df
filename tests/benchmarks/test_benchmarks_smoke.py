"""The benchmark suite runs end to end in its tiny mode and prints every figure.

Correctness only: timing targets are for benchmarks/run_all.py, never for the test suite.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

EXPECTED = {
    "Start-up": ("bare PySide6 window", "LBH Desktop main window", "ratio app / bare window"),
    "Timer, 5 s": (
        "step changes on screen",
        "3-2-1 and halfway cues",
        "countdown number changes",
        "events not delayed by a block: p99",
        "end-of-routine drift, absolute",
    ),
    "Background": ("resident memory (MB)", "CPU (% of one core)"),
    "History load": ("load: Repository.open + sessions(), first",),
    "History stats/page": ("build_report", "open and draw the page"),
    "Progress first open": ("Ctrl+2 to chart painted, median",),
}


def load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.slow
def test_run_all_quick_prints_every_figure() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run_all.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = result.stdout.split("LBH Desktop benchmarks, ", 1)[1]
    assert "Machine: " in summary
    for benchmark, measures in EXPECTED.items():
        for measure in measures:
            row = rf"^{re.escape(benchmark)}\s+[^\n]*{re.escape(measure)}[^\n]*\s(-?\d+\.\d+)\s"
            assert re.search(row, summary, re.MULTILINE), f"no {benchmark!r} row {measure!r}"


def test_rows_of_every_script_format_are_parsed() -> None:
    run_all = load("run_all")
    output = [
        "Background app (offscreen), 60 s after a 5 s settle:",
        "measure                    value    target  result",
        "resident memory (MB)      86.941      ≤ 70  MISS",
        "CPU (% of one core)        0.000    ≤ 0.05  ok",
        "measure                       ms    target  result",
        "import the page, once      244.3         –  –",
        "(a note that is not a row: 12.0 ≤ 3 ok)",
    ]
    figures = run_all.parse_rows("B", output)
    assert [(f.measure, f.unit, f.value, f.target, f.result) for f in figures] == [
        ("resident memory (MB)", "", "86.941", "≤ 70", "MISS"),
        ("CPU (% of one core)", "", "0.000", "≤ 0.05", "ok"),
        ("import the page, once", "ms", "244.3", "–", "–"),
    ]


def test_percentile_is_nearest_rank() -> None:
    bench_rows = load("bench_rows")
    values = [float(v) for v in range(1, 101)]
    assert bench_rows.percentile(values, 0.5) == 50.0
    assert bench_rows.percentile(values, 0.99) == 99.0
    assert bench_rows.percentile([7.0, 1.0], 0.99) == 7.0


def test_a_block_between_schedule_and_sight_is_blamed() -> None:
    delayed_by_block = load("bench_rows").delayed_by_block
    blocks = [(10.0, 10.2)]
    assert delayed_by_block((10.1, 10.201), blocks)
    assert delayed_by_block((9.999, 10.203), blocks)
    assert not delayed_by_block((10.3, 10.301), blocks)
    assert not delayed_by_block((9.0, 9.001), blocks)


def test_the_heavy_history_is_a_heavy_users_newest_sessions() -> None:
    sizes = load("history_sizes")
    records = sizes.heavy_history(2_700)
    assert len(records) == 2_700
    assert [r.started_utc for r in records] == sorted(r.started_utc for r in records)
    assert len({r.id for r in records}) == 2_700
    days = {r.local_date for r in records}
    assert 340 <= len(days) <= 380  # about a year: ~2,700 sessions a year, as #15 says
    assert max(days) == sizes.TODAY.isoformat()
    kinds = [r.routine_kind.value for r in records]
    assert kinds.count("desk-break") > kinds.count("stretch") > kinds.count("strength") > 0
