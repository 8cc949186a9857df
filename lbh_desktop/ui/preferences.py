"""Typed user preferences and window state over a QSettings INI file in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Preferences:
    """User choices (kept) apart from window state (`ui/…` keys, safe to throw away)."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._settings.fileName())

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def safety_notice_accepted(self) -> bool:
        return self._bool("safety/notice_accepted", False)

    @safety_notice_accepted.setter
    def safety_notice_accepted(self, accepted: bool) -> None:
        self._settings.setValue("safety/notice_accepted", accepted)
        self._settings.sync()

    @property
    def muted(self) -> bool:
        return self._bool("sound/muted", False)

    @muted.setter
    def muted(self, muted: bool) -> None:
        self._settings.setValue("sound/muted", muted)
        self._settings.sync()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._settings.value(key, default))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return value if low <= value <= high else default

    @property
    def strength_goal(self) -> int:
        """Strength sessions a week: 2–3 is the usual guidance."""
        return self._int("goals/strength_per_week", 3, 1, 7)

    @strength_goal.setter
    def strength_goal(self, sessions: int) -> None:
        self._settings.setValue("goals/strength_per_week", sessions)
        self._settings.sync()

    @property
    def stretch_goal(self) -> int:
        """Days a week with stretching: daily is the guidance."""
        return self._int("goals/stretch_days_per_week", 7, 1, 7)

    @stretch_goal.setter
    def stretch_goal(self, days: int) -> None:
        self._settings.setValue("goals/stretch_days_per_week", days)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/window_geometry", geometry)
        self._settings.sync()
