"""Resident memory and CPU of the app waiting in the background for the next break."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RSS_TARGET_MB = 70.0
CPU_TARGET_PERCENT = 0.05
SETTLE_SECONDS = 5.0
SETTINGS = (
    "[safety]\nnotice_accepted=true\n"
    # Working hours all week, all day, so the schedule (and its idle checks) runs whenever
    # the benchmark does, as it does during a working day.
    "[breaks]\nworking_days=0,1,2,3,4,5,6\nworking_start=00:00\nworking_end=23:59\n"
)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


HEAVY_LIBRARIES = {
    "numpy": "numpy/_core/_multiarray_umath",
    "QtMultimedia": "libQt6Multimedia.so",
    "QtTextToSpeech": "libQt6TextToSpeech.so",
    "QtOpenGL (pyqtgraph)": "libQt6OpenGL.so",
    "QtNetwork": "libQt6Network.so",  # the single-instance channel is a plain Unix socket
    "QtSvg": "libQt6Svg.so",  # the window and tray icons are PNGs
    "OpenSSL": "libcrypto.so",  # hashlib, hmac, secrets
}
"""What the background app must not load, and a file that shows it did (from /proc/PID/maps;
pyqtgraph itself is pure Python, but it loads QtOpenGL)."""


def loaded_heavy_libraries(pid: int) -> list[str]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return [name for name, marker in HEAVY_LIBRARIES.items() if marker in maps]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to measure")
    parser.add_argument(
        "--settle", type=float, default=SETTLE_SECONDS, help="seconds before measuring"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.ini").write_text(SETTINGS)
        runtime = Path(tmp) / "run"
        runtime.mkdir(mode=0o700)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        process = subprocess.Popen(
            [sys.executable, "-m", "lbh_desktop", "--data-dir", str(data), "--background"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(args.settle)
            if process.poll() is not None:
                print(f"the app exited early with code {process.returncode}")
                return 2
            cpu_start, wall_start = cpu_seconds(process.pid), time.monotonic()
            peak = rss_mb(process.pid)
            while time.monotonic() - wall_start < args.seconds:
                time.sleep(1.0)
                peak = max(peak, rss_mb(process.pid))
            cpu = cpu_seconds(process.pid) - cpu_start
            elapsed = time.monotonic() - wall_start
            heavy = loaded_heavy_libraries(process.pid)
            modules = (
                f"loaded: {', '.join(heavy)}"
                if heavy
                else "none of " + ", ".join(HEAVY_LIBRARIES) + " loaded"
            )
        finally:
            process.terminate()
            process.wait(timeout=20)
    cpu_percent = 100 * cpu / elapsed
    platform = env["QT_QPA_PLATFORM"]
    print(f"Background app ({platform}), {elapsed:.0f} s after a {args.settle:.0f} s settle:")
    print(f"{'measure':<22}{'value':>10}{'target':>10}  result")
    rows = (
        ("resident memory (MB)", peak, RSS_TARGET_MB),
        ("CPU (% of one core)", cpu_percent, CPU_TARGET_PERCENT),
    )
    misses = 0
    for name, value, target in rows:
        ok = value <= target
        misses += not ok
        print(f"{name:<22}{value:>10.3f}{f'≤ {target:g}':>10}  {'ok' if ok else 'MISS'}")
    print(f"({modules}; CPU time {cpu:.3f} s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
