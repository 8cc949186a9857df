"""The Settings dialog (Edit → Preferences…): sound, voice, player, appearance, goals, data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.ui.settings.settings_values import (
    DEFAULTS,
    GOAL_RANGE,
    PREPARE_RANGE,
    REST_RANGE,
    TEXT_SCALE_RANGE,
    THEME_LABELS,
    VOLUME_RANGE,
    SettingsChoices,
)
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.scrolling import scrolling

VoiceSectionFactory = Callable[[QWidget], QWidget]
"""Builds the voice section (a widget with `apply()` and `reset_to_defaults()`)."""
DataFolderPageFactory = Callable[[QWidget], QWidget]
"""Builds the Data folder page (DataFolderController.build_tab); its changes need no OK."""
NO_VOICE_TEXT = "Voice settings are not available in this version; cues are beeps."


class ConfirmReset:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            "Reset to defaults?",
            "Put the default values in every field of this dialog?\n\n"
            "Nothing changes until you press OK. Your history, routines and break "
            "schedule are kept.",
        )
        return answer == QMessageBox.StandardButton.Yes


def open_folder(path: Path) -> bool:
    """Shows the folder in the desktop's file manager; False when that is not possible."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def described(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


def spin_box(bounds: tuple[int, int], suffix: str, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*bounds)
    box.setSuffix(suffix)
    box.setSingleStep(step)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(f"{bounds[1]}{suffix}") + 48)
    return box


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class SettingsDialog(QDialog):
    def __init__(
        self,
        choices: SettingsChoices,
        data_dir: Path,
        system_theme_text: str,
        voice_section: VoiceSectionFactory | None = None,
        open_break_settings: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        data_folder_page: DataFolderPageFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._data_dir = data_dir
        self._system_theme_text = system_theme_text
        self.voice_section = voice_section(self) if voice_section is not None else None
        self.data_folder_page = data_folder_page(self) if data_folder_page is not None else None
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self._sound_page()), "&Sound and voice")
        self.tabs.addTab(scrolling(self._player_page()), "&Player and goals")
        self.tabs.addTab(scrolling(self._appearance_page()), "&Appearance")
        self.tabs.addTab(scrolling(self._breaks_and_data_page(open_break_settings)), "&Data")
        if self.data_folder_page is not None:
            self.tabs.addTab(scrolling(self.data_folder_page), "Data &folder")
        self.tabs.setAccessibleName("Settings pages")
        self.tabs.setToolTip("Ctrl+Tab moves to the next page")
        self.note_label = plain_label(wrap=True, object_name="message")
        self.note_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = self.buttons.addButton(
            "&Reset to defaults…", QDialogButtonBox.ButtonRole.ResetRole
        )
        for button, name, tip in (
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), "OK", "Use these settings"),
            (
                self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                "Cancel",
                "Close without changing anything (Esc)",
            ),
            (self.reset_button, "Reset to defaults", "Fill in the default values (asks first)"),
        ):
            described(button, name, tip)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset_to_defaults)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.sounds_on.toggled.connect(self._update_enabled)
        self.theme.currentIndexChanged.connect(self._update_enabled)
        self.volume.valueChanged.connect(lambda value: self.volume_value.setText(f"{value} %"))
        self.set_choices(choices)
        self._fit_to(parent)

    def _sound_page(self) -> QWidget:
        page = QWidget()
        self.sounds_on = QCheckBox("Play cue &sounds (3-2-1 beeps, start and end)")
        described(self.sounds_on, "Cue sounds", "Beeps at 3-2-1 and when a move starts or ends (M)")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(*VOLUME_RANGE)
        self.volume.setPageStep(10)
        described(self.volume, "Sound volume", "Loudness of the cue sounds, 0–100 %")
        self.volume_value = plain_label()
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        form = QFormLayout()
        form.addRow(self.sounds_on)
        form.addRow(buddy_label("&Volume:", self.volume), volume_row)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        if self.voice_section is not None:
            layout.addWidget(self.voice_section)
        else:
            voice = QGroupBox("Voice")
            QVBoxLayout(voice).addWidget(plain_label(NO_VOICE_TEXT, wrap=True))
            layout.addWidget(voice)
        layout.addStretch(1)
        return page

    def _player_page(self) -> QWidget:
        page = QWidget()
        self.prepare_seconds = spin_box(PREPARE_RANGE, " s")
        described(
            self.prepare_seconds,
            "Get-ready countdown",
            "Seconds to get into position before the first move (0 starts at once)",
        )
        self.default_rest = spin_box(REST_RANGE, " s", 5)
        described(
            self.default_rest,
            "Default rest",
            "The rest after a move that a new step gets in the routine editor",
        )
        self.strength_goal = spin_box(GOAL_RANGE, " a week")
        described(
            self.strength_goal, "Strength sessions a week", "2–3 a week is the usual guidance"
        )
        self.stretch_goal = spin_box(GOAL_RANGE, " days")
        described(
            self.stretch_goal, "Stretching days a week", "Daily stretching is the usual guidance"
        )
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("&Get-ready countdown:", self.prepare_seconds)
        form.addRow("Default &rest for new steps:", self.default_rest)
        form.addRow("S&trength goal:", self.strength_goal)
        form.addRow("Str&etching goal:", self.stretch_goal)
        return page

    def _appearance_page(self) -> QWidget:
        page = QWidget()
        self.theme = QComboBox()
        for name, label in THEME_LABELS:
            self.theme.addItem(label, name)
        described(self.theme, "Theme", "Light, dark, or whatever your desktop uses")
        self.theme_note = plain_label(wrap=True, object_name="detailMeta")
        self.text_scale = spin_box(TEXT_SCALE_RANGE, " %", 10)
        described(self.text_scale, "Text size", "Text size compared with your system's, 100–200 %")
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("&Theme:", self.theme)
        form.addRow("", self.theme_note)
        form.addRow("Te&xt size:", self.text_scale)
        form.addRow(
            "",
            plain_label(
                "Mat mode (F11 in the player) always shows white on black in the largest type.",
                wrap=True,
                object_name="detailMeta",
            ),
        )
        return page

    def _breaks_and_data_page(self, open_break_settings: Callable[[], None] | None) -> QWidget:
        page = QWidget()
        self.break_button = QPushButton("Break &schedule…")
        described(
            self.break_button,
            "Break schedule",
            "Stretch-break reminders: interval, working days and hours, routine",
        )
        self.break_button.setEnabled(open_break_settings is not None)
        if open_break_settings is not None:
            self.break_button.clicked.connect(open_break_settings)
        self.data_folder = QLineEdit(str(self._data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setCursorPosition(0)
        # With a Data folder page, this folder keeps this computer's own settings; the page
        # (and its Alt+F) shows where the history and routines are.
        shared = self.data_folder_page is not None
        folder_name = "Settings folder" if shared else "Data folder"
        described(
            self.data_folder,
            folder_name,
            "This computer's own settings; the Data folder page says where your history is"
            if shared
            else "Your history, routines and settings live here",
        )
        self.open_folder_button = QPushButton("&Open folder")
        described(
            self.open_folder_button,
            f"Open {folder_name.lower()}",
            "Show the folder in your file manager",
        )
        self.open_folder_button.clicked.connect(self._open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder_button)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        break_row = QHBoxLayout()
        break_row.addWidget(self.break_button)
        break_row.addStretch(1)
        form.addRow(buddy_label("Breaks:", self.break_button), break_row)
        caption = "Se&ttings folder:" if shared else "Data &folder:"
        form.addRow(buddy_label(caption, self.data_folder), folder_row)
        return page

    def _fit_to(self, parent: QWidget | None) -> None:
        width, height = 640, 520
        if parent is not None:
            width = min(width, parent.width() - 40)
            height = min(height, parent.height() - 40)
        self.resize(max(width, 400), max(height, 320))

    def _update_enabled(self) -> None:
        self.volume.setEnabled(self.sounds_on.isChecked())
        self.volume_value.setEnabled(self.sounds_on.isChecked())
        following = self.theme.currentData() == "system"
        self.theme_note.setText(self._system_theme_text)
        self.theme_note.setVisible(following and bool(self._system_theme_text))

    def _open_data_folder(self) -> None:
        if not open_folder(self._data_dir):
            self.note_label.setText(
                f"Could not open a file manager. The folder is {self._data_dir}"
            )
            self.note_label.show()

    def set_choices(self, choices: SettingsChoices) -> None:
        self.sounds_on.setChecked(choices.sounds_on)
        self.volume.setValue(choices.volume)
        self.volume_value.setText(f"{choices.volume} %")
        self.prepare_seconds.setValue(choices.prepare_seconds)
        self.default_rest.setValue(choices.default_rest_seconds)
        self.theme.setCurrentIndex(max(0, self.theme.findData(choices.theme)))
        self.text_scale.setValue(choices.text_scale_percent)
        self.strength_goal.setValue(choices.strength_goal)
        self.stretch_goal.setValue(choices.stretch_goal)
        self._update_enabled()

    def choices(self) -> SettingsChoices:
        return SettingsChoices(
            sounds_on=self.sounds_on.isChecked(),
            volume=self.volume.value(),
            prepare_seconds=self.prepare_seconds.value(),
            default_rest_seconds=self.default_rest.value(),
            theme=str(self.theme.currentData()),
            text_scale_percent=self.text_scale.value(),
            strength_goal=self.strength_goal.value(),
            stretch_goal=self.stretch_goal.value(),
        )

    def reset_to_defaults(self) -> None:
        if not ConfirmReset.ask(self):
            return
        self.set_choices(DEFAULTS)
        reset_voice = getattr(self.voice_section, "reset_to_defaults", None)
        if callable(reset_voice):
            reset_voice()
        self.note_label.setText("The defaults are filled in: OK uses them, Cancel keeps yours.")
        self.note_label.show()

    def accept(self) -> None:
        apply_voice = getattr(self.voice_section, "apply", None)
        if callable(apply_voice):
            apply_voice()
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: SettingsChoices,
        data_dir: Path,
        system_theme_text: str,
        voice_section: VoiceSectionFactory | None = None,
        open_break_settings: Callable[[], None] | None = None,
        data_folder_page: DataFolderPageFactory | None = None,
    ) -> SettingsChoices | None:
        """The chosen settings after OK (the voice section has applied its own), or None."""
        dialog = cls(
            choices,
            data_dir,
            system_theme_text,
            voice_section,
            open_break_settings,
            parent,
            data_folder_page,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choices() if accepted else None
