"""Two app processes share one history through two real Syncthing instances: nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.syncthing_pair import SyncthingPair, SyncthingSide, syncthing_pair  # noqa: F401

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
DESK_BREAK = "desk-stretch-break"


class Computer:
    """One side: its own app folder (settings, device id, backups) and the synced folder as
    its data folder, chosen as Settings → Data folder would."""

    def __init__(self, side: SyncthingSide, app_dir: Path) -> None:
        self.side = side
        self.app_dir = app_dir
        app_dir.mkdir(parents=True)
        (app_dir / "settings.ini").write_text(
            f"[safety]\nnotice_accepted=true\n[data]\nhistory_folder={side.folder}\n"
        )

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "tests.e2e.sync_app_driver", str(self.app_dir), *args],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        return result.stdout

    def view(self) -> dict[str, Any]:
        return json.loads(self.run("dump").strip().splitlines()[-1])  # type: ignore[no-any-return]

    def device_files(self) -> list[str]:
        return sorted(p.name for p in self.side.folder.glob("devices/*/*"))


@pytest.fixture
def computers(syncthing_pair: SyncthingPair, tmp_path: Path) -> tuple[Computer, Computer]:  # noqa: F811
    return Computer(syncthing_pair.a, tmp_path / "work-computer"), Computer(
        syncthing_pair.b, tmp_path / "home-computer"
    )


def test_sessions_and_edits_from_two_computers_merge_and_nothing_is_lost(
    syncthing_pair: SyncthingPair,  # noqa: F811
    computers: tuple[Computer, Computer],
) -> None:
    work, home = computers
    work.run("play")
    syncthing_pair.wait_in_sync()
    home.run("play")
    syncthing_pair.wait_in_sync()
    both = work.view()
    assert len(both["sessions"]) == 2 and both["statuses"] == ["completed"]
    assert home.view()["sessions"] == both["sessions"]

    # Apart (no network), each computer plays, adds a routine and renames the same one.
    syncthing_pair.pause()
    work.run("play")
    home.run("play")
    work.run("add", "work-only", "Lunch stretch")
    home.run("add", "home-only", "Evening strength")
    work.run("rename", DESK_BREAK, "Desk break (work)")
    home.run("rename", DESK_BREAK, "Desk break (home)")  # the later edit of the same routine
    for computer in computers:
        computer.side.rescan()
    syncthing_pair.resume()
    syncthing_pair.wait_in_sync()

    seen_at_work, seen_at_home = work.view(), home.view()
    assert seen_at_work["sessions"] == seen_at_home["sessions"]
    assert len(seen_at_work["sessions"]) == 4  # two before, one on each side while apart
    assert seen_at_work["routines"] == seen_at_home["routines"]
    routines = seen_at_work["routines"]
    assert routines["work-only"] == "Lunch stretch" and routines["home-only"] == "Evening strength"
    assert routines[DESK_BREAK] == "Desk break (home)"  # newest edit wins, whole
    assert len(seen_at_work["devices"]) == 2
    assert not any(".sync-conflict-" in name for name in work.device_files())


def test_a_conflict_copy_the_sync_tool_makes_is_merged_and_tidied(
    syncthing_pair: SyncthingPair,  # noqa: F811
    computers: tuple[Computer, Computer],
) -> None:
    work, home = computers
    work.run("play")
    syncthing_pair.wait_in_sync()
    (month_file,) = work.side.folder.glob("devices/*/sessions-*.json")
    relative = month_file.relative_to(work.side.folder)

    # Apart, work plays again while home's copy of work's month file gains another session
    # (as when a restored backup of work's folder ran somewhere): the same file, two versions.
    syncthing_pair.pause()
    work.run("play")
    other = home.side.folder / relative
    data = json.loads(other.read_text(encoding="utf-8"))
    extra = dict(next(iter(data["sessions"].values())), id="from-a-restored-copy")
    data["sessions"]["99"] = extra
    other.write_text(json.dumps(data), encoding="utf-8")
    for computer in computers:
        computer.side.rescan()
    syncthing_pair.resume()
    syncthing_pair.wait_in_sync()
    copies = [n for n in work.device_files() if ".sync-conflict-" in n]
    assert len(copies) == 1, work.device_files()

    seen_at_home = home.view()  # reads the copy without touching work's files
    assert len(seen_at_home["sessions"]) == 3 and "from-a-restored-copy" in seen_at_home["sessions"]
    seen_at_work = work.view()  # work merges the copy into its own file and removes it
    assert seen_at_work["sessions"] == seen_at_home["sessions"]
    syncthing_pair.wait_in_sync()
    assert not any(".sync-conflict-" in n for n in home.device_files() + work.device_files())
    assert home.view()["sessions"] == seen_at_work["sessions"]
