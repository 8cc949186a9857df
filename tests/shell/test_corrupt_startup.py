"""Start-up on 11 kinds of damaged old one-file history: the app starts, sets it aside, offers a
backup; and on a damaged file of this computer: set aside, restored from the daily backup."""

from __future__ import annotations

import json
import os
import random
import re
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.run import start
from lbh_desktop.shell.startup_repository import RestoreBackupDialog, open_repository
from lbh_desktop.storage import bundled
from lbh_desktop.storage.backups import backup_folder, backup_name, list_backups
from lbh_desktop.storage.migrations import SCHEMA_VERSION
from lbh_desktop.storage.recovery import SetAside, open_or_set_aside
from lbh_desktop.storage.repository import Repository
from lbh_desktop.storage.single_file_migration import SINGLE_FILE
from tests.storage.layout import month_file, single_file, write_single_file
from tests.storage.unprivileged import IS_ROOT, folder_for_unprivileged, run_unprivileged
from tests.storage.write_loop import new_session

MOVED_NAME = re.compile(r"^lbh-desktop\.json\.corrupt-\d{8}-\d{6}(-\d+)?$")
META = {"1": {"schema_version": SCHEMA_VERSION, "seeded_builtins": {"desk-stretch-break": 1}}}
FIFTY_MB = 50 * 1024 * 1024


def session_document(**changes: object) -> dict[str, object]:
    document = new_session("s-1", 1).to_dict()
    document.update(changes)
    return document


def fifty_mb_cut_off() -> bytes:
    """A very long history whose end is missing, as a full disk or a bad copy leaves it."""
    record = json.dumps(session_document()).encode()
    count = FIFTY_MB // (len(record) + 8) + 1
    body = b",".join(b'"%d":%s' % (i + 1, record) for i in range(count))
    data = b'{"_meta":' + json.dumps(META).encode() + b',"sessions":{' + body
    return data[:FIFTY_MB]


