"""Spoken cues in the interface language (issue #16): the engine is asked for a voice of it,
the cues are the translated phrases, and without such a voice the cues stay beeps and the
status says so."""

# The translations come from a small German table installed through i18n.install (the .qm
# files are built by packaging/translations.py); the real engines are in
# test_espeak_language_real.py.

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
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
    QtSpeechBackend,
    no_voice_reason,
    ui_language,
)
from lbh_desktop.ui.speech.speech_espeak import (
    EspeakBackend,
    EspeakLoader,
    default_voice,
    parse_voices,
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

LISTING = """\
Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  de              --/M      German             gmw/de
 6  de              --/F      german-mbrola-1    mb/mb-de1
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  es              --/M      Spanish_(Spain)    roa/es
 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)(es 6)
 5  et              --/M      Estonian           urj/et
 5  fr-be           --/M      French_(Belgium)   roa/fr-BE            (fr 8)
 5  fr-ch           --/M      French_(Switzerland) roa/fr-CH            (fr 8)
 5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
 7  fr              --/M      french-mbrola-1    mb/mb-fr1
"""
"""`espeak-ng --voices` as espeak-ng 1.51 writes it (an excerpt, with two mbrola voices)."""


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


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Tests set the default QLocale (as install_language does); it is restored after."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


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


# QtSpeechBackend: the locale of the user's country first --------------------------------------


class FakeVoice:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


class FakeTextToSpeech(QObject):
    """The part of QTextToSpeech QtSpeechBackend uses; one voice per locale."""

    errorOccurred = Signal(object, str)

    def __init__(self, locales: list[QLocale], current: QLocale) -> None:
        super().__init__()
        self.locales = locales
        self.current = current
        self.chosen_voice = ""

    def locale(self) -> QLocale:
        return self.current

    def availableLocales(self) -> list[QLocale]:
        return self.locales

    def setLocale(self, locale: QLocale) -> None:
        self.current = locale
        self.chosen_voice = ""

    def voice(self) -> FakeVoice:
        return FakeVoice(self.chosen_voice or f"voice {self.current.name()}")

    def availableVoices(self) -> list[FakeVoice]:
        return [FakeVoice(f"voice {self.current.name()}")]

    def setVoice(self, voice: FakeVoice) -> None:
        self.chosen_voice = voice.name()


GERMANY, AUSTRIA, SWITZERLAND = (
    QLocale(QLocale.Language.German, country)
    for country in (QLocale.Country.Germany, QLocale.Country.Austria, QLocale.Country.Switzerland)
)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qt_backend(
    locales: list[QLocale], current: QLocale
) -> tuple[QtSpeechBackend, FakeTextToSpeech]:
    tts = FakeTextToSpeech(locales, current)
    return QtSpeechBackend(cast(QTextToSpeech, tts), "speech-dispatcher"), tts


@pytest.mark.parametrize(
    ("user", "chosen"),
    [
        (QLocale.Country.Austria, "de_AT"),
        (QLocale.Country.Switzerland, "de_CH"),
        (QLocale.Country.Belgium, "de_DE"),  # no Belgian German: the engine's first German
    ],
)
def test_the_german_locale_of_the_users_country_comes_first(
    default_locale: None, user: QLocale.Country, chosen: str
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, user))
    backend, tts = qt_backend([BRITISH, GERMANY, AUSTRIA, SWITZERLAND], BRITISH)
    assert backend.set_language("de")
    assert tts.locale().name() == chosen
    backend.set_voice("")  # the default voice is the new locale's, not the English one
    assert tts.chosen_voice == f"voice {chosen}"


def test_the_users_country_wins_over_the_engines_current_locale_of_the_language(
    default_locale: None,
) -> None:
    QLocale.setDefault(SWITZERLAND)
    backend, tts = qt_backend([GERMANY, SWITZERLAND], GERMANY)
    assert backend.set_language("de")
    assert tts.locale().name() == "de_CH"


def test_the_current_locale_stays_when_the_users_country_has_none(default_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Belgium))
    backend, tts = qt_backend([GERMANY, AUSTRIA], AUSTRIA)
    assert backend.set_language("de")
    assert tts.locale().name() == "de_AT"


