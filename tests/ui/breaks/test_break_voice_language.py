"""A desk break's spoken cues in German (issue #16).

The break reminder itself says nothing; its Start opens the break routine in the player, whose
voice coach speaks through the app's Speech. With a German interface, that Speech asks its
engine for German and says the German phrases. The translations come from a small table
installed through i18n.install (tests/ui/speech/test_speech_language.py), and the engine is
a fake one that keeps what it is told to say.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import RoutineKind, StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.core.voice_script import cue_script
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from lbh_desktop.storage import bundled
from lbh_desktop.ui.speech.speech import Speech
from tests.ui.speech.test_speech import FakeBackend, FakeLoader
from tests.ui.speech.test_speech_language import ENGLISH_WORDS, german  # noqa: F401

# The reminder and the windows raise themselves; the offscreen platform cannot.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture
def german_interface(german: None) -> Iterator[None]:  # noqa: F811
    """What the shell does for a German interface: German texts and a German default locale
    (from which Speech takes its language)."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def app(german_interface: None, app: App) -> App:
    """The real app, built after the German interface is in place (as at start-up)."""
    return app


@pytest.fixture
def breaks(app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Breaks]:
    monkeypatch.setattr(app.sound, "load", lambda: None)  # sound has its own tests
    app.preferences.working_days = frozenset(range(7))
    app.preferences.working_hours = (time(0, 0), time(23, 59))
    app.preferences.follow_do_not_disturb = False
    built = build_breaks(app, clock, 1)
    yield built
    built.mini.close()
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)  # build_breaks turned it off for the whole app


def play_to_the_end(app: App, clock: FakeClock) -> None:
    """Ticks as the real timer would; Done when reps or an open hold reach their time."""
    player = app.player.player
    assert player is not None
    for _ in range(10_000):
        if player.state is PlayerState.FINISHED:
            return
        segment = player.current
        if (
            segment is not None
            and segment.kind is SegmentKind.WORK
            and segment.mode in (StepMode.REPS, StepMode.OPEN)
            and player.can("done")
            and player.snapshot().elapsed >= segment.planned_seconds
        ):
            app.window.player.done_requested.emit()
        else:
            clock.advance(0.25)
            app.player.tick()
    raise AssertionError("the break routine did not finish")


def test_a_desk_break_speaks_its_cues_in_german(
    app: App, breaks: Breaks, clock: FakeClock, qtbot: QtBot
) -> None:
    speech = app.speech
    assert speech is not None
    assert speech.language == "de"  # the interface's
    backend = FakeBackend()
    speech.make_loader = lambda owner: FakeLoader(owner, backend)
    Speech.load(speech)  # the app fixture stubs the instance's load
    assert backend.languages_asked == ["de"]
    assert speech.status_text == "Stimme: an (fake)"
    heard: list[tuple[str, bool]] = []
    speech.said.connect(lambda text: heard.append((text, True)))
    speech.dropped.connect(lambda text: heard.append((text, False)))

    clock.advance(61)  # the one-minute interval is over: the reminder shows
    breaks.controller.check()
    qtbot.waitUntil(breaks.reminder.isVisible, timeout=2000)
    assert heard == []  # the reminder itself says nothing
    breaks.reminder.start_button.click()
    player = app.player.player
    assert player is not None
    assert player.timeline.routine.kind is RoutineKind.DESK_BREAK
    assert breaks.controller.schedule.snapshot().state is ScheduleState.ON_BREAK
    play_to_the_end(app, clock)

    script = cue_script(player.timeline, bundled.load_catalogue())
    assert [text for text, _said in heard] == [cue.text for cue in script]
    said = [text for text, was_said in heard if was_said]
    assert said == [text for text in backend.calls if text != "<stop>"]
    # spoken_name lowers the first letter of the move's name (for English mid-sentence).
    assert said[0] == "Nächste Übung: katze-Kuh im Sitzen, 8 Wiederholungen"
    for expected in (
        "Pause, 10 Sekunden. Danach: figur 4 im Sitzen",
        "Pause, 10 Sekunden. Danach: drehung im Sitzen",
        "Halbzeit",
        "Seite wechseln",
    ):
        assert expected in said
    assert said[-1] == "Routine geschafft"
    english = [text for text, _said in heard if any(word in text for word in ENGLISH_WORDS)]
    assert english == []
