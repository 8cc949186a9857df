"""Which sessions count toward Progress: completed, or at least half done (read at start-up)."""

from __future__ import annotations

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.models import SessionRecord, SessionStatus

# Enum members as module constants: `SessionStatus.COMPLETED` costs a slow class lookup, and
# these are read for each of thousands of sessions.
_COMPLETED = SessionStatus.COMPLETED
_PARTIAL = SessionStatus.PARTIAL

COUNTS_RULE = QT_TRANSLATE_NOOP(
    "counting", "sessions count toward Progress once at least half is done"
)
"""counts() in plain words; the player, the library and Progress all say it (counts_rule())."""


def counts_rule() -> str:
    """COUNTS_RULE in the user's language."""
    return translate("counting", COUNTS_RULE)


def counts(session: SessionRecord) -> bool:
    """Completed, or partial with at least half the planned time done; never stopped or open."""
    status = session.status
    if status is _COMPLETED:
        return True
    if status is _PARTIAL:
        return session.done_seconds >= session.planned_seconds / 2
    return False