def test_no_locale_of_the_language_means_no_voice(default_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    backend, tts = qt_backend([BRITISH, GERMANY], BRITISH)
    assert not backend.set_language("fr")
    assert tts.locale().name() == "en_GB"  # untouched


@pytest.mark.skipif(
    "mock" not in QTextToSpeech.availableEngines(), reason="Qt's mock speech engine is missing"
)
def test_the_real_mock_engine_switches_to_the_users_english(default_locale: None) -> None:
    tts = QTextToSpeech("mock")
    assert tts.locale().name() == "en_GB"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    backend = QtSpeechBackend(tts, "mock")
    assert backend.set_language("en")
    assert tts.locale().name() == "en_US"
    assert not backend.set_language("de")
    assert tts.locale().name() == "en_US"


# espeak-ng: the voices of a language, from its listing ----------------------------------------


@pytest.mark.parametrize(
    ("language", "voices"),
    [
        ("de", {"German": "de"}),
        ("es", {"Spanish (Spain)": "es", "Spanish (Latin America)": "es-419"}),
        (
            "fr",
            {
                "French (Belgium)": "fr-be",
                "French (Switzerland)": "fr-ch",
                "French (France)": "fr-fr",
            },
        ),
        ("en", {"English (Great Britain)": "en-gb", "English (America)": "en-us"}),
        ("it", {}),
        ("e", {}),  # a prefix of "en", "es" and "et" is not their language
    ],
)
def test_parse_voices_keeps_the_built_in_voices_of_the_language(
    language: str, voices: dict[str, str]
) -> None:
    assert parse_voices(LISTING, language) == voices


def test_default_voice_is_the_language_itself_or_british_english() -> None:
    assert default_voice("de", {"German": "de"}) == "de"
    assert default_voice("fr", parse_voices(LISTING, "fr")) == "fr"
    assert default_voice("es", parse_voices(LISTING, "es")) == "es"
    assert default_voice("en", parse_voices(LISTING, "en")) == "en-gb"
    assert default_voice("en", {"English (America)": "en-us"}) == ""  # espeak-ng's own


def espeak_backend(tmp_path: Path, language: str) -> EspeakBackend:
    voices = parse_voices(LISTING, language)
    return EspeakBackend(
        "espeak-ng", voices, tmp_path, QObject(), language=language, listing=LISTING
    )


def test_the_espeak_backend_switches_voices_with_the_language(tmp_path: Path) -> None:
    backend = espeak_backend(tmp_path, "en")
    backend.set_voice("")
    assert backend.voice == "en-gb"
    english = backend.wav_for("Halfway")

    assert backend.set_language("de")
    assert backend.voice == "de"
    assert backend.voice_names() == ["German"]
    assert backend.wav_for("Halfway") != english  # each voice has its own recordings

    assert not backend.set_language("it")  # no Italian voice: unchanged
    assert backend.voice == "de"

    assert backend.set_language("es")
    backend.set_voice("Spanish (Latin America)")
    assert backend.voice == "es-419"
    assert backend.set_language("fr")
    assert backend.voice == "fr"  # a Spanish choice is no French voice: the default
    backend.set_voice("French (Switzerland)")
    assert backend.voice == "fr-ch"
    assert backend.set_language("fr")  # the same language again: still fine


def test_an_espeak_without_the_language_gives_up_with_the_language_named(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A fake espeak-ng printing a real-format listing without French.
    program = tmp_path / "espeak-ng"
    listing = "\n".join(line for line in LISTING.splitlines() if " fr" not in line)
    program.write_text(f"#!/bin/sh\ncat <<'EOF'\n{listing}\nEOF\n")
    program.chmod(0o755)
    assert shutil.which(str(program))

    def loader(owner: QObject) -> EngineLoader:
        return EspeakLoader(
            owner, tmp_path / "speech", program=str(program), need_audio_output=False
        )

    speech = Speech(language="fr", make_loader=loader)
    speech.load()
    qtbot.waitUntil(lambda: bool(speech.fallback_reason), timeout=10_000)
    assert speech.language_missing
    assert speech.status_text == (
        "Voice: spoken cues are not available in French — using beeps "
        "(espeak-ng has no voice for French)"
    )

    german = Speech(language="de", make_loader=loader)
    german.load()
    qtbot.waitUntil(lambda: german.available, timeout=10_000)
    assert german.status_text == "Voice: on (espeak-ng)"
    assert german.voice_names() == ["German"]
    german.shutdown()
