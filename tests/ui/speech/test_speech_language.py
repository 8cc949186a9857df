"""Spoken cues in the interface language (issue #16): the engine is asked for a voice of it,
the cues are the translated phrases, and without such a voice the cues stay beeps and the
status says so."""

# The translations come from a small German table installed through i18n.install (the .qm
# files are built by packaging/translations.py); the real engines are in
# test_espeak_language_real.py.

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from lbh_desktop.core import i18n
from lbh_desktop.core.clock import SystemClock
from lbh_desktop.core.timeline import Timeline, build_timeline
from lbh_desktop.core.voice_cues import CueKind, VoiceCue, announce_move
from lbh_desktop.core.voice_script import cue_script
from lbh_desktop.storage import bundled
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech import speech_setup
from lbh_desktop.ui.speech.speech import Speech
from lbh_desktop.ui.speech.speech_engines import (
    EngineLoader,
    no_voice_reason,
    ui_language,
)
from tests.ui.speech.test_speech import FakeBackend, FakeLoader, mock_loader

pytestmark = pytest.mark.usefixtures("qapp")

GERMAN: dict[str, str | tuple[str, str]] = {
    # voice_cues: the phrases said during a routine ("one" and "other" plural forms)
    "Next: {move}, {dose}": "Nächste Übung: {move}, {dose}",
    "Next: {move}, {side}, {dose}": "Nächste Übung: {move}, {side}, {dose}",
    "%n rep(s)": ("%n Wiederholung", "%n Wiederholungen"),
    "%n second(s)": ("%n Sekunde", "%n Sekunden"),
    "Rest, %n second(s).": ("Pause, %n Sekunde.", "Pause, %n Sekunden."),
    "Rest, %n second(s). Next: {move}": (
        "Pause, %n Sekunde. Danach: {move}",
        "Pause, %n Sekunden. Danach: {move}",
    ),
    "Halfway": "Halbzeit",
    "Switch sides": "Seite wechseln",
    "Routine complete": "Routine geschafft",
    "Breathe out": "Ausatmen",
    "left side": "linke Seite",
    "right side": "rechte Seite",
    "left leg": "linkes Bein",
    "right leg": "rechtes Bein",
    # catalogue: the desk break's moves, as resources/i18n/lbh_desktop_de.ts names them
    "Seated cat-cow": "Katze-Kuh im Sitzen",
    "Seated figure 4": "Figur 4 im Sitzen",
    "Seated twist": "Drehung im Sitzen",
    "Standing hip flexor stretch": "Hüftbeuger-Dehnung im Stehen",
    "Standing back extension": "Rückenstreckung im Stehen",
    "Standing hamstring stretch": "Dehnung der hinteren Oberschenkel im Stehen",
    # speech, speech_engines, speech_setup: the voice's status
    "Voice: on ({engine})": "Stimme: an ({engine})",
    "Voice: spoken cues are not available in {language} — using beeps ({reason})": (
        "Stimme: gesprochene Hinweise gibt es nicht auf {language} — stattdessen Pieptöne "
        "({reason})"
    ),
    "{engine} has no voice for {language}": "{engine} hat keine Stimme für {language}",
    "German": "Deutsch",
    "French": "Französisch",
    "Voice: not available — using beeps": "Stimme: nicht verfügbar — Pieptöne",
    "{status}. Voice settings: Edit → Preferences…": (
        "{status}. Stimmeinstellungen: Bearbeiten → Einstellungen…"
    ),
}
"""A German table for i18n.install: the real translations are not needed to test the seam."""

ENGLISH_WORDS = ("Next", "Rest", "Halfway", "Switch", "complete", "Breathe", "second", "rep")


def german_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = GERMAN.get(text, text)
    if isinstance(found, tuple):
        found = found[0] if n == 1 else found[1]
    return found.replace("%n", str(n)) if n >= 0 else found


def forget_translated_catalogue() -> None:
    """The catalogue and built-in routines are read once, in the language of the time."""
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()


@pytest.fixture
def german() -> Iterator[None]:
    """German texts through the translation seam, and the source texts again afterwards."""
    forget_translated_catalogue()
    i18n.install(german_lookup)
    yield
    i18n.install(None)
    forget_translated_catalogue()


def desk_break_timeline() -> Timeline:
    (routine,) = [r for r in bundled.load_builtin_routines() if r.id == "desk-stretch-break"]
    return build_timeline(routine, moves=bundled.load_catalogue())


