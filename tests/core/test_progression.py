"""The progression rule: when it offers a step up, when it holds back, and the pain warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lbh_desktop.core.models import (
    Level,
    ModelError,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
    Variation,
)
from lbh_desktop.core.progression import (
    MAX_HOLD_SECONDS,
    MAX_REPS,
    ChangeKind,
    Decision,
    PainWarning,
    ProgressionOffer,
    ProgressionRecord,
    describe_offer,
    harder_step,
    lengthen_holds,
    pain_warning,
    progression_offer,
    review_routine,
)
from lbh_desktop.storage import bundled

TODAY = date(2026, 3, 20)
V = Variation
ROUTINE = Routine(
    "r1",
    "Test routine",
    RoutineKind.STRENGTH,
    Level.BEGINNER,
    "",
    (
        Step("front-plank", StepMode.TIMED, seconds=30),
        Step("glute-bridge", StepMode.REPS, reps=8, variation=V.EASIER),
        Step("bird-dog", StepMode.OPEN, seconds=20, variation=V.HARDER),
    ),
)


def session(
    day: date,
    status: SessionStatus = SessionStatus.COMPLETED,
    pain: int | None = None,
    routine_id: str = "r1",
    hour: int = 8,
) -> SessionRecord:
    return SessionRecord(
        id=f"{routine_id}-{day}-{hour}",
        routine_id=routine_id,
        routine_name="Test routine",
        routine_kind=RoutineKind.STRENGTH,
        started_utc=f"{day.isoformat()}T{hour:02d}:00:00Z",
        local_date=day.isoformat(),
        utc_offset_minutes=0,
        status=status,
        pain=pain,
    )


def days_ago(*days: int, **options: object) -> list[SessionRecord]:
    return [session(TODAY - timedelta(days=d), **options) for d in days]  # type: ignore[arg-type]


def decided(
    days: int, decision: Decision = Decision.ACCEPTED, change: ChangeKind = ChangeKind.HOLDS
) -> ProgressionRecord:
    day = TODAY - timedelta(days=days)
    return ProgressionRecord("r1", f"{day.isoformat()}T09:00:00Z", day, decision, change)


def offer(
    sessions: list[SessionRecord], history: list[ProgressionRecord] | None = None
) -> ProgressionOffer | None:
    return progression_offer(ROUTINE, sessions, history or [], TODAY)


# When it offers -------------------------------------------------------------------------------


def test_three_completed_sessions_bring_an_offer_of_longer_holds_first() -> None:
    found = offer(days_ago(4, 2, 0))
    assert found is not None and found.change is ChangeKind.HOLDS
    assert [(s.seconds, s.reps) for s in found.routine.steps] == [(33, None), (None, 9), (22, None)]
    assert found.routine.id == ROUTINE.id


def test_pain_that_stays_level_or_falls_still_brings_an_offer() -> None:
    sessions = [
        session(TODAY - timedelta(days=4), pain=3),
        session(TODAY - timedelta(days=2)),  # no check-in
        session(TODAY, pain=2),
    ]
    assert offer(sessions) is not None


def test_after_longer_holds_the_next_offer_is_the_easiest_step_a_notch_harder() -> None:
    history = [decided(10, change=ChangeKind.HOLDS)]
    found = offer(days_ago(3, 2, 0), history)
    assert found is not None and found.change is ChangeKind.VARIATION
    assert found.step_index == 1  # the easier step before the standard one
    assert [s.variation for s in found.routine.steps] == [V.STANDARD, V.STANDARD, V.HARDER]


def test_a_declined_offer_older_than_a_week_is_offered_again() -> None:
    assert offer(days_ago(3, 2, 0), [decided(7, Decision.DECLINED)]) is not None


def test_older_sessions_before_a_failed_one_do_not_matter() -> None:
    sessions = days_ago(9, hour=8, status=SessionStatus.PARTIAL) + days_ago(4, 2, 0)
    assert offer(sessions) is not None


# When it holds back ---------------------------------------------------------------------------


def test_fewer_than_three_sessions_hold_back() -> None:
    assert offer([]) is None
    assert offer(days_ago(2, 0)) is None


@pytest.mark.parametrize(
    "status", [SessionStatus.PARTIAL, SessionStatus.STOPPED, SessionStatus.IN_PROGRESS]
)
def test_a_session_that_was_not_completed_holds_back(status: SessionStatus) -> None:
    sessions = [*days_ago(4, 2), session(TODAY, status)]
    if status is SessionStatus.IN_PROGRESS:  # an unfinished one is ignored, leaving only two
        assert offer(sessions) is None
        assert offer(days_ago(6) + sessions) is not None
    else:
        assert offer(sessions) is None
        assert offer(days_ago(6, 5, 4) + sessions) is None


def test_pain_that_rose_by_even_one_point_holds_back() -> None:
    sessions = [
        session(TODAY - timedelta(days=4), pain=2),
        session(TODAY - timedelta(days=2), pain=3),
        session(TODAY),
    ]
    assert offer(sessions) is None


def test_a_step_up_within_seven_days_holds_back() -> None:
    sessions = days_ago(6, 5, 4, 3, 2, 0)
    assert offer(sessions, [decided(6)]) is None
    # A week later, three sessions after the step up are needed again.
    step_up_8_days_ago = [decided(8)]
    assert offer(days_ago(9, 8, 1, 0), step_up_8_days_ago) is None
    assert offer(days_ago(9, 8, 2, 1, 0), step_up_8_days_ago) is not None


def test_a_decline_within_seven_days_holds_back() -> None:
    assert offer(days_ago(6, 5, 4, 3, 2, 0), [decided(6, Decision.DECLINED)]) is None
    assert offer(days_ago(3, 2, 0), [decided(0, Decision.DECLINED)]) is None


def test_other_routines_sessions_and_decisions_do_not_count() -> None:
    others = days_ago(4, 2, 0, routine_id="other")
    assert offer(others) is None
    other_decision = ProgressionRecord(
        "other", f"{TODAY}T07:00:00Z", TODAY, Decision.DECLINED, ChangeKind.HOLDS
    )
    assert offer(days_ago(4, 2, 0), [other_decision]) is not None


def test_nothing_left_to_grow_means_no_offer() -> None:
    maxed = Routine(
        "r1",
        "Maxed",
        RoutineKind.STRENGTH,
        Level.ADVANCED,
        "",
        (
            Step("front-plank", StepMode.TIMED, seconds=MAX_HOLD_SECONDS, variation=V.HARDER),
            Step("glute-bridge", StepMode.REPS, reps=MAX_REPS, variation=V.HARDER),
        ),
    )
    assert lengthen_holds(maxed) is None and harder_step(maxed) is None
    assert progression_offer(maxed, days_ago(4, 2, 0), [], TODAY) is None


def test_holds_near_the_cap_stop_at_the_cap() -> None:
    near = Routine(
        "r1", "n", RoutineKind.STRETCH, Level.BEGINNER, "",
        (Step("cat-cow", StepMode.TIMED, seconds=MAX_HOLD_SECONDS - 2),),
    )  # fmt: skip
    longer = lengthen_holds(near)
    assert longer is not None and longer.steps[0].seconds == MAX_HOLD_SECONDS


# Pain warning ---------------------------------------------------------------------------------


def test_pain_rising_by_two_points_warns_and_wins_over_an_offer() -> None:
    sessions = [
        session(TODAY - timedelta(days=4), pain=1),
        session(TODAY - timedelta(days=2)),
        session(TODAY, pain=3),
    ]
    assert pain_warning(ROUTINE, sessions) == PainWarning(previous=1, latest=3)
    assert review_routine(ROUTINE, sessions, [], TODAY) == PainWarning(1, 3)


@pytest.mark.parametrize(("earlier", "latest"), [(1, 2), (3, 3), (5, 0), (None, 6), (4, None)])
def test_no_warning_below_a_two_point_rise_or_without_two_check_ins(
    earlier: int | None, latest: int | None
) -> None:
    sessions = [session(TODAY - timedelta(days=2), pain=earlier), session(TODAY, pain=latest)]
    assert pain_warning(ROUTINE, sessions) is None


def test_review_gives_the_offer_when_there_is_no_warning() -> None:
    found = review_routine(ROUTINE, days_ago(4, 2, 0), [], TODAY)
    assert isinstance(found, ProgressionOffer)
    assert review_routine(ROUTINE, days_ago(2, 0), [], TODAY) is None


# Texts and records ----------------------------------------------------------------------------


def test_describe_offer_names_the_moves_and_the_change() -> None:
    catalogue = bundled.load_catalogue()
    holds = offer(days_ago(4, 2, 0))
    assert holds is not None
    text = describe_offer(holds, ROUTINE, catalogue)
    assert "30 → 33 s" in text and "8 → 9 reps" in text and "20 → 22 s" in text
    harder = offer(days_ago(3, 2, 0), [decided(10)])
    assert harder is not None
    text = describe_offer(harder, ROUTINE, catalogue)
    bridge = catalogue.get("glute-bridge")
    assert bridge is not None
    assert text.startswith(f"Move {bridge.name} (step 2) from the easier version to the standard")


def test_progression_record_round_trips_and_rejects_bad_data() -> None:
    record = ProgressionRecord(
        "r1", "2026-03-20T09:00:00Z", TODAY, Decision.ACCEPTED, ChangeKind.VARIATION, 2
    )
    assert ProgressionRecord.from_dict(record.to_dict()) == record
    with pytest.raises(ValueError):
        ProgressionRecord.from_dict(record.to_dict() | {"decision": "maybe"})
    with pytest.raises(ModelError):
        ProgressionRecord.from_dict(record.to_dict() | {"step_index": "two"})
    with pytest.raises(KeyError):
        ProgressionRecord.from_dict({"routine_id": "r1"})
