"""The optional rating before a session: a rise over it warns, and 6+ advises easing off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lbh_desktop.core.history_csv import SESSION_COLUMNS, sessions_csv
from lbh_desktop.core.models import SessionRecord
from lbh_desktop.core.pain_model import (
    PainReason,
    PainWarning,
    before_session_advice,
    day_before_rating,
    describe_pain_warning,
    pain_warning,
    worse_next_morning,
)
from lbh_desktop.core.red_flags import EMERGENCY_POINTER
from lbh_desktop.storage.record_checks import checked_session
from tests.core.progression_sessions import session

DAY = date(2026, 3, 20)


def rated(before: int | None, after: int | None) -> SessionRecord:
    return replace(session(DAY, pain=after), pain_before=before)


def test_two_above_the_rating_before_the_same_session_is_a_rise() -> None:
    assert pain_warning("r1", [rated(1, 3)]) == PainWarning(
        3, 1.0, PainReason.RISE, before_session=True
    )
    assert pain_warning("r1", [rated(2, 3)]) is None
    assert pain_warning("r1", [rated(None, 3)]) is None
    assert pain_warning("r1", [rated(5, 2)]) is None


def test_a_high_rating_after_still_wins() -> None:
    found = pain_warning("r1", [rated(2, 7)])
    assert found is not None and found.reason is PainReason.HIGH


def test_the_rise_over_the_rating_before_is_described_as_such() -> None:
    text = describe_pain_warning(
        PainWarning(4, 1.0, PainReason.RISE, before_session=True), "Strength", on_easier=False
    )
    assert text == (
        "You rated your back and hips 4 out of 10 after Strength, 3 more than the 1 you rated "
        "before it. Try the easier level next time, or take a rest day."
    )


@pytest.mark.parametrize(
    ("rating", "easier", "advice"),
    [
        (0, False, "You rated 0 before starting."),
        (5, False, "You rated 5 before starting."),
        (6, False, f"You rated 6: take the easier level today, or rest. {EMERGENCY_POINTER}"),
        (7, False, f"You rated 7: take the easier level today, or rest. {EMERGENCY_POINTER}"),
        (
            9,
            True,
            f"You rated 9: go gently on the easier level today, or rest. {EMERGENCY_POINTER}",
        ),
    ],
)
def test_the_advice_before_a_session(rating: int, easier: bool, advice: str) -> None:
    assert before_session_advice(rating, on_easier=easier) == advice


def test_old_and_new_records_load_and_round_trip() -> None:
    old = session(DAY).to_dict()
    del old["pain_before"]
    assert checked_session(old).pain_before is None
    new = rated(4, 3)
    assert checked_session(new.to_dict()) == new
    with pytest.raises(TypeError, match="pain_before"):
        checked_session({**new.to_dict(), "pain_before": "4"})


def test_the_sessions_csv_has_a_pain_before_column() -> None:
    assert SESSION_COLUMNS.index("pain_before") == SESSION_COLUMNS.index("pain") + 1
    lines = sessions_csv([rated(4, 3), rated(None, None)]).split("\r\n")
    column = SESSION_COLUMNS.index("pain_before")
    assert [line.split(",")[column] for line in lines[1:3]] == ["4", ""]


def on(day: date, before: int | None, after: int | None, routine_id: str = "r1") -> SessionRecord:
    return replace(session(day, pain=after, routine_id=routine_id), pain_before=before)


def test_worse_the_next_morning_is_measured_against_the_day_before() -> None:
    yesterday = date(2026, 3, 19)
    # The day before's rating before its session; else its rating after; any routine.
    assert day_before_rating([on(yesterday, 2, 4)], DAY) == 2
    assert day_before_rating([on(yesterday, None, 4, "other")], DAY) == 4
    assert day_before_rating([on(date(2026, 3, 18), 2, 4)], DAY) is None
    assert day_before_rating([on(yesterday, None, None)], DAY) is None
    assert worse_next_morning(4, 2) and not worse_next_morning(3, 2)
    assert not worse_next_morning(9, None)


def test_worse_the_next_morning_advises_easing_off_even_in_the_green() -> None:
    assert before_session_advice(3, on_easier=False, day_before=1) == (
        "You rated 3, 2 more than the 1 of the day before: worse the next day means the last "
        f"session was too much. Please take the easier level today, or rest. {EMERGENCY_POINTER}"
    )
    assert before_session_advice(3, on_easier=True, day_before=2) == "You rated 3 before starting."
    assert "go gently on the easier level" in before_session_advice(7, on_easier=True, day_before=2)
