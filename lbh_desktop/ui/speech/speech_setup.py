"""Builds the app's Speech from the preferences and shows its state in the status bar."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from lbh_desktop.core.clock import Clock
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech import Speech, voice_settings_from
from lbh_desktop.ui.speech.speech_engines import EngineLoader
from lbh_desktop.ui.speech.speech_espeak import EspeakLoader

SHORT_FALLBACK_TEXT = QT_TRANSLATE_NOOP("speech_setup", "Voice: not available — using beeps")
SHORT_NO_AUDIO_TEXT = QT_TRANSLATE_NOOP("speech_setup", "Voice: not available — no audio output")


def find_engine(owner: QObject) -> EngineLoader:
    """The native engine (speech-dispatcher, SAPI, …), else espeak-ng phrases as WAV files."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cache_dir = Path(cache or tempfile.gettempdir()) / "speech"
    return EngineLoader(owner, fallback=lambda: EspeakLoader(owner, cache_dir))


def build_speech(preferences: Preferences, window: QMainWindow, clock: Clock) -> Speech:
    """No engine is looked for until `load()`; the status bar says when voice falls back."""
    speech = Speech(
        voice_settings_from(preferences),
        make_loader=find_engine,
        now=clock.monotonic,
        parent=window,
    )
    label = QLabel()
    label.setObjectName("voice_status")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(translate("speech_setup", "Voice status"))
    window.statusBar().addPermanentWidget(label)

    def show_status(_available: bool, _text: str) -> None:
        # Only a fallback is news ("Voice: on" would be clutter); the reason is in the tooltip,
        # so the status bar never forces the window wider than 800 px.
        fell_back = speech.settings.enabled and bool(speech.fallback_reason)
        short = SHORT_NO_AUDIO_TEXT if speech.nothing_heard else SHORT_FALLBACK_TEXT
        label.setText(translate("speech_setup", short) if fell_back else "")
        tip = translate("speech_setup", "{status}. Voice settings: Edit → Preferences…")
        label.setToolTip(tip.format(status=speech.status_text) if fell_back else "")

    speech.status_changed.connect(show_status)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(speech.shutdown)
    return speech
