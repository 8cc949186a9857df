"""The optional 0–10 rating on the Ready screen: one key press, kept with the session."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.levels import PlayLevel
from lbh_desktop.core.models import SessionRecord, SessionStatus
from lbh_desktop.core.player import PlayerState
from lbh_desktop.shell.app import App
from tests.ui.driving import press, run_for
from tests.ui.player.test_this_hurts import ROUTINE

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


def stored_session(app: App) -> SessionRecord:
    (session,) = app.repository.sessions()
    return session


def open_ready(app: App, level: PlayLevel = PlayLevel.STANDARD) -> None:
    app.repository.save_routine(ROUTINE)
    app.preferences.set_routine_level(ROUTINE.id, level)
    app.open_routine(ROUTINE)


def test_the_ready_screen_asks_and_a_digit_key_rates(app: App, clock: FakeClock) -> None:
    open_ready(app)
    view = app.window.player
    row = view.pain_before_row
    assert not row.isHidden()
    assert row.question.text().startswith("How do your back and hips feel now?")
    assert [b.text() for b in row.buttons] == [str(n) for n in range(11)]
    assert row.note.isHidden()
    press(Qt.Key.Key_3)
    assert app.player.pain_before == 3
    assert row.buttons[3].isChecked()
    assert row.note.text() == "You rated 3 before starting."
    assert app.player.player is not None and app.player.player.state is PlayerState.READY
    press(Qt.Key.Key_Space)
    assert row.isHidden()
    assert stored_session(app).pain_before == 3
    press(Qt.Key.Key_7)  # once started, digits do nothing
    assert app.player.pain_before == 3
    run_for(app, clock, 10.0)
    assert stored_session(app).pain_before == 3


def test_ten_is_a_click_and_a_high_rating_advises_easing_off_on_the_ready_line(
    app: App,
) -> None:
    open_ready(app)
    row = app.window.player.pain_before_row
    row.buttons[10].click()
    assert app.player.pain_before == 10
    press(Qt.Key.Key_7)  # a change of mind
    assert app.player.pain_before == 7 and row.buttons[7].isChecked()
    assert not row.buttons[10].isChecked()
    assert row.note.text().startswith("You rated 7: take the easier level today, or rest. ")
    assert "Get emergency help now" in row.note.text()
    assert not row.note.isHidden()


def test_on_the_easier_level_the_advice_is_to_go_gently(app: App) -> None:
    open_ready(app, PlayLevel.EASIER)
    press(Qt.Key.Key_6)
    note = app.window.player.pain_before_row.note.text()
    assert note.startswith("You rated 6: go gently on the easier level today, or rest. ")


def test_space_starts_without_a_rating(app: App, clock: FakeClock) -> None:
    open_ready(app)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 1.0)
    assert stored_session(app).pain_before is None
    assert app.window.player.pain_before_row.isHidden()


def test_a_new_routine_starts_unrated(app: App) -> None:
    open_ready(app)
    press(Qt.Key.Key_4)
    app.open_routine(ROUTINE)
    row = app.window.player.pain_before_row
    assert app.player.pain_before is None
    assert not any(b.isChecked() for b in row.buttons) and row.note.isHidden()


def test_worse_than_the_day_before_advises_easing_off(app: App, clock: FakeClock) -> None:
    today = datetime.fromtimestamp(clock.wall()).astimezone().date()
    yesterday = today - timedelta(days=1)
    app.repository.save_session(
        SessionRecord(
            id="yesterday",
            routine_id=ROUTINE.id,
            routine_name=ROUTINE.name,
            routine_kind=ROUTINE.kind,
            started_utc=f"{yesterday}T09:00:00Z",
            local_date=yesterday.isoformat(),
            utc_offset_minutes=0,
            status=SessionStatus.COMPLETED,
            pain=2,
            pain_before=1,
        )
    )
    open_ready(app)
    press(Qt.Key.Key_3)
    note = app.window.player.pain_before_row.note.text()
    assert note.startswith("You rated 3, 2 more than the 1 of the day before: worse the next day")
    press(Qt.Key.Key_2)
    assert app.window.player.pain_before_row.note.text() == "You rated 2 before starting."
