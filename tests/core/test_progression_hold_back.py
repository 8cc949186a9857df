"""The step-up decision table: each reason the rule holds back, and the case that earns one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from lbh_desktop.core.models import Level, Routine, RoutineKind, SessionStatus, Step, StepMode
from lbh_desktop.core.progression import HoldBack, hold_back
from lbh_desktop.core.progression_record import ChangeKind, Decision, ProgressionRecord
from tests.core.progression_sessions import (
    ROUTINE,
    TODAY,
    days_ago,
    decided,
    offer,
    rated,
    session,
)

STOPPED_TODAY = session(TODAY, SessionStatus.STOPPED)


def before(sessions: list, *ratings: int | None) -> list:
    """The sessions with these ratings given before each (on the Ready screen)."""
    return [replace(s, pain_before=r) for s, r in zip(sessions, ratings, strict=True)]


def why(sessions: list, history: list | None = None, routine: Routine = ROUTINE) -> HoldBack | None:
    return hold_back(routine, sessions, history or [], TODAY)


@pytest.mark.parametrize(
    ("case", "sessions", "expected"),
    [
        ("3 completed, rated 0–3, no rise", rated(3, 2, 2), None),
        ("only 2 sessions", rated(1, 1), HoldBack.TOO_FEW),
        (
            "one stopped",
            [*rated(1, 1), session(TODAY, SessionStatus.STOPPED)],
            HoldBack.NOT_COMPLETED,
        ),
        ("This hurts in one", [*rated(1, 1)[:2], session(TODAY, hurt=True)], HoldBack.THIS_HURTS),
        ("This hurts in every one", days_ago(4, 2, 0, hurt=True), HoldBack.THIS_HURTS),
        ("one not rated", rated(1, None, 1), HoldBack.NO_RATING),
        ("never rated", rated(None, None, None), HoldBack.NO_RATING),
        ("rated 8 three times", rated(8, 8, 8), HoldBack.PAIN),
        ("one rating of 4", rated(1, 4, 1), HoldBack.PAIN),
        ("a rise within green", rated(1, 2, 3), HoldBack.PAIN_ROSE),
        ("worse the next morning", before(rated(1, 1, 1), 1, 1, 3), HoldBack.WORSE_NEXT_DAY),
        ("a point worse the next morning", before(rated(1, 1, 1), 1, 1, 2), None),
        ("better the next morning", before(rated(1, 1, 1), 3, 1, 0), None),
    ],
)
def test_the_decision_table(case: str, sessions: list, expected: HoldBack | None) -> None:
    assert why(sessions) is expected, case
    assert (offer(sessions) is None) is (expected is not None), case


def test_warm_up_routines_never_step_up() -> None:
    warm_up = Routine(
        "r1", "Warm-up", RoutineKind.WARMUP, Level.BEGINNER, "",
        (Step("marching-in-place", StepMode.TIMED, seconds=30),),
    )  # fmt: skip
    assert why(rated(0, 0, 0), routine=warm_up) is HoldBack.WARM_UP
    assert offer(rated(0, 0, 0), routine=warm_up) is None


def test_a_step_up_or_a_decline_within_seven_days_holds_back() -> None:
    six_sessions = rated(1, 1, 1, 1, 1, 1)
    assert why(six_sessions, [decided(6)]) is HoldBack.RECENT_DECISION
    assert why(six_sessions, [decided(6, Decision.DECLINED)]) is HoldBack.RECENT_DECISION
    assert why(rated(1, 1, 1), [decided(0, Decision.DECLINED)]) is HoldBack.RECENT_DECISION
    # A week later, three sessions after the step up are needed again.
    step_up_8_days_ago = [decided(8)]
    assert why(days_ago(9, 8, 1, 0), step_up_8_days_ago) is HoldBack.TOO_FEW
    assert why(days_ago(9, 8, 2, 1, 0), step_up_8_days_ago) is None


def test_a_declined_offer_older_than_a_week_is_offered_again() -> None:
    assert offer(days_ago(3, 2, 0), [decided(7, Decision.DECLINED)]) is not None


def test_older_sessions_before_the_last_three_do_not_matter() -> None:
    older = [session(TODAY - timedelta(days=9), SessionStatus.PARTIAL, pain=7, hurt=True)]
    assert why(older + days_ago(4, 2, 0)) is None


@pytest.mark.parametrize("status", [SessionStatus.IN_PROGRESS])
def test_an_unfinished_session_is_not_counted(status: SessionStatus) -> None:
    sessions = [*days_ago(4, 2), session(TODAY, status)]
    assert why(sessions) is HoldBack.TOO_FEW
    assert why(days_ago(6) + sessions) is None


def test_other_routines_sessions_and_decisions_do_not_count() -> None:
    assert why(days_ago(4, 2, 0, routine_id="other")) is HoldBack.TOO_FEW
    other_decision = ProgressionRecord(
        "other", f"{TODAY}T07:00:00Z", TODAY, Decision.DECLINED, ChangeKind.HOLDS
    )
    assert why(days_ago(4, 2, 0), [other_decision]) is None
