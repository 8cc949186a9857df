"""Runs every benchmark and prints one table of figures against the targets of issue 8.

    .venv/bin/python benchmarks/run_all.py            # about 6 minutes
    .venv/bin/python benchmarks/run_all.py --long     # adds the 30-minute timer run and
                                                      # history_sizes.py (1k-50k sessions)
    .venv/bin/python benchmarks/run_all.py --markdown # the table as Markdown, for the README

Each benchmark runs as its own process (its own output is shown as it goes); the summary
table at the end collects their `measure  value  target  result` rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

ROW = re.compile(
    r"^(?P<name>\s*\S.*?)\s{2,}(?P<value>-?\d+(?:\.\d+)?|nan)\s+(?P<target>≤ \S+|–)"
    r"\s+(?P<result>ok|MISS|–)\s*$"
)
HEADER = re.compile(r"^measure\s+(?P<unit>\S+)\s+target\s+result\s*$")


@dataclass(frozen=True)
class Benchmark:
    title: str
    script: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    benchmark: str
    measure: str
    unit: str
    value: str
    target: str
    result: str


def benchmarks(quick: bool, long: bool, display_number: int | None) -> list[Benchmark]:
    display = ("--display-number", str(display_number)) if display_number is not None else ()
    timer = [Benchmark("Timer, 2 min", "timer_accuracy.py")]
    if quick:
        timer = [Benchmark("Timer, 5 s", "timer_accuracy.py", ("--quick",))]
    elif long:
        timer.append(Benchmark("Timer, 30 min", "timer_accuracy.py", ("--long",)))
    sizes = [Benchmark("History sizes", "history_sizes.py")] if long else []
    return [
        Benchmark("Start-up", "startup_benchmark.py", (*display, *(("--quick",) if quick else ()))),
        *timer,
        Benchmark(
            "Background",
            "background_footprint.py",
            ("--seconds", "2", "--settle", "1") if quick else (),
        ),
        Benchmark("History load", "history_scale.py", ("--quick",) if quick else ()),
        Benchmark("History stats/page", "progress_benchmark.py"),
        Benchmark("Progress report by size", "progress_report_size.py"),
        Benchmark(
            "Progress first open",
            "progress_first_open.py",
            (*display, *(("--quick",) if quick else ())),
        ),
        *sizes,
    ]


def parse_rows(title: str, lines: list[str]) -> list[Figure]:
    figures: list[Figure] = []
    unit = ""
    for line in lines:
        header = HEADER.match(line)
        if header:
            unit = header["unit"]
            continue
        row = ROW.match(line)
        if row is None:
            continue
        unit_shown = "" if unit == "value" else unit
        figures.append(
            Figure(
                title, row["name"].strip(), unit_shown, row["value"], row["target"], row["result"]
            )
        )
    return figures


def run(benchmark: Benchmark) -> tuple[list[Figure], str | None]:
    """Runs one script, echoing its output; its rows, and an error text if it failed."""
    print(f"\n== {benchmark.title}: {benchmark.script} {' '.join(benchmark.args)}", flush=True)
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, str(HERE / benchmark.script), *benchmark.args],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    assert child.stdout is not None and child.stderr is not None
    for line in child.stdout:
        print(line, end="", flush=True)
        lines.append(line.rstrip("\n"))
    errors = child.stderr.read()
    code = child.wait()
    figures = parse_rows(benchmark.title, lines)
    print(f"({time.monotonic() - start:.0f} s)")
    # Exit code 1 means "ran, some figure misses its target"; anything else is a failure.
    if code not in (0, 1) or not figures:
        tail = "\n".join(errors.strip().splitlines()[-15:])
        return figures, f"{benchmark.script} failed (exit code {code}, {len(figures)} rows)\n{tail}"
    return figures, None


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    system = platform.platform(terse=True)
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f", PySide6 {PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        qt = ""
    return (
        f"{system}, {cpu}, {os.cpu_count()} logical CPUs{memory}, "
        f"Python {platform.python_version()}{qt}"
    )


def print_summary(figures: list[Figure], markdown: bool) -> None:
    header = ("Benchmark", "Measure", "Value", "Unit", "Target", "Result")
    rows = [(f.benchmark, f.measure, f.value, f.unit, f.target, f.result) for f in figures]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|---|---|---:|---|---:|---|")
        for row in rows:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
        return
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    aligns = ("<", "<", ">", "<", ">", "<")
    for row in [header, *rows]:
        cells = (
            f"{cell:{align}{width}}" for cell, align, width in zip(row, aligns, widths, strict=True)
        )
        print("  ".join(cells).rstrip())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--long", action="store_true", help="also a 30-minute timer run")
    parser.add_argument("--quick", action="store_true", help="tiny runs: checks the suite works")
    parser.add_argument("--markdown", action="store_true", help="summary as a Markdown table")
    parser.add_argument("--display-number", type=int, help="Xvfb display number for start-up")
    args = parser.parse_args()
    started = datetime.now().astimezone()
    load_before = os.getloadavg()[0]  # other work on the machine skews every timing
    figures: list[Figure] = []
    failures: list[str] = []
    for benchmark in benchmarks(args.quick, args.long, args.display_number):
        rows, failure = run(benchmark)
        figures += rows
        if failure:
            failures.append(failure)
    print(
        f"\nLBH Desktop benchmarks, {started:%Y-%m-%d %H:%M %Z}"
        + (" (quick)" if args.quick else "")
    )
    print(f"Machine: {machine()}")
    print(f"Load average (1 min) before and after: {load_before:.2f}, {os.getloadavg()[0]:.2f}\n")
    print_summary(figures, args.markdown)
    misses = sum(f.result == "MISS" for f in figures)
    targets = sum(f.result != "–" for f in figures)
    print(f"\n{targets - misses} of {targets} figures with a target meet it.")
    for failure in failures:
        print(f"\nFAILED: {failure}", file=sys.stderr)
    return 2 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
