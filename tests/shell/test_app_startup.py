"""Start-up: first-run safety notice, --routine, damaged or too-new data, built-ins, geometry."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import lbh_desktop.shell.startup_repository as startup_module
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import FRAME_ALLOWANCE, build_app
from lbh_desktop.shell.run import start
from lbh_desktop.shell.startup_repository import StartupError, open_repository
from lbh_desktop.storage.device_folder import DEVICE_FILE, LIBRARY_FILE
from lbh_desktop.storage.migrations import SCHEMA_VERSION
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.player.player_controller import ConfirmStop
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog
from tests.storage.layout import device_folder, folder_bytes, single_file

BUILTIN_NAMES = [
    "Desk stretch break",
    "Daily lower back & hip stretch",
    "Lower back & hip strength",
    "Beginner strength",
    "Warm-up",
    "Flare-up: gentle movement",
]
CORRUPT_NAME = re.compile(r"^lbh-desktop\.json\.corrupt-\d{8}-\d{6}$")


@dataclass
class MessageBoxes:
    """What the app tried to show with QMessageBox's static functions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def of(self, kind: str) -> list[tuple[str, str]]:
        return [(title, text) for k, title, text in self.shown if k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Records message boxes instead of showing them; no modal dialog can block a test."""
    boxes = MessageBoxes()

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(parent: QWidget | None, title: str, text: str, *rest: object) -> object:
            boxes.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))

    def unexpected(cls: type, parent: object) -> bool:
        raise AssertionError(f"unexpected dialog {cls.__name__}")

    monkeypatch.setattr(ConfirmStop, "ask", classmethod(unexpected))
    monkeypatch.setattr(SafetyNoticeDialog, "ask", classmethod(unexpected))
    return boxes


@pytest.fixture
def make_app(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], App]]:
    """build_app on a FakeClock; every app built is closed at the end of the test. Opening a
    routine doesn't load the audio and speech stacks (their machine-dependent warnings are
    covered by their own tests)."""
    built: list[App] = []

    def make(data_dir: Path) -> App:
        app = build_app(data_dir, FakeClock())
        monkeypatch.setattr(app.sound, "load", lambda: None)
        if app.speech is not None:
            monkeypatch.setattr(app.speech, "load", lambda: None)
        built.append(app)
        return app

    yield make
    for app in built:
        close(app)


def close(app: App) -> None:
    if app.window.isVisible():
        app.window.close()
    app.window.deleteLater()
    app.repository.close()


@dataclass
class FakeAsk:
    answer: bool
    parents: list[QWidget | None] = field(default_factory=list)

    def __call__(self, parent: QWidget | None) -> bool:
        self.parents.append(parent)
        return self.answer


# First-run safety notice


def test_first_run_asks_the_safety_notice_once_and_remembers_the_answer(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    app = make_app(isolated_dirs)
    ask = FakeAsk(answer=True)
    assert start(app, None, ask) is True
    assert ask.parents == [app.window]
    assert Preferences(isolated_dirs / "settings.ini").safety_notice_accepted is True

    assert start(app, None, ask) is True  # same session, e.g. started again
    assert len(ask.parents) == 1

    close(app)
    again = make_app(isolated_dirs)
    ask_again = FakeAsk(answer=True)
    assert start(again, None, ask_again) is True
    assert ask_again.parents == []


def test_declining_the_safety_notice_stops_start_up_and_stores_nothing(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    app = make_app(isolated_dirs)
    decline = FakeAsk(answer=False)
    assert start(app, "Desk stretch break", decline) is False
    assert len(decline.parents) == 1
    assert app.preferences.safety_notice_accepted is False
    assert Preferences(isolated_dirs / "settings.ini").safety_notice_accepted is False
    assert app.window.pages.currentWidget() is app.window.library  # --routine not followed
    assert app.player.player is None

    close(app)
    again = make_app(isolated_dirs)
    ask_again = FakeAsk(answer=True)
    assert start(again, None, ask_again) is True
    assert len(ask_again.parents) == 1  # asked again, because it was never accepted


# --routine


@pytest.mark.parametrize(
    "name",
    ["Desk stretch break", "DESK STRETCH BREAK", "  desk Stretch break ", "desk-stretch-break"],
)
def test_routine_option_opens_the_player_on_that_routine(
    make_app: Callable[[Path], App], isolated_dirs: Path, message_boxes: MessageBoxes, name: str
) -> None:
    app = make_app(isolated_dirs)
    assert start(app, name, FakeAsk(answer=True)) is True
    assert app.window.pages.currentWidget() is app.window.player
    assert app.window.player.routine_label.text() == "Desk stretch break"
    assert app.player.player is not None
    assert not app.player.active  # opened, waiting for Start
    assert message_boxes.shown == []


def test_unknown_routine_warns_with_the_real_names_and_stays_in_the_library(
    make_app: Callable[[Path], App],
    isolated_dirs: Path,
    message_boxes: MessageBoxes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = make_app(isolated_dirs)
    assert start(app, "Pilates for cats", FakeAsk(answer=True)) is True
    ((title, text),) = message_boxes.of("warning")
    assert title == "Routine not found"
    assert "Pilates for cats" in text
    for name in BUILTIN_NAMES:
        assert name in text
    assert app.window.pages.currentWidget() is app.window.library
    assert app.player.player is None
    assert "Pilates for cats" in capsys.readouterr().err


# A damaged one-file history of an earlier version


def random_bytes() -> bytes:
    return random.Random(20260101).randbytes(512)


CORRUPT_FILES = {
    "empty": b"",
    "whitespace": b"  \n\t ",
    "truncated JSON": b'{"_meta": {"1": {"schema_version": 1, "seeded_builtins": {}}}, "rout',
    "random bytes": random_bytes(),
    "top-level list": b"[1, 2, 3]",
    "invalid routine record": (
        b'{"_meta": {"1": {"schema_version": 1, "seeded_builtins": {}}},'
        b' "routines": {"1": {"id": "x", "name": 5}}}'
    ),
}


def moved_aside(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("lbh-desktop.json.corrupt-*"))


@pytest.mark.parametrize("content", CORRUPT_FILES.values(), ids=CORRUPT_FILES.keys())
def test_a_damaged_database_is_moved_aside_unchanged_and_reported(
    make_app: Callable[[Path], App],
    isolated_dirs: Path,
    message_boxes: MessageBoxes,
    content: bytes,
) -> None:
    isolated_dirs.mkdir(parents=True)
    single_file(isolated_dirs).write_bytes(content)

    app = make_app(isolated_dirs)

    (moved,) = moved_aside(isolated_dirs)
    assert CORRUPT_NAME.match(moved.name), moved.name
    assert moved.read_bytes() == content
    assert [r.name for r in app.repository.routines()] == BUILTIN_NAMES  # a fresh start
    assert app.repository.sessions() == []
    fresh = json.loads((device_folder(isolated_dirs) / DEVICE_FILE).read_text(encoding="utf-8"))
    assert isinstance(fresh, dict) and not single_file(isolated_dirs).exists()

    (notice,) = app.notices
    assert str(moved) in notice
    assert not QtGui.Qt.mightBeRichText(notice)  # QMessageBox shows it as plain text

    assert message_boxes.shown == []  # nothing shown before start()
    assert start(app, None, FakeAsk(answer=True)) is True
    assert message_boxes.of("warning") == [("LBH Desktop", notice)]


def test_a_damaged_file_from_before_schema_versions_is_moved_aside_unchanged(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    """A file without `_meta` (schema 0) whose routine record can't be read: the schema
    upgrade must not rewrite it before the damage is found."""
    content = b'{"routines": {"1": {"id": "x", "name": 5}}}'
    isolated_dirs.mkdir(parents=True)
    single_file(isolated_dirs).write_bytes(content)

    app = make_app(isolated_dirs)

    (moved,) = moved_aside(isolated_dirs)
    assert moved.read_bytes() == content
    assert len(app.notices) == 1 and str(moved) in app.notices[0]


def test_open_repository_reports_a_damaged_file_in_the_notices(isolated_dirs: Path) -> None:
    isolated_dirs.mkdir(parents=True)
    single_file(isolated_dirs).write_bytes(b"{not json")
    notices: list[str] = []
    with open_repository(isolated_dirs, [], notices) as repository:
        assert repository.routines() == []
    (moved,) = moved_aside(isolated_dirs)
    assert len(notices) == 1 and str(moved) in notices[0]
    assert "not valid JSON" in notices[0]


def test_a_second_damaged_file_does_not_overwrite_the_first_one_moved_aside(
    make_app: Callable[[Path], App], isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two damaged files found within the same second must both be kept."""

    class FrozenDatetime(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FrozenDatetime:  # type: ignore[override]
            return cls(2026, 1, 1, 12, 0, 0, tzinfo=UTC)

    monkeypatch.setattr(startup_module, "datetime", FrozenDatetime)
    isolated_dirs.mkdir(parents=True)
    db = single_file(isolated_dirs)
    db.write_bytes(b"first damaged file")
    close(make_app(isolated_dirs))
    db.write_bytes(b"second damaged file")
    make_app(isolated_dirs)

    first, second = moved_aside(isolated_dirs)
    assert second.name == f"{first.name}-2"  # the same second
    assert (first.read_bytes(), second.read_bytes()) == (
        b"first damaged file",
        b"second damaged file",
    )


def test_a_damaged_file_that_cannot_be_moved_is_a_startup_error(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. a read-only data folder: the user gets a message, not a traceback."""
    isolated_dirs.mkdir(parents=True)
    db = single_file(isolated_dirs)
    db.write_bytes(b"")

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "replace", refuse)
    monkeypatch.setattr(Path, "rename", refuse)
    with pytest.raises(StartupError):
        open_repository(isolated_dirs, [], [])
    assert db.read_bytes() == b""


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_a_database_from_a_newer_app_is_moved_aside_unchanged_and_reported(
    make_app: Callable[[Path], App], isolated_dirs: Path, version: int
) -> None:
    isolated_dirs.mkdir(parents=True)
    db = single_file(isolated_dirs)
    content = json.dumps(
        {"_meta": {"1": {"schema_version": version, "seeded_builtins": {}}}, "routines": {}}
    ).encode()
    db.write_bytes(content)

    app = make_app(isolated_dirs)

    (moved,) = moved_aside(isolated_dirs)
    assert moved.read_bytes() == content
    (notice,) = app.notices
    assert "newer version of LBH Desktop" in notice and str(moved) in notice


def test_this_computers_files_from_a_newer_app_stop_start_up_and_are_left_alone(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    close(make_app(isolated_dirs))
    info = device_folder(isolated_dirs) / DEVICE_FILE
    newer = json.loads(info.read_text(encoding="utf-8")) | {"schema_version": 99}
    info.write_text(json.dumps(newer), encoding="utf-8")
    before = folder_bytes(isolated_dirs / "devices")
    with pytest.raises(StartupError, match="newer LBH Desktop") as raised:
        open_repository(isolated_dirs, [], [])
    assert str(info) in str(raised.value)
    assert folder_bytes(isolated_dirs / "devices") == before


# Built-ins


def test_builtin_routines_are_there_on_first_run(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    assert not isolated_dirs.exists()
    app = make_app(isolated_dirs)
    routines = app.repository.routines()
    assert [r.name for r in routines] == BUILTIN_NAMES
    assert all(r.builtin for r in routines)
    assert app.window.library.routine_list.count() == len(BUILTIN_NAMES)
    assert app.notices == []
    assert (device_folder(isolated_dirs) / DEVICE_FILE).is_file()
    assert not (device_folder(isolated_dirs) / LIBRARY_FILE).exists()  # shipped, not copied

    close(app)
    again = make_app(isolated_dirs)  # not added twice
    assert [r.name for r in again.repository.routines()] == BUILTIN_NAMES


# Window geometry


def default_size(app: App) -> QSize:
    """1100×720, or a smaller screen's room less a frame (the offscreen screen is 800 wide)."""
    room = app.window.screen().availableGeometry().size() - FRAME_ALLOWANCE
    return QSize(min(1100, room.width()), min(720, room.height()))


def test_window_geometry_is_saved_on_close_and_restored_next_time(
    make_app: Callable[[Path], App], isolated_dirs: Path, qtbot: QtBot
) -> None:
    app = make_app(isolated_dirs)
    assert app.window.size() == default_size(app)  # first run: the default size
    app.window.show()
    app.window.resize(780, 560)  # fits the offscreen platform's 800×600 screen
    qtbot.waitUntil(lambda: app.window.size() == QSize(780, 560))
    assert Preferences(isolated_dirs / "settings.ini").window_geometry is None

    app.window.close()
    assert not app.window.isVisible()
    saved = Preferences(isolated_dirs / "settings.ini").window_geometry
    assert saved is not None and not saved.isEmpty()

    again = make_app(isolated_dirs)
    assert again.window.size() == QSize(780, 560)
    again.window.show()
    qtbot.waitExposed(again.window)
    assert again.window.size() == QSize(780, 560)


def test_unreadable_saved_geometry_falls_back_to_the_default_size(
    make_app: Callable[[Path], App], isolated_dirs: Path
) -> None:
    isolated_dirs.mkdir(parents=True)
    Preferences(isolated_dirs / "settings.ini").window_geometry = QByteArray(b"not a geometry")
    app = make_app(isolated_dirs)
    assert app.window.size() == default_size(app)