DAMAGED_FILES: dict[str, Callable[[], bytes]] = {
    "empty file": lambda: b"",
    "truncated JSON": lambda: b'{"_meta": {"1": {"schema_version": 1, "seeded_builtins": {}}}, "r',
    "random bytes": lambda: random.Random(8).randbytes(4096),
    "JSON of the wrong shape": lambda: b'{"sessions": [1, 2, 3]}',
    "top level a list": lambda: b"[1, 2, 3]",
    "newer schema version": lambda: json.dumps(
        {"_meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "sessions": {}}
    ).encode(),
    "missing tables": lambda: json.dumps(
        {"_meta": META, "sessions": {"1": session_document()}}
    ).encode(),
    "wrong types inside records": lambda: json.dumps(
        {"_meta": META, "routines": {}, "sessions": {"1": session_document(done_seconds="ten")}}
    ).encode(),
    "50 MB file": fifty_mb_cut_off,
}
PROBLEMS = {
    "empty file": "the file is empty",
    "truncated JSON": "not valid JSON",
    "random bytes": "not UTF-8",
    "JSON of the wrong shape": "table 'sessions' is not a JSON object",
    "top level a list": "JSON list",
    "newer schema version": "newer version of LBH Desktop",
    "missing tables": "routines table is missing",
    "wrong types inside records": "done_seconds has a wrong value",
    "50 MB file": "not valid JSON",
    "no read permission": "not allowed to read it",
    "folder instead of the file": "a folder where the file should be",
}


@dataclass
class Asked:
    answer: bool
    set_asides: list[SetAside] = field(default_factory=list)

    def __call__(self, cls: type, parent: QWidget | None, set_aside: SetAside) -> bool:
        self.set_asides.append(set_aside)
        return self.answer


@pytest.fixture
def make_app(qtbot: QtBot) -> Iterator[Callable[[Path], App]]:
    built: list[App] = []

    def make(data_dir: Path) -> App:
        built.append(build_app(data_dir, FakeClock()))
        return built[-1]

    yield make
    for app in built:
        app.window.deleteLater()
        app.repository.close()


@pytest.fixture(autouse=True)
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: QWidget | None, title: str, text: str, *rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def good_backup(data_dir: Path, day: date = date(2026, 1, 5)) -> set[str]:
    """A backup of the one-file history holding three sessions, as an earlier version made
    each day; returns their ids."""
    sessions = [new_session(f"good-{number}", number) for number in range(3)]
    write_single_file(
        backup_folder(data_dir) / backup_name(day),
        routines=bundled.load_builtin_routines(),
        sessions=sessions,
    )
    return {session.id for session in sessions}


def put_damaged_file(data_dir: Path, kind: str) -> Callable[[Path], bool]:
    """Creates the damage; returns a check that a moved-aside path holds it unchanged."""
    path = single_file(data_dir)
    if kind == "folder instead of the file":
        path.mkdir()
        (path / "inside.txt").write_text("kept", encoding="utf-8")
        return lambda moved: (moved / "inside.txt").read_text(encoding="utf-8") == "kept"
    content = b'{"_meta": {"1": {"schema_version": 1}}}' if kind == "no read permission" else b""
    content = DAMAGED_FILES[kind]() if kind in DAMAGED_FILES else content
    path.write_bytes(content)
    if kind == "no read permission":
        path.chmod(0)
    return lambda moved: moved.read_bytes() == content


@pytest.fixture
def unreadable_even_for_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads a 0000 file anyway: make opening it fail as it would for the user.
    test_no_read_permission_for_a_real_user checks the real thing without root."""
    if not IS_ROOT:
        return
    real_open = Path.open

    def open_refusing_mode_0(self: Path, *args: object, **kwargs: object) -> object:
        is_data_file = self.name == SINGLE_FILE and self.is_file()
        if is_data_file and stat.S_IMODE(self.stat().st_mode) == 0:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_refusing_mode_0)


@pytest.mark.parametrize("kind", PROBLEMS)
def test_the_app_starts_moves_the_damage_aside_says_so_and_restores_the_backup(
    make_app: Callable[[Path], App],
    isolated_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings_shown: list[str],
    unreadable_even_for_root: None,
    kind: str,
) -> None:
    isolated_dirs.mkdir(parents=True)
    backed_up = good_backup(isolated_dirs)
    holds_the_damage = put_damaged_file(isolated_dirs, kind)
    ask = Asked(answer=True)
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(ask))

    started = time.perf_counter()
    app = make_app(isolated_dirs)
    seconds = time.perf_counter() - started

    moved = [p for p in isolated_dirs.iterdir() if p.name.startswith("lbh-desktop.json.")]
    assert len(moved) == 1 and MOVED_NAME.match(moved[0].name), moved
    assert holds_the_damage(moved[0]), "the moved-aside copy is not the original"
    (offer,) = ask.set_asides
    assert offer.moved_to == moved[0] and PROBLEMS[kind] in offer.problem
    assert offer.good_backup is not None and offer.good_backup.sessions == 3
    assert {s.id for s in app.repository.sessions()} == backed_up
    assert not single_file(isolated_dirs).exists()  # the restored backup moved in
    (notice,) = app.notices
    assert str(moved[0]) in notice and PROBLEMS[kind] in notice and "restored" in notice
    assert not QtGui.Qt.mightBeRichText(notice)
    assert start(app, None, lambda parent: True)
    assert warnings_shown == [notice]
    assert seconds < 10, f"start-up took {seconds:.1f} s"


def test_choosing_to_start_empty_keeps_the_backup_and_says_where(
    make_app: Callable[[Path], App], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_dirs.mkdir(parents=True)
    good_backup(isolated_dirs)
    single_file(isolated_dirs).write_bytes(b"{broken")
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(Asked(answer=False)))

    app = make_app(isolated_dirs)

    assert app.repository.sessions() == []
    assert len(app.repository.routines()) == len(bundled.load_builtin_routines())
    (notice,) = app.notices
    assert "empty history" in notice and str(backup_folder(isolated_dirs)) in notice
    assert date(2026, 1, 5) in [b.day for b in list_backups(backup_folder(isolated_dirs))]


def test_without_a_good_backup_nothing_is_asked_and_the_notice_says_so(
    make_app: Callable[[Path], App], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_dirs.mkdir(parents=True)
    folder = backup_folder(isolated_dirs)
    folder.mkdir()
    (folder / "lbh-desktop-2026-01-04.json").write_bytes(b"damaged too")  # not good
    single_file(isolated_dirs).write_bytes(b"")
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(Asked(answer=True)))

    app = make_app(isolated_dirs)

    (notice,) = app.notices
    assert "no backup to restore" in notice
    assert (folder / "lbh-desktop-2026-01-04.json").read_bytes() == b"damaged too"


def test_two_damaged_files_in_the_same_second_are_both_kept(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_dirs.mkdir(parents=True)
    frozen = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    db = single_file(isolated_dirs)
    for content in (b"first", b"second"):
        db.write_bytes(content)
        open_repository(isolated_dirs, [], [], now=lambda: frozen).close()
    kept = {p.read_bytes() for p in isolated_dirs.glob("lbh-desktop.json.corrupt-*")}
    assert kept == {b"first", b"second"}


def recover_unreadable(data_dir: Path) -> tuple[str, bytes, int]:
    data_dir.mkdir()
    path = single_file(data_dir)
    path.write_bytes(b'{"_meta": {}}')
    path.chmod(0)
    opened = open_or_set_aside(data_dir, [], datetime.now(UTC))
    assert isinstance(opened, SetAside)
    opened.moved_to.chmod(0o600)
    return opened.problem, opened.moved_to.read_bytes(), len(list(data_dir.iterdir()))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_no_read_permission_for_a_real_user(tmp_path: Path) -> None:
    with folder_for_unprivileged(tmp_path) as folder:
        problem, content, entries = run_unprivileged(lambda: recover_unreadable(folder / "d"))
    assert problem == "LBH Desktop is not allowed to read it"
    assert content == b'{"_meta": {}}'
    assert entries == 1  # moved aside, no new file yet


def history_in_two_months(data_dir: Path) -> tuple[Path, Path]:
    """Sessions in two months, and today's backup taken by a start after them; returns the
    two months' files."""
    with Repository.open(data_dir, bundled.load_builtin_routines()) as repository:
        repository.save_session(new_session("this month", 0))
        older = new_session("last year", 1)
        older.local_date = "2025-01-15"
        repository.save_session(older)
    open_repository(data_dir, bundled.load_builtin_routines(), []).close()
    this_month = month_file(data_dir, new_session("x", 0).local_date[:7])
    return this_month, month_file(data_dir, "2025-01")


@pytest.mark.parametrize("backed_up", [True, False], ids=["with a backup", "without one"])
def test_a_damaged_file_of_this_computer_is_set_aside_and_restored_from_the_backup(
    make_app: Callable[[Path], App],
    isolated_dirs: Path,
    warnings_shown: list[str],
    backed_up: bool,
) -> None:
    damaged, other = history_in_two_months(isolated_dirs)
    if not backed_up:
        for day in backup_folder(isolated_dirs).iterdir():
            (day / damaged.name).unlink()
    other_before = other.read_bytes()
    damaged.write_bytes(b'{"sessions": {"1": {"id": "this mo')

    app = make_app(isolated_dirs)

    (moved,) = damaged.parent.glob(f"{damaged.name}.corrupt-*")
    assert moved.read_bytes() == b'{"sessions": {"1": {"id": "this mo'
    shown = {session.id for session in app.repository.sessions()}
    assert shown == ({"this month", "last year"} if backed_up else {"last year"})
    assert other.read_bytes() == other_before
    assert str(moved) in app.notices[0] and "not valid JSON" in app.notices[0]
    if backed_up:
        today = formats().day_month_year(date.today())
        assert app.notices[1:] == [f"{damaged.name} was restored from the backup of {today}."]
    else:
        assert len(app.notices) == 1 and not damaged.exists()
    assert not any(QtGui.Qt.mightBeRichText(notice) for notice in app.notices)
    assert start(app, None, lambda parent: True)
    assert warnings_shown == app.notices
