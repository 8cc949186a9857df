"""Typed user preferences and window state over a QSettings INI file in the data folder."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from lbh_desktop.core.i18n import LANGUAGE_CHOICES
from lbh_desktop.core.models import Variation
from lbh_desktop.storage.private_settings import PrivateSettings

if TYPE_CHECKING:  # the player's levels and cues: on first use, not in the background app
    from lbh_desktop.core.levels import EasedMove, PlayLevel
    from lbh_desktop.core.voice_cues import CueKind


def _level_key(routine_id: str) -> str:
    # QSettings reads "/" and "\\" in a key as groups; a routine id is any text.
    return "levels/" + routine_id.replace("/", "_").replace("\\", "_")


def _eased_group(exercise_id: str) -> str:
    return "eased_moves/" + exercise_id.replace("/", "_").replace("\\", "_")


class Preferences:
    """User choices (kept) apart from window state (`ui/…` keys, safe to throw away)."""

    def __init__(self, path: Path) -> None:
        self._settings: QSettings = PrivateSettings(path)  # 0600 file in a 0700 folder

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

    # Voice (ui/speech/speech.py reads these through voice_settings_from) ------------------------

    @property
    def voice_enabled(self) -> bool:
        return self._bool("voice/enabled", True)

    @voice_enabled.setter
    def voice_enabled(self, enabled: bool) -> None:
        self._settings.setValue("voice/enabled", enabled)
        self._settings.sync()

    @property
    def voice_cue_kinds(self) -> frozenset[CueKind]:
        """The spoken cue kinds that are on (breathing is `breathing_cue`); all unless set."""
        from lbh_desktop.core.voice_cues import DEFAULT_CUE_KINDS

        value = self._settings.value("voice/cue_kinds")
        if value is None:
            return DEFAULT_CUE_KINDS
        text = ",".join(value) if isinstance(value, list) else str(value)
        names = {part.strip() for part in text.split(",")}
        return frozenset(kind for kind in DEFAULT_CUE_KINDS if kind.value in names)

    @voice_cue_kinds.setter
    def voice_cue_kinds(self, kinds: frozenset[CueKind]) -> None:
        from lbh_desktop.core.voice_cues import DEFAULT_CUE_KINDS

        chosen = sorted(kind.value for kind in kinds if kind in DEFAULT_CUE_KINDS)
        self._settings.setValue("voice/cue_kinds", ",".join(chosen) or "none")
        self._settings.sync()

    @property
    def breathing_cue(self) -> bool:
        return self._bool("voice/breathing", False)

    @breathing_cue.setter
    def breathing_cue(self, enabled: bool) -> None:
        self._settings.setValue("voice/breathing", enabled)
        self._settings.sync()

    @property
    def voice_name(self) -> str:
        """ "" is the speech engine's default voice."""
        value = self._settings.value("voice/name", "")
        return value if isinstance(value, str) else ""

    @voice_name.setter
    def voice_name(self, name: str) -> None:
        self._settings.setValue("voice/name", name)
        self._settings.sync()

    @property
    def voice_rate(self) -> int:
        """Speaking rate in percent, -100 (slow) to 100 (fast); 0 is normal."""
        return self._int("voice/rate", 0, -100, 100)

    @voice_rate.setter
    def voice_rate(self, percent: int) -> None:
        self._settings.setValue("voice/rate", percent)
        self._settings.sync()

    @property
    def voice_volume(self) -> int:
        """Voice volume in percent."""
        return self._int("voice/volume", 80, 0, 100)

    @voice_volume.setter
    def voice_volume(self, percent: int) -> None:
        self._settings.setValue("voice/volume", percent)
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

    def routine_level(self, routine_id: str) -> PlayLevel:
        """The level a routine is played at (core/levels.py); standard until chosen."""
        from lbh_desktop.core.levels import PlayLevel, parse_level

        return parse_level(self._settings.value(_level_key(routine_id), PlayLevel.STANDARD.value))

    def set_routine_level(self, routine_id: str, level: PlayLevel) -> None:
        self._settings.setValue(_level_key(routine_id), level.value)
        self._settings.sync()

    # Moves remembered easier after "This hurts" (core/levels.py EasedMove), per exercise id.
    def eased_move(self, exercise_id: str) -> EasedMove | None:
        """The version chosen for a move after "This hurts", or None (also when damaged)."""
        from lbh_desktop.core.levels import EasedMove

        group = _eased_group(exercise_id)
        try:
            variation = Variation(str(self._settings.value(f"{group}/variation", "")))
            last_hurt = date.fromisoformat(str(self._settings.value(f"{group}/last_hurt", "")))
        except ValueError:
            return None
        return EasedMove(exercise_id, variation, last_hurt)

    def remember_eased_move(self, move: EasedMove) -> None:
        group = _eased_group(move.exercise_id)
        self._settings.setValue(f"{group}/variation", move.variation.value)
        self._settings.setValue(f"{group}/last_hurt", move.last_hurt.isoformat())
        self._settings.sync()

    def forget_eased_move(self, exercise_id: str) -> None:
        self._settings.remove(_eased_group(exercise_id))
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
    def follow_do_not_disturb(self) -> bool:
        """Hold reminders while the desktop's do not disturb is on or a window is full-screen."""
        return self._bool("breaks/follow_do_not_disturb", True)

    @follow_do_not_disturb.setter
    def follow_do_not_disturb(self, enabled: bool) -> None:
        self._settings.setValue("breaks/follow_do_not_disturb", enabled)
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

    # Settings dialog (ui/settings/settings_dialog.py); settings_values.py mirrors these defaults.
    @property
    def sound_volume(self) -> int:
        """Cue sound volume in per cent."""
        return self._int("sound/volume", 80, 0, 100)

    @sound_volume.setter
    def sound_volume(self, percent: int) -> None:
        self._settings.setValue("sound/volume", percent)
        self._settings.sync()

    @property
    def prepare_seconds(self) -> int:
        """The get-ready countdown before a routine's first move."""
        return self._int("player/prepare_seconds", 5, 0, 60)

    @prepare_seconds.setter
    def prepare_seconds(self, seconds: int) -> None:
        self._settings.setValue("player/prepare_seconds", seconds)
        self._settings.sync()

    @property
    def default_rest_seconds(self) -> int:
        """The rest after a move that the routine editor gives a new step."""
        return self._int("editor/default_rest_seconds", 20, 0, 300)

    @default_rest_seconds.setter
    def default_rest_seconds(self, seconds: int) -> None:
        self._settings.setValue("editor/default_rest_seconds", seconds)
        self._settings.sync()

    @property
    def theme(self) -> str:
        """The theme: "system", "light" or "dark"."""
        value = self._settings.value("appearance/theme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, name: str) -> None:
        self._settings.setValue("appearance/theme", name)
        self._settings.sync()

    @property
    def text_scale_percent(self) -> int:
        """Text size relative to the system's, 100–200 %."""
        return self._int("appearance/text_scale_percent", 100, 100, 200)

    @text_scale_percent.setter
    def text_scale_percent(self, percent: int) -> None:
        self._settings.setValue("appearance/text_scale_percent", percent)
        self._settings.sync()

    @property
    def language(self) -> str:
        """The interface language: "system" (the desktop's), or "en", "de", "es", "fr"."""
        value = self._settings.value("appearance/language", "system")
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, choice: str) -> None:
        if choice not in LANGUAGE_CHOICES:
            choices = ", ".join(LANGUAGE_CHOICES)
            raise ValueError(f"language must be one of {choices}, not {choice!r}")
        self._settings.setValue("appearance/language", choice)
        self._settings.sync()

    @property
    def history_folder(self) -> Path | None:
        """The data folder this computer reads and writes (Settings → Data folder), which
        may be inside a synced folder; None is the default folder (also for a relative path)."""
        value = self._settings.value("data/history_folder", "")
        if not isinstance(value, str) or not value.strip():
            return None
        folder = Path(value).expanduser()
        return folder if folder.is_absolute() else None

    @history_folder.setter
    def history_folder(self, folder: Path | None) -> None:
        if folder is None:
            self._settings.remove("data/history_folder")
        else:
            self._settings.setValue("data/history_folder", os.path.abspath(folder.expanduser()))
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("ui/window_geometry", geometry)
        self._settings.sync()
