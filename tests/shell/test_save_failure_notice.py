"""A full disk while a routine plays: the session is kept, the user is told once, saving retries."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.player import PlayerState
from lbh_desktop.shell.app import App
from lbh_desktop.shell.save_notice import SaveProblemNotice
from tests.storage.layout import stored_sessions


def stored_statuses(data_dir: Path) -> list[str]:
    return [session["status"] for session in stored_sessions(data_dir).values()]


def no_space(*args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def play_to_the_end(app: App, clock: FakeClock) -> None:
    player = app.player.player
    assert player is not None
    for _ in range(10_000):
        if player.state is not PlayerState.RUNNING:
            return
        if player.can("done"):
            app.player._command("done")  # the user presses Done on a set of reps
        clock.advance(0.5)
        app.player.tick()
    pytest.fail("the routine did not finish")


def test_a_routine_played_on_a_full_disk_is_kept_and_saved_once_there_is_room(
    app: App, clock: FakeClock, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = app.window.findChild(SaveProblemNotice)
    assert notice is not None and not notice.retrying
    texts: list[str] = []
    label = app.window.save_status
    show = label.setText

    def record(text: str) -> None:
        texts.append(text)
        show(text)

    label.setText = record  # type: ignore[method-assign]
    routine = app.repository.routine("desk-stretch-break")
    assert routine is not None

    monkeypatch.setattr(os, "replace", no_space)
    app.open_routine(routine)
    app.window.player.primary_button.click()
    play_to_the_end(app, clock)

    assert app.player.player is not None
    assert app.player.player.state is PlayerState.FINISHED
    (session,) = app.repository.sessions()  # kept in memory, complete
    assert session.status.value == "completed"
    assert stored_statuses(isolated_dirs) == []  # nothing reached the disk
    assert len(texts) == 1 and "No space left on device" in label.text()  # told once
    assert notice.retrying
    assert "No space left" in app.window.player.message_label.text()

    notice.retry()  # still full: nothing changes, nothing crashes
    assert notice.retrying and len(texts) == 1

    monkeypatch.undo()
    notice.retry()

    assert stored_statuses(isolated_dirs) == ["completed"]
    assert not notice.retrying
    assert label.text() == ""
