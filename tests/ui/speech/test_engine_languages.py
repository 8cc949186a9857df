"""Each engine's voices for a language: the user's country first, espeak-ng's listing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.speech.speech import Speech
from lbh_desktop.ui.speech.speech_engines import (
    EngineLoader,
    QtSpeechBackend,
)
from lbh_desktop.ui.speech.speech_espeak import (
    EspeakBackend,
    EspeakLoader,
    default_voice,
    parse_voices,
)

pytestmark = pytest.mark.usefixtures("qapp")

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
