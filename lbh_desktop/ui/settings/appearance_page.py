"""Settings → Appearance: the theme, the text size and the language of the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from lbh_desktop.core.i18n import LANGUAGES, translate
from lbh_desktop.ui.settings.data_folder_tab import announce
from lbh_desktop.ui.settings.settings_fields import buddy_label, described, spin_box
from lbh_desktop.ui.settings.settings_values import TEXT_SCALE_RANGE, THEME_LABELS
from lbh_desktop.ui.shared.plain_label import plain_label

SYSTEM_LANGUAGE = "system"
"""The language choice that follows the desktop (else English)."""
LANGUAGE_NAMES = {
    "en": "English",  # i18n: not text (each language goes by its own name, untranslated)
    "de": "Deutsch",  # i18n: not text
    "es": "Español",  # i18n: not text
    "fr": "Français",  # i18n: not text
}


class AppearancePage(QWidget):
    """The theme, text size and language choices; a new language waits for the next start,
    which the Restart now button (when offered) brings about at once."""

    restart_requested = Signal()

    def __init__(
        self,
        system_theme_text: str,
        saved_language: str,
        restart_offered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._system_theme_text = system_theme_text
        self._saved_language = saved_language
        self._restart_offered = restart_offered
        self.theme = QComboBox()
        for name, label in THEME_LABELS:
            self.theme.addItem(translate("settings_values", label), name)
        described(
            self.theme,
            translate("appearance_page", "Theme"),
            translate("appearance_page", "Light, dark, or whatever your desktop uses"),
        )
        self.theme_note = plain_label(wrap=True, object_name="detailMeta")
        self.text_scale = spin_box(TEXT_SCALE_RANGE, " %", 10)
        described(
            self.text_scale,
            translate("appearance_page", "Text size"),
            translate("appearance_page", "Text size compared with your system's, 100–200 %"),
        )
        self.language = QComboBox()
        self.language.addItem(translate("appearance_page", "System language"), SYSTEM_LANGUAGE)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        described(
            self.language,
            translate("appearance_page", "Language"),
            translate(
                "appearance_page",
                "The language of LBH Desktop's windows and messages; a change takes effect "
                "the next time it starts",
            ),
        )
        self.language_note = plain_label(wrap=True, object_name="message")
        self.language_note.setText(
            translate(
                "appearance_page", "The new language is used the next time LBH Desktop starts."
            )
        )
        self.language_note.setAccessibleName(translate("appearance_page", "Language note"))
        self.restart_button = QPushButton(translate("appearance_page", "Restart &now"))
        described(
            self.restart_button,
            translate("appearance_page", "Restart now"),
            translate(
                "appearance_page",
                "Use these settings, close LBH Desktop and start it again in the new language",
            ),
        )
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_note, 1)
        language_row.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.language_note.hide()
        self.restart_button.hide()

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(buddy_label(translate("appearance_page", "&Theme:"), self.theme), self.theme)
        form.addRow("", self.theme_note)
        form.addRow(
            buddy_label(translate("appearance_page", "Te&xt size:"), self.text_scale),
            self.text_scale,
        )
        form.addRow(
            "",
            plain_label(
                translate(
                    "appearance_page",
                    "Mat mode (F11 in the player) always shows white on black in the largest type.",
                ),
                wrap=True,
                object_name="detailMeta",
            ),
        )
        form.addRow(
            buddy_label(translate("appearance_page", "&Language:"), self.language), self.language
        )
        form.addRow("", language_row)
        self.theme.currentIndexChanged.connect(self._show_theme_note)
        self.language.currentIndexChanged.connect(self._show_language_note)
        self.restart_button.clicked.connect(self.restart_requested)

    def set_values(self, theme: str, text_scale_percent: int, language: str) -> None:
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.text_scale.setValue(text_scale_percent)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._show_theme_note()
        self._show_language_note()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _show_theme_note(self) -> None:
        following = self.theme.currentData() == "system"
        self.theme_note.setText(self._system_theme_text)
        self.theme_note.setVisible(following and bool(self._system_theme_text))

    def _show_language_note(self) -> None:
        changed = self.chosen_language() != self._saved_language
        was_shown = self.language_note.isVisibleTo(self)
        self.language_note.setVisible(changed)
        self.restart_button.setVisible(changed and self._restart_offered)
        if changed and not was_shown:
            announce(self.language_note, self.language_note.text())