def fake_speech(language: str, backend: FakeBackend) -> Speech:
    speech = Speech(language=language, make_loader=lambda owner: FakeLoader(owner, backend))
    speech.load()
    return speech


# The engine is asked for the language, and says the translated phrases ------------------------


def test_german_cues_ask_the_engine_for_german_and_say_the_german_phrases(german: None) -> None:
    backend = FakeBackend()
    speech = fake_speech("de", backend)
    assert backend.languages_asked == ["de"]
    assert speech.available and not speech.language_missing
    assert speech.status_text == "Stimme: an (fake)"

    timeline = desk_break_timeline()
    script = cue_script(timeline, bundled.load_catalogue())
    for cue in script:
        backend.speaking = False  # each phrase said to the end: none is dropped
        assert speech.speak(cue)
    said = [text for text in backend.calls if text != "<stop>"]
    assert said == [cue.text for cue in script]
    # spoken_name lowers the first letter of the move's name (for English mid-sentence).
    assert said[0] == "Nächste Übung: katze-Kuh im Sitzen, 8 Wiederholungen"
    assert "Pause, 10 Sekunden. Danach: figur 4 im Sitzen" in said
    assert {"Halbzeit", "Seite wechseln"} <= set(said)
    assert said[-1] == "Routine geschafft"
    assert not [text for text in said if any(word in text for word in ENGLISH_WORDS)]


def test_a_sided_step_is_announced_with_the_german_side_phrase(german: None) -> None:
    catalogue = bundled.load_catalogue()
    sided = [s for s in desk_break_timeline().segments if s.is_work and s.side is not None]
    announced = {announce_move(segment, catalogue) for segment in sided}
    assert "Nächste Übung: figur 4 im Sitzen, linke Seite, 25 Sekunden" in announced
    assert "Nächste Übung: drehung im Sitzen, rechte Seite, 20 Sekunden" in announced
    hamstrings = "Nächste Übung: dehnung der hinteren Oberschenkel im Stehen, {side}, 25 Sekunden"
    assert hamstrings.format(side="linkes Bein") in announced  # a one-legged move
    assert not [text for text in announced if any(word in text for word in ENGLISH_WORDS)]


def test_english_cues_ask_for_english_and_keep_the_source_phrases() -> None:
    backend = FakeBackend()
    speech = fake_speech("en", backend)
    assert backend.languages_asked == ["en"]
    script = cue_script(desk_break_timeline(), bundled.load_catalogue())
    assert speech.speak(script[0])
    assert backend.calls == ["Next: seated cat-cow, 8 reps"]


def test_the_default_language_is_the_interfaces(default_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Austria))
    assert ui_language() == "de"
    assert Speech().language == "de"
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    assert Speech().language == "en"  # not one of ours: the cues stay English


# Without a voice for the language: beeps, and the status names the language -------------------


def test_an_engine_without_a_german_voice_leaves_the_cues_to_beeps() -> None:
    backend = FakeBackend(languages=frozenset({"en"}))
    speech = fake_speech("de", backend)
    assert backend.languages_asked == ["de"]
    assert not speech.available
    assert speech.language_missing
    assert speech.voice_names() == []
    assert speech.fallback_reason == "fake has no voice for German"
    assert speech.status_text == (
        "Voice: spoken cues are not available in German — using beeps "
        "(fake has no voice for German)"
    )
    assert not speech.speak(VoiceCue(CueKind.HALFWAY, "Halbzeit", 0.0))  # the caller beeps
    assert [text for text in backend.calls if text != "<stop>"] == []


def test_the_missing_language_status_is_itself_translated(german: None) -> None:
    speech = fake_speech("de", FakeBackend(languages=frozenset({"en"})))
    assert speech.status_text == (
        "Stimme: gesprochene Hinweise gibt es nicht auf Deutsch — stattdessen Pieptöne "
        "(fake hat keine Stimme für Deutsch)"
    )


