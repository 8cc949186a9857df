"""The choices the Settings dialog edits, their defaults, and reading and writing them."""

from __future__ import annotations

from dataclasses import dataclass

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP
from lbh_desktop.storage.preferences import Preferences

THEME_LABELS = (
    ("system", QT_TRANSLATE_NOOP("settings_values", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("settings_values", "Light")),
    ("dark", QT_TRANSLATE_NOOP("settings_values", "Dark")),
)
"""Each theme and its name, shown as translate("settings_values", name)."""
VOLUME_RANGE = (0, 100)
PREPARE_RANGE = (0, 60)
REST_RANGE = (0, 300)
TEXT_SCALE_RANGE = (100, 200)
GOAL_RANGE = (1, 7)


@dataclass(frozen=True)
class SettingsChoices:
    sounds_on: bool
    volume: int
    prepare_seconds: int
    default_rest_seconds: int
    theme: str
    text_scale_percent: int
    strength_goal: int
    stretch_goal: int
    language: str = "system"
    """Used from the next start: "system" or one of core.i18n.LANGUAGES."""

    @classmethod
    def read(cls, preferences: Preferences) -> SettingsChoices:
        return cls(
            sounds_on=not preferences.muted,
            volume=preferences.sound_volume,
            prepare_seconds=preferences.prepare_seconds,
            default_rest_seconds=preferences.default_rest_seconds,
            theme=preferences.theme,
            text_scale_percent=preferences.text_scale_percent,
            strength_goal=preferences.strength_goal,
            stretch_goal=preferences.stretch_goal,
            language=preferences.language,
        )

    def write(self, preferences: Preferences) -> None:
        preferences.muted = not self.sounds_on
        preferences.sound_volume = self.volume
        preferences.prepare_seconds = self.prepare_seconds
        preferences.default_rest_seconds = self.default_rest_seconds
        preferences.theme = self.theme
        preferences.text_scale_percent = self.text_scale_percent
        preferences.strength_goal = self.strength_goal
        preferences.stretch_goal = self.stretch_goal
        preferences.language = self.language


DEFAULTS = SettingsChoices(
    sounds_on=True,
    volume=80,
    prepare_seconds=5,
    default_rest_seconds=20,
    theme="system",
    text_scale_percent=100,
    strength_goal=3,
    stretch_goal=7,
    language="system",
)
"""What a fresh Preferences file reads as (a test keeps the two in step)."""
