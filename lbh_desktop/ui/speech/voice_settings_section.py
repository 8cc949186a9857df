"""The "Voice" group of the settings dialog: spoken cues on/off, which cues, voice, rate, volume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.voice_cues import CUE_KIND_LABELS, CueKind
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech import (
    Speech,
    VoiceSettings,
    store_voice_settings,
    voice_settings_from,
)

DEFAULT_VOICE_TEXT = QT_TRANSLATE_NOOP("voice_settings_section", "System default")
NO_ENGINE_TEXT = QT_TRANSLATE_NOOP(
    "voice_settings_section", "Voice: not available — using beeps (no speech engine)"
)
TIPS: dict[CueKind, str] = {
    CueKind.NEXT: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Says the move coming up: “Next: bird dog, left side, 30 seconds”"
    ),
    CueKind.COUNTDOWN: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Counts “3, 2, 1” before each change"
    ),
    CueKind.HALFWAY: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Says “Halfway” during holds of 10 s or more"
    ),
    CueKind.SWITCH: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Says “Switch sides” between the left and right side"
    ),
    CueKind.REST: QT_TRANSLATE_NOOP(
        "voice_settings_section",
        "Says the rest and what follows: “Rest, 20 seconds. Next: superman”",
    ),
    CueKind.COMPLETE: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Says “Routine complete” at the end"
    ),
    CueKind.BREATHING: QT_TRANSLATE_NOOP(
        "voice_settings_section", "Says “Breathe out” every 6 s during holds longer than 20 s"
    ),
}


def plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rate_text(percent: int) -> str:
    if percent == 0:
        return translate("voice_settings_section", "Normal")
    if percent > 0:
        return translate("voice_settings_section", "Faster {percent} %").format(
            percent=formats().number(percent)
        )
    return translate("voice_settings_section", "Slower {percent} %").format(
        percent=formats().number(-percent)
    )


def percent_text(value: int) -> str:
    return translate("voice_settings_section", "{percent} %").format(
        percent=formats().number(value)
    )


class VoiceSettingsSection(QGroupBox):
    """Edits the voice preferences; nothing changes until `apply()`."""

    def __init__(
        self, preferences: Preferences, speech: Speech | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("voice_settings_section", "Voice"), parent)
        self.setAccessibleName(translate("voice_settings_section", "Voice"))
        self._preferences = preferences
        self._speech = speech

        self.enabled = QCheckBox(
            translate("voice_settings_section", "Speak the &cues (otherwise beeps)")
        )
        self._describe(
            self.enabled,
            translate("voice_settings_section", "Spoken cues"),
            translate("voice_settings_section", "Say cues aloud, so you can watch the floor"),
        )
        self.kinds: dict[CueKind, QCheckBox] = {}
        kinds_grid = QGridLayout()
        for position, kind in enumerate(CueKind):
            label = translate("voice_cues", CUE_KIND_LABELS[kind])
            box = QCheckBox(label)
            self._describe(
                box,
                translate("voice_settings_section", "Say: {cue}").format(cue=label),
                translate("voice_settings_section", TIPS[kind]),
            )
            self.kinds[kind] = box
            kinds_grid.addWidget(box, position // 2, position % 2)

        self.voice = QComboBox()
        self.voice.setMinimumContentsLength(16)
        self.voice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._describe(
            self.voice,
            translate("voice_settings_section", "Voice"),
            translate("voice_settings_section", "Which voice says the cues"),
        )
        self.rate = self._slider(
            -100,
            100,
            translate("voice_settings_section", "Speaking rate"),
            translate("voice_settings_section", "How fast the cues are said"),
        )
        self.rate_value = plain()
        self.volume = self._slider(
            0,
            100,
            translate("voice_settings_section", "Voice volume"),
            translate("voice_settings_section", "Loudness of the spoken cues, 0–100 %"),
        )
        self.volume_value = plain()
        for value_label in (self.rate_value, self.volume_value):
            width = value_label.fontMetrics().horizontalAdvance(rate_text(-100))
            value_label.setMinimumWidth(width)
        self.test_button = QPushButton(translate("voice_settings_section", "&Test voice"))
        self._describe(
            self.test_button,
            translate("voice_settings_section", "Test voice"),
            translate("voice_settings_section", "Say a sample cue with these settings"),
        )
        self.status = plain()
        self.status.setWordWrap(True)
        self.status.setObjectName("voice_settings_status")
        self.status.setAccessibleName(translate("voice_settings_section", "Voice status"))

        form = QFormLayout()
        form.addRow(
            self._buddy(translate("voice_settings_section", "V&oice:"), self.voice),
            self._row(self.voice, self.test_button),
        )
        form.addRow(
            self._buddy(translate("voice_settings_section", "Rat&e:"), self.rate),
            self._row(self.rate, self.rate_value),
        )
        form.addRow(
            self._buddy(translate("voice_settings_section", "Vo&lume:"), self.volume),
            self._row(self.volume, self.volume_value),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(kinds_grid)
        layout.addLayout(form)
        layout.addWidget(self.status)

        self.enabled.toggled.connect(self._update_enabled)
        self.rate.valueChanged.connect(lambda value: self.rate_value.setText(rate_text(value)))
        self.volume.valueChanged.connect(
            lambda value: self.volume_value.setText(percent_text(value))
        )
        self.test_button.clicked.connect(self.test_voice)
        self._show(voice_settings_from(preferences))
        if speech is not None:
            speech.status_changed.connect(self._update_status)
            speech.voices_changed.connect(self._fill_voices)
            speech.load()  # no-op once looked for; the child process answers later
        self._update_status()

    # Building -----------------------------------------------------------------------------

    @staticmethod
    def _describe(widget: QWidget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)

    def _slider(self, low: int, high: int, name: str, tip: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setSingleStep(5)
        slider.setPageStep(10)
        self._describe(slider, name, tip)
        return slider

    @staticmethod
    def _buddy(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(main: QWidget, extra: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(main, 1)
        row.addWidget(extra)
        return row

    # State --------------------------------------------------------------------------------

    def _fill_voices(self, chosen: str | None = None) -> None:
        wanted = self.voice.currentData() if chosen is None else chosen
        names = self._speech.voice_names() if self._speech is not None else []
        if wanted and wanted not in names:
            names = [wanted, *names]  # keep the saved voice until an engine says otherwise
        self.voice.clear()
        self.voice.addItem(translate("voice_settings_section", DEFAULT_VOICE_TEXT), "")
        for name in names:
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(0, self.voice.findData(wanted or "")))

    def _show(self, settings: VoiceSettings) -> None:
        self.enabled.setChecked(settings.enabled)
        for kind, box in self.kinds.items():
            box.setChecked(kind in settings.kinds)
        self._fill_voices(settings.voice)
        self.rate.setValue(round(settings.rate * 100))
        self.volume.setValue(round(settings.volume * 100))
        self.rate_value.setText(rate_text(self.rate.value()))
        self.volume_value.setText(percent_text(self.volume.value()))
        self._update_enabled()

    def chosen(self) -> VoiceSettings:
        return VoiceSettings(
            enabled=self.enabled.isChecked(),
            kinds=frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
            voice=str(self.voice.currentData() or ""),
            rate=self.rate.value() / 100,
            volume=self.volume.value() / 100,
        )

    def _update_enabled(self) -> None:
        on = self.enabled.isChecked()
        for widget in (*self.kinds.values(), self.voice, self.rate, self.volume):
            widget.setEnabled(on)
        self.test_button.setEnabled(on and self._speech is not None and self._speech.available)

    def _update_status(self, *_args: object) -> None:
        self.status.setText(
            self._speech.status_text
            if self._speech
            else translate("voice_settings_section", NO_ENGINE_TEXT)
        )
        self._update_enabled()

    # Actions ------------------------------------------------------------------------------

    def test_voice(self) -> None:
        if self._speech is not None:
            self._speech.test_phrase(self.chosen())

    def apply(self) -> None:
        settings = self.chosen()
        store_voice_settings(self._preferences, settings)
        if self._speech is not None:
            self._speech.apply(settings)

    def reset_to_defaults(self) -> None:
        self._show(VoiceSettings())