def test_the_status_bar_says_beeps_and_its_tooltip_names_the_language(
    qtbot: QtBot, tmp_path: Path, default_locale: None, german: None
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    window = QMainWindow()
    qtbot.addWidget(window)
    speech = speech_setup.build_speech(
        Preferences(tmp_path / "settings.ini"), window, SystemClock()
    )
    assert speech.language == "de"  # the interface's, as the shell set the default locale
    backend = FakeBackend(languages=frozenset({"en"}))
    speech.make_loader = lambda owner: FakeLoader(owner, backend)
    speech.load()
    label = window.statusBar().findChild(QLabel, "voice_status")
    assert label is not None
    assert label.text() == "Stimme: nicht verfügbar — Pieptöne"
    assert "gesprochene Hinweise gibt es nicht auf Deutsch" in label.toolTip()


def test_the_mock_engine_has_no_german_voice_so_the_probe_gives_up_with_that_reason(
    qtbot: QtBot,
) -> None:
    # Qt's mock engine speaks en_GB, en_US, nb_NO, nn_NO and fi_FI only.
    speech = Speech(language="de", make_loader=mock_loader)
    speech.load()
    qtbot.waitUntil(lambda: bool(speech.fallback_reason), timeout=10_000)
    assert not speech.available and speech.language_missing
    assert speech.status_text == (
        "Voice: spoken cues are not available in German — using beeps "
        "(mock has no voice for German)"
    )


class LanguageLoader(EngineLoader):
    """A loader finding `backend` only for the languages it has (as the real chain does,
    where a native engine lacking the language hands over to espeak-ng); `started` lists the
    language each loader looked for."""

    def __init__(self, owner: QObject, backend: FakeBackend, started: list[str]) -> None:
        super().__init__(owner)
        self.backend = backend
        self.started = started

    def start(self) -> None:
        self.started.append(self.language)
        if self.language in self.backend.languages:
            self.ready.emit(self.backend)
        else:
            self.language_missing = True
            self.failed.emit(no_voice_reason("fake", self.language))


# Changing the language at runtime -------------------------------------------------------------


def test_a_new_language_asks_the_engine_again() -> None:
    backend = FakeBackend()
    speech = fake_speech("de", backend)
    speech.set_language("fr")
    assert speech.language == "fr"
    assert backend.languages_asked == ["de", "fr"]
    assert speech.available
    speech.set_language("fr")  # the same language: nothing to ask
    assert backend.languages_asked == ["de", "fr"]


def test_before_load_a_new_language_is_only_remembered_and_load_asks_for_it() -> None:
    backend = FakeBackend()
    speech = Speech(language="de", make_loader=lambda owner: FakeLoader(owner, backend))
    speech.set_language("es")
    assert backend.languages_asked == []
    speech.load()
    assert backend.languages_asked == ["es"]


def test_a_language_the_engine_lacks_beeps_and_one_it_has_speaks_again() -> None:
    started: list[str] = []
    backend = FakeBackend(languages=frozenset({"en", "de"}))
    speech = Speech(
        language="de", make_loader=lambda owner: LanguageLoader(owner, backend, started)
    )
    speech.load()
    assert speech.available
    statuses: list[tuple[bool, str]] = []
    speech.status_changed.connect(lambda available, text: statuses.append((available, text)))

    speech.set_language("fr")
    assert "fr" in backend.languages_asked
    assert not speech.available and speech.language_missing
    assert started == ["de", "fr"]  # the other engines were asked too
    assert speech.status_text == (
        "Voice: spoken cues are not available in French — using beeps "
        "(fake has no voice for French)"
    )
    assert statuses[-1] == (False, speech.status_text)

    speech.set_language("de")
    assert speech.available and not speech.language_missing
    assert speech.status_text == "Voice: on (fake)"
    assert speech.speak(VoiceCue(CueKind.COMPLETE, "Routine geschafft", 0.0))


def test_after_the_engines_had_no_voice_a_new_language_looks_again() -> None:
    # The loader gave up (no engine spoke German); English must not be reported as missing.
    started: list[str] = []
    backend = FakeBackend(languages=frozenset({"en"}))
    speech = Speech(
        language="de", make_loader=lambda owner: LanguageLoader(owner, backend, started)
    )
    speech.load()
    assert speech.language_missing
    assert "German" in speech.status_text

    speech.set_language("en")
    assert started == ["de", "en"]
    assert speech.available
    assert speech.status_text == "Voice: on (fake)"
    assert backend.languages_asked == ["en"]


class WaitingLoader(EngineLoader):
    def start(self) -> None:
        pass  # still looking


def test_a_language_set_while_the_fallback_looks_reaches_the_fallback() -> None:
    fallback = WaitingLoader(None)
    loader = EngineLoader(None, fallback=lambda: fallback)
    loader.language = "de"
    loader._give_up("speech-dispatcher has no voice for German")  # hands over to the fallback
    assert fallback.language == "de"
    loader.language = "fr"
    assert fallback.language == "fr"
    loader.shutdown()
