"""The pain traffic light: a 0–10 rating's zone, the user's baseline, and when to ease off."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import SessionRecord, SessionStatus
from lbh_desktop.core.red_flags import emergency_pointer

GO_MAX_PAIN = 3
"""Pain ratings 0–3: go. 4 to HOLD_MAX_PAIN: hold the level. Above: ease off."""
HOLD_MAX_PAIN = 5
PAIN_RISE_WARNING = 2
"""A rating this many points above the user's own baseline advises easing off."""
BASELINE_RATINGS = 5
"""The baseline is the median of the user's previous ratings, at most this many."""


class PainZone(StrEnum):
    GO = "go"
    HOLD = "hold the level"
    EASE_OFF = "ease off"


def pain_zone(rating: int) -> PainZone:
    """The traffic light of a 0–10 rating: 0–3 go, 4–5 hold the level, 6+ ease off."""
    if rating <= GO_MAX_PAIN:
        return PainZone.GO
    return PainZone.HOLD if rating <= HOLD_MAX_PAIN else PainZone.EASE_OFF


NEXT_DAY_RISE = 2
"""A rating before a session this many points above the day before's counts as "worse the
next morning": a sign the last session was too much, so ease off."""


class PainReason(StrEnum):
    HIGH = "high"
    """The latest rating is in the ease-off zone (6 or more), whatever came before."""
    RISE = "rise"
    """The latest rating is PAIN_RISE_WARNING or more above the user's baseline."""


@dataclass(frozen=True)
class PainWarning:
    latest: int
    baseline: float | None
    reason: PainReason
    before_session: bool = False
    """The baseline is the rating given before this same session, not the usual one."""


def _latest_of(routine_id: str, sessions: Iterable[SessionRecord]) -> SessionRecord | None:
    mine = [
        s
        for s in sessions
        if s.routine_id == routine_id and s.status is not SessionStatus.IN_PROGRESS
    ]
    return max(mine, key=lambda s: s.started_utc, default=None)


def pain_baseline(sessions: Iterable[SessionRecord], before: str) -> float | None:
    """The median of the user's last BASELINE_RATINGS ratings (any routine) that started
    before `before`; None when there are none."""
    rated = sorted(
        (s for s in sessions if s.pain is not None and s.started_utc < before),
        key=lambda s: s.started_utc,
    )
    ratings = [s.pain for s in rated[-BASELINE_RATINGS:] if s.pain is not None]
    return _median(ratings) if ratings else None


def pain_warning(routine_id: str, sessions: Sequence[SessionRecord]) -> PainWarning | None:
    """Advice to ease off after the routine's latest session: its rating is 6 or more, or it
    is 2 or more above the rating given before that same session, or above the user's own
    baseline (so a slow creep warns too)."""
    last = _latest_of(routine_id, sessions)
    if last is None or last.pain is None:
        return None
    latest = last.pain
    baseline = pain_baseline(sessions, last.started_utc)
    if pain_zone(latest) is PainZone.EASE_OFF:
        return PainWarning(latest, baseline, PainReason.HIGH)
    before = last.pain_before
    if before is not None and latest - before >= PAIN_RISE_WARNING:
        return PainWarning(latest, float(before), PainReason.RISE, before_session=True)
    if baseline is not None and latest - baseline >= PAIN_RISE_WARNING:
        return PainWarning(latest, baseline, PainReason.RISE)
    return None


def describe_pain_warning(warning: PainWarning, routine_name: str, *, on_easier: bool) -> str:
    """The advice after a painful session, in plain words; `on_easier`: the routine is played
    at the easier level already, so the advice is a rest day and going gently."""
    if on_easier:
        ease = translate("pain_model", "Take a rest day or a gentle walk, and go gently next time.")
    else:
        ease = translate("pain_model", "Try the easier level next time, or take a rest day.")
    latest, name = warning.latest, routine_name
    if warning.reason is PainReason.HIGH or warning.baseline is None:
        text = translate(
            "pain_model",
            "You rated your back and hips {rating} out of 10 after {routine}: that is in the "
            "ease-off zone (6 or more). {advice}",
        )
        return text.format(rating=latest, routine=name, advice=ease)
    rise, baseline = _number(latest - warning.baseline), _number(warning.baseline)
    if warning.before_session:
        text = translate(
            "pain_model",
            "You rated your back and hips {rating} out of 10 after {routine}, {rise} more than "
            "the {before} you rated before it. {advice}",
        )
        return text.format(rating=latest, routine=name, rise=rise, before=baseline, advice=ease)
    text = translate(
        "pain_model",
        "You rated your back and hips {rating} out of 10 after {routine}, {rise} more than "
        "your usual {usual}. {advice}",
    )
    return text.format(rating=latest, routine=name, rise=rise, usual=baseline, advice=ease)


def _number(value: float) -> str:
    """A rating or a median of ratings: "2", "1.5" (in the user's locale)."""
    whole = float(value).is_integer()
    return formats().number(value, 0 if whole else 1)


def day_before_rating(sessions: Iterable[SessionRecord], day: date) -> int | None:
    """The rating to compare a rating on `day` with: the one given before (else after) the
    last rated session of the calendar day before; None when that day has none."""
    yesterday = (day - timedelta(days=1)).isoformat()
    rated = [
        s
        for s in sessions
        if s.local_date == yesterday
        and s.status is not SessionStatus.IN_PROGRESS
        and (s.pain_before is not None or s.pain is not None)
    ]
    if not rated:
        return None
    last = max(rated, key=lambda s: s.started_utc)
    return last.pain_before if last.pain_before is not None else last.pain


def worse_next_morning(rating: int, day_before: int | None) -> bool:
    """A rating before today's session NEXT_DAY_RISE or more above the day before's."""
    return day_before is not None and rating - day_before >= NEXT_DAY_RISE


def before_session_advice(rating: int, *, on_easier: bool, day_before: int | None = None) -> str:
    """The Ready screen's line after the optional rating before a session: in the ease-off
    zone (6 or more), or worse than the day before (`day_before_rating`), the advice to go
    easier or rest and the emergency signs; else just the rating, kept."""
    if day_before is not None and worse_next_morning(rating, day_before):
        if on_easier:
            text = translate(
                "pain_model",
                "You rated {rating}, {rise} more than the {before} of the day before: worse the "
                "next day means the last session was too much. Please go gently on the easier "
                "level today, or rest. {emergency}",
            )
        else:
            text = translate(
                "pain_model",
                "You rated {rating}, {rise} more than the {before} of the day before: worse the "
                "next day means the last session was too much. Please take the easier level "
                "today, or rest. {emergency}",
            )
        rise = rating - day_before
        return text.format(
            rating=rating, rise=rise, before=day_before, emergency=emergency_pointer()
        )
    if pain_zone(rating) is not PainZone.EASE_OFF:
        return translate("pain_model", "You rated {rating} before starting.").format(rating=rating)
    if on_easier:
        text = translate(
            "pain_model",
            "You rated {rating}: go gently on the easier level today, or rest. {emergency}",
        )
    else:
        text = translate(
            "pain_model", "You rated {rating}: take the easier level today, or rest. {emergency}"
        )
    return text.format(rating=rating, emergency=emergency_pointer())


def _median(values: list[int]) -> float:
    # Not statistics.median: importing statistics (decimal, fractions) costs start-up time.
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2
