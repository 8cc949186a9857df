"""Typed user preferences and window state over a QSettings INI file in the data folder."""

from __future__ import annotations

from datetime import time
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
    def break_interval_minutes(self) -> int:
        """Minutes of activity between stretch-break reminders."""
        return self._int("breaks/interval_minutes", 50, 1, 240)

    @break_interval_minutes.setter
    def break_interval_minutes(self, minutes: int) -> None:
        self._settings.setValue("breaks/interval_minutes", minutes)
        self._settings.sync()

    @property
    def working_days(self) -> frozenset[int]:
        """Weekdays with reminders, Monday = 0; Monday to Friday unless set."""
        value = self._settings.value("breaks/working_days", "0,1,2,3,4")
        text = ",".join(value) if isinstance(value, list) else str(value)
        try:
            days = frozenset(int(part) for part in text.split(",") if part.strip())
        except ValueError:
            return frozenset(range(5))
        return days if days and days <= set(range(7)) else frozenset(range(5))

    @working_days.setter
    def working_days(self, days: frozenset[int]) -> None:
        self._settings.setValue("breaks/working_days", ",".join(str(d) for d in sorted(days)))
        self._settings.sync()

    def _time(self, key: str, default: time) -> time:
        try:
            return time.fromisoformat(str(self._settings.value(key, default.isoformat("minutes"))))
        except ValueError:
            return default

    @property
    def working_hours(self) -> tuple[time, time]:
        """(start, end) of the working day, 09:00 to 17:30 unless set."""
        start = self._time("breaks/working_start", time(9, 0))
        end = self._time("breaks/working_end", time(17, 30))
        return (start, end) if start < end else (time(9, 0), time(17, 30))

    @working_hours.setter
    def working_hours(self, hours: tuple[time, time]) -> None:
        self._settings.setValue("breaks/working_start", hours[0].isoformat("minutes"))
        self._settings.setValue("breaks/working_end", hours[1].isoformat("minutes"))
        self._settings.sync()

    @property
    def break_pre_warning(self) -> bool:
        """A heads-up a minute before each break reminder."""
        return self._bool("breaks/pre_warning", True)

    @break_pre_warning.setter
    def break_pre_warning(self, enabled: bool) -> None:
        self._settings.setValue("breaks/pre_warning", enabled)
        self._settings.sync()

    @property
    def breaks_enabled(self) -> bool:
        return self._bool("breaks/enabled", True)

    @breaks_enabled.setter
    def breaks_enabled(self, enabled: bool) -> None:
        self._settings.setValue("breaks/enabled", enabled)
        self._settings.sync()

    @property
    def pinned_break_routine(self) -> str:
        """A routine id to use for every break; "" rotates through the desk-friendly ones."""
        value = self._settings.value("breaks/pinned_routine", "")
        return value if isinstance(value, str) else ""

    @pinned_break_routine.setter
    def pinned_break_routine(self, routine_id: str) -> None:
        self._settings.setValue("breaks/pinned_routine", routine_id)
        self._settings.sync()

    @property
    def close_to_tray(self) -> bool:
        return self._bool("tray/close_to_tray", True)

    @close_to_tray.setter
    def close_to_tray(self, enabled: bool) -> None:
        self._settings.setValue("tray/close_to_tray", enabled)
        self._settings.sync()

    @property
    def close_to_tray_explained(self) -> bool:
        return self._bool("tray/close_to_tray_explained", False)

    @close_to_tray_explained.setter
    def close_to_tray_explained(self, explained: bool) -> None:
        self._settings.setValue("tray/close_to_tray_explained", explained)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/window_geometry", geometry)
        self._settings.sync()
