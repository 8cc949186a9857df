"""A break notice: what it says and which answers (Start, Snooze) it offers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from lbh_desktop.core.i18n import translate

START_ACTION = "start"
SNOOZE_ACTION = "snooze"
SNOOZE_MINUTES = 5
"""A notification's Snooze answer, like the reminder's first snooze button."""


class NoticeKind(Enum):
    INFO = "info"
    HEADS_UP = "heads-up"
    """A break in a minute."""
    BREAK_DUE = "break-due"
    """A break is due but the reminder window stays away (quiet mode, no routine)."""


@dataclass(frozen=True)
class BreakNotice:
    title: str
    text: str
    kind: NoticeKind = NoticeKind.INFO
    can_start: bool = True
    can_snooze: bool = False

    def actions(self) -> list[tuple[str, str]]:
        """(key, label) pairs a notification offers; none for plain information."""
        if self.kind is NoticeKind.INFO:
            return []
        offered = [(START_ACTION, translate("break_notice", "Start"))] if self.can_start else []
        if self.can_snooze:
            snooze = translate("break_notice", "Snooze {minutes} min")
            offered.append((SNOOZE_ACTION, snooze.format(minutes=SNOOZE_MINUTES)))
        return offered
