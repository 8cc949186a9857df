"""No network: the real app plays a routine in a subprocess and opens no socket but local ones."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.stored_history import stored_sessions

pytestmark = pytest.mark.skipif(not Path("/proc/self/net/unix").exists(), reason="needs /proc")

REPO = Path(__file__).resolve().parents[1]

# Runs inside the app's process: an audit hook sees every socket Python code makes, and a
# look at /proc/self/fd every 100 ms sees the sockets Qt's C++ code makes as well.
DRIVER = r"""
import json, os, sys

log_path, data_dir = sys.argv[1], sys.argv[2]
report = {"python_sockets": [], "calls": [], "fd_sockets": {}, "finished": False}

def audit(event, args):
    if event == "socket.__new__":
        report["python_sockets"].append(int(args[1]))
    elif event.startswith("socket.") and event != "socket.__new__":
        report["calls"].append([event, repr(args)[:200]])

sys.addaudithook(audit)

def inodes(table, column):
    try:
        with open(f"/proc/self/net/{table}", encoding="ascii") as f:
            next(f)
            return {line.split()[column] for line in f if len(line.split()) > column}
    except OSError:
        return set()

def sample_sockets():
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6"):
        inet |= inodes(table, 9)
    unix = inodes("unix", 6)
    netlink = inodes("netlink", 9)
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if not target.startswith("socket:["):
            continue
        inode = target[len("socket:["):-1]
        kind = ("inet" if inode in inet else "unix" if inode in unix
                else "netlink" if inode in netlink else "other")
        report["fd_sockets"][inode] = kind

import lbh_desktop.shell.run as app_module
from PySide6.QtCore import QTimer

real_start = app_module.start

def start(app, routine_name, ask_safety):
    started = real_start(app, routine_name, ask_safety)
    view = app.window.player
    view.primary_button.click()  # Start

    def drive():
        sample_sockets()
        player = app.player.player
        if player is not None and player.state.value == "finished":
            report["finished"] = True
            app.quit()
            return
        if view.done_button.isEnabled() and player.snapshot().elapsed >= 2:
            view.done_button.click()  # a set of reps, done as a user would
        QTimer.singleShot(100, drive)

    QTimer.singleShot(100, drive)
    return started

app_module.start = start
try:
    report["exit_code"] = app_module.run(
        ["--data-dir", data_dir, "--routine", "Desk stretch break", "--clock-speed", "50"]
    )
finally:
    sample_sockets()
    with open(log_path, "w", encoding="utf-8") as f:
        json.dump(report, f)
"""


def test_a_full_session_opens_only_local_sockets(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.ini").write_text("[safety]\nnotice_accepted=true\n", encoding="utf-8")
    log_path = tmp_path / "sockets.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(log_path), str(data_dir)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert log_path.exists(), result.stderr[-3000:]
    report = json.loads(log_path.read_text(encoding="utf-8"))
    assert report["finished"] and report["exit_code"] == 0, result.stderr[-3000:]

    sessions = stored_sessions(data_dir)
    assert [s["status"] for s in sessions] == ["completed"]  # a full session ran

    families = {socket.AddressFamily(f).name for f in report["python_sockets"] if f >= 0}
    assert families <= {"AF_UNIX"}, report
    network_calls = [c for c in report["calls"] if "AF_UNIX" not in c[1]]
    assert all(
        not call[0].startswith(("socket.getaddrinfo", "socket.gethost")) for call in network_calls
    ), report["calls"]
    kinds = set(report["fd_sockets"].values())
    assert "unix" in kinds, "the single-instance socket should have been seen"
    assert kinds <= {"unix"}, report["fd_sockets"]
