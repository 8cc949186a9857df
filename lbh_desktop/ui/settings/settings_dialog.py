"""The Settings dialog (Edit → Preferences…): sound, voice, player, appearance, goals, data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.ui.settings.appearance_page import AppearancePage
from lbh_desktop.ui.settings.settings_fields import buddy_label, described, spin_box
from lbh_desktop.ui.settings.settings_values import (
    DEFAULTS,
    GOAL_RANGE,
    PREPARE_RANGE,
    REST_RANGE,
    VOLUME_RANGE,
    SettingsChoices,
)
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.scrolling import scrolling

VoiceSectionFactory = Callable[[QWidget], QWidget]
"""Builds the voice section (a widget with `apply()` and `reset_to_defaults()`)."""
DataFolderPageFactory = Callable[[QWidget], QWidget]
"""Builds the Data folder page (DataFolderController.build_tab); its changes need no OK."""
NO_VOICE_TEXT = QT_TRANSLATE_NOOP(
    "settings_dialog", "Voice settings are not available in this version; cues are beeps."
)


class ConfirmReset:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("settings_dialog", "Reset to defaults?"),
            translate(
                "settings_dialog",
                "Put the default values in every field of this dialog?\n\n"
                "Nothing changes until you press OK. Your history, routines and break "
                "schedule are kept.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes


def open_folder(path: Path) -> bool:
    """Shows the folder in the desktop's file manager; False when that is not possible."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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
        *,
        restart_offered: bool = False,
    ) -> None:
        """`restart_offered`: a new language offers Restart now (see `restart_chosen`)."""
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Settings"))
        self._data_dir = data_dir
        self.restart_chosen = False
        """OK came from Restart now: the app is to restart once these settings are saved."""
        self.appearance = AppearancePage(system_theme_text, choices.language, restart_offered)
        self.theme, self.text_scale = self.appearance.theme, self.appearance.text_scale
        self.theme_note, self.language = self.appearance.theme_note, self.appearance.language
        self.voice_section = voice_section(self) if voice_section is not None else None
        self.data_folder_page = data_folder_page(self) if data_folder_page is not None else None
        self.tabs = QTabWidget()
        self.tabs.addTab(
            scrolling(self._sound_page()), translate("settings_dialog", "&Sound and voice")
        )
        self.tabs.addTab(
            scrolling(self._player_page()), translate("settings_dialog", "&Player and goals")
        )
        self.tabs.addTab(scrolling(self.appearance), translate("settings_dialog", "&Appearance"))
        self.tabs.addTab(
            scrolling(self._breaks_and_data_page(open_break_settings)),
            translate("settings_dialog", "&Data"),
        )
        if self.data_folder_page is not None:
            self.tabs.addTab(
                scrolling(self.data_folder_page), translate("settings_dialog", "Data &folder")
            )
        self.tabs.setAccessibleName(translate("settings_dialog", "Settings pages"))
        self.tabs.setToolTip(translate("settings_dialog", "Ctrl+Tab moves to the next page"))
        self.note_label = plain_label(wrap=True, object_name="message")
        self.note_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = self.buttons.addButton(
            translate("settings_dialog", "&Reset to defaults…"),
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        for button, name, tip in (
            (
                self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                translate("settings_dialog", "OK"),
                translate("settings_dialog", "Use these settings"),
            ),
            (
                self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                translate("settings_dialog", "Cancel"),
                translate("settings_dialog", "Close without changing anything (Esc)"),
            ),
            (
                self.reset_button,
                translate("settings_dialog", "Reset to defaults"),
                translate("settings_dialog", "Fill in the default values (asks first)"),
            ),
        ):
            described(button, name, tip)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.appearance.restart_requested.connect(self._restart)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.sounds_on.toggled.connect(self._update_enabled)
        self.volume.valueChanged.connect(lambda value: self.volume_value.setText(f"{value} %"))
        self.set_choices(choices)
        self._fit_to(parent)

    def _sound_page(self) -> QWidget:
        page = QWidget()
        self.sounds_on = QCheckBox(
            translate("settings_dialog", "Play cue &sounds (3-2-1 beeps, start and end)")
        )
        described(
            self.sounds_on,
            translate("settings_dialog", "Cue sounds"),
            translate("settings_dialog", "Beeps at 3-2-1 and when a move starts or ends (M)"),
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(*VOLUME_RANGE)
        self.volume.setPageStep(10)
        described(
            self.volume,
            translate("settings_dialog", "Sound volume"),
            translate("settings_dialog", "Loudness of the cue sounds, 0–100 %"),
        )
        self.volume_value = plain_label()
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        form = QFormLayout()
        form.addRow(self.sounds_on)
        form.addRow(buddy_label(translate("settings_dialog", "&Volume:"), self.volume), volume_row)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        if self.voice_section is not None:
            layout.addWidget(self.voice_section)
        else:
            voice = QGroupBox(translate("settings_dialog", "Voice"))
            no_voice = translate("settings_dialog", NO_VOICE_TEXT)
            QVBoxLayout(voice).addWidget(plain_label(no_voice, wrap=True))
            layout.addWidget(voice)
        layout.addStretch(1)
        return page

    def _player_page(self) -> QWidget:
        page = QWidget()
        self.prepare_seconds = spin_box(PREPARE_RANGE, " s")
        described(
            self.prepare_seconds,
            translate("settings_dialog", "Get-ready countdown"),
            translate(
                "settings_dialog",
                "Seconds to get into position before the first move (0 starts at once)",
            ),
        )
        self.default_rest = spin_box(REST_RANGE, " s", 5)
        described(
            self.default_rest,
            translate("settings_dialog", "Default rest"),
            translate(
                "settings_dialog",
                "The rest after a move that a new step gets in the routine editor",
            ),
        )
        self.strength_goal = spin_box(GOAL_RANGE, translate("settings_dialog", " a week"))
        described(
            self.strength_goal,
            translate("settings_dialog", "Strength sessions a week"),
            translate("settings_dialog", "2–3 a week is the usual guidance"),
        )
        self.stretch_goal = spin_box(GOAL_RANGE, translate("settings_dialog", " days"))
        described(
            self.stretch_goal,
            translate("settings_dialog", "Stretching days a week"),
            translate("settings_dialog", "Daily stretching is the usual guidance"),
        )
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(translate("settings_dialog", "&Get-ready countdown:"), self.prepare_seconds)
        form.addRow(translate("settings_dialog", "Default &rest for new steps:"), self.default_rest)
        form.addRow(translate("settings_dialog", "S&trength goal:"), self.strength_goal)
        form.addRow(translate("settings_dialog", "Str&etching goal:"), self.stretch_goal)
        return page

    def _breaks_and_data_page(self, open_break_settings: Callable[[], None] | None) -> QWidget:
        page = QWidget()
        self.break_button = QPushButton(translate("settings_dialog", "Break &schedule…"))
        described(
            self.break_button,
            translate("settings_dialog", "Break schedule"),
            translate(
                "settings_dialog",
                "Stretch-break reminders: interval, working days and hours, routine",
            ),
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
        if shared:
            folder_name = translate("settings_dialog", "Settings folder")
            folder_tip = translate(
                "settings_dialog",
                "This computer's own settings; the Data folder page says where your history is",
            )
            open_name = translate("settings_dialog", "Open settings folder")
            caption = translate("settings_dialog", "Se&ttings folder:")
        else:
            folder_name = translate("settings_dialog", "Data folder")
            folder_tip = translate(
                "settings_dialog", "Your history, routines and settings live here"
            )
            open_name = translate("settings_dialog", "Open data folder")
            caption = translate("settings_dialog", "Data &folder:")
        described(self.data_folder, folder_name, folder_tip)
        self.open_folder_button = QPushButton(translate("settings_dialog", "&Open folder"))
        described(
            self.open_folder_button,
            open_name,
            translate("settings_dialog", "Show the folder in your file manager"),
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
        form.addRow(
            buddy_label(translate("settings_dialog", "Breaks:"), self.break_button), break_row
        )
        form.addRow(buddy_label(caption, self.data_folder), folder_row)
        return page

    def _fit_to(self, parent: QWidget | None) -> None:
        # Wide enough for every tab's name in full (a longer language), within the window;
        # past that (very large text) the tabs scroll.
        self.ensurePolished()
        tabs = self.tabs.tabBar().sizeHint().width()
        if (layout := self.layout()) is not None:
            tabs += layout.contentsMargins().left() + layout.contentsMargins().right()
        width, height = max(640, tabs), 520
        if parent is not None:
            width = min(width, parent.width() - 40)
            height = min(height, parent.height() - 40)
        self.resize(max(width, 400), max(height, 320))

    def _update_enabled(self) -> None:
        self.volume.setEnabled(self.sounds_on.isChecked())
        self.volume_value.setEnabled(self.sounds_on.isChecked())

    def _open_data_folder(self) -> None:
        if not open_folder(self._data_dir):
            text = translate(
                "settings_dialog", "Could not open a file manager. The folder is {folder}"
            )
            self.note_label.setText(text.format(folder=self._data_dir))
            self.note_label.show()

    def set_choices(self, choices: SettingsChoices) -> None:
        self.sounds_on.setChecked(choices.sounds_on)
        self.volume.setValue(choices.volume)
        self.volume_value.setText(f"{choices.volume} %")
        self.prepare_seconds.setValue(choices.prepare_seconds)
        self.default_rest.setValue(choices.default_rest_seconds)
        self.appearance.set_values(choices.theme, choices.text_scale_percent, choices.language)
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
            language=self.appearance.chosen_language(),
        )

    def reset_to_defaults(self) -> None:
        if not ConfirmReset.ask(self):
            return
        self.set_choices(DEFAULTS)
        reset_voice = getattr(self.voice_section, "reset_to_defaults", None)
        if callable(reset_voice):
            reset_voice()
        self.note_label.setText(
            translate(
                "settings_dialog", "The defaults are filled in: OK uses them, Cancel keeps yours."
            )
        )
        self.note_label.show()

    def _restart(self) -> None:
        self.restart_chosen = True
        self.accept()

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
        *,
        restart_offered: bool = False,
    ) -> tuple[SettingsChoices, bool] | None:
        """After OK, the chosen settings (the voice section has applied its own) and whether
        the app is to restart once they are saved (Restart now); None after Cancel."""
        dialog = cls(
            choices,
            data_dir,
            system_theme_text,
            voice_section,
            open_break_settings,
            parent,
            data_folder_page,
            restart_offered=restart_offered,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.choices(), dialog.restart_chosen) if accepted else None
