"""Fixtures for GUI tests: the real app built on a fake clock in an offscreen window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import build_app
from lbh_desktop.ui.player.player_controller import ConfirmStop
from lbh_desktop.ui.player.progression_dialog import PainRiseDialog, ProgressionOfferDialog
from lbh_desktop.ui.player.this_hurts import ThisHurtsDialog


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(
    qtbot: QtBot, clock: FakeClock, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[App]:
    built = build_app(isolated_dirs, clock)
    # Loading QtMultimedia logs machine-dependent audio warnings; tests that want the real
    # audio stack call SoundPlayer.load(app.sound) themselves.
    monkeypatch.setattr(built.sound, "load", lambda: None)
    # No speech engine either (a child process probe); tests/ui/test_speech*.py load one.
    if built.speech is not None:
        monkeypatch.setattr(built.speech, "load", lambda: None)
    built.window.resize(1280, 800)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitUntil(built.window.isActiveWindow)
    yield built
    if built.player.player is not None and built.player.active:
        built.player.player.stop()
    built.window.close()
    built.window.deleteLater()
    built.repository.close()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run; tests that expect one patch `ask`."""

    def unexpected(cls: type, parent: object, *details: object) -> bool:
        raise AssertionError(f"unexpected dialog {cls.__name__}")

    monkeypatch.setattr(ConfirmStop, "ask", classmethod(unexpected))
    for dialog in (ThisHurtsDialog, ProgressionOfferDialog, PainRiseDialog):
        monkeypatch.setattr(dialog, "ask", classmethod(unexpected))


@pytest.fixture
def played_cues(app: App, monkeypatch: pytest.MonkeyPatch) -> list[SoundCue]:
    cues: list[SoundCue] = []
    monkeypatch.setattr(app.sound, "play", cues.append)
    return cues
