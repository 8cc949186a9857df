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
    describe_pain_warning,
    pain_warning,
)
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
        (6, False, "You rated 6: take the easier level today, or rest."),
        (7, False, "You rated 7: take the easier level today, or rest."),
        (9, True, "You rated 9: go gently on the easier level today, or rest."),
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
