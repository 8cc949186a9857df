"""The pain traffic light, the user's own baseline, and when the advice is to ease off."""

from __future__ import annotations

import pytest

from lbh_desktop.core.pain_model import (
    PainReason,
    PainWarning,
    PainZone,
    describe_pain_warning,
    pain_baseline,
    pain_warning,
    pain_zone,
)
from lbh_desktop.core.progression import review_routine
from tests.core.progression_sessions import CATALOGUE, ROUTINE, TODAY, rated, session


@pytest.mark.parametrize(
    ("rating", "zone"),
    [
        (0, PainZone.GO),
        (3, PainZone.GO),
        (4, PainZone.HOLD),
        (5, PainZone.HOLD),
        (6, PainZone.EASE_OFF),
        (10, PainZone.EASE_OFF),
    ],
)
def test_the_traffic_light(rating: int, zone: PainZone) -> None:
    assert pain_zone(rating) is zone


def test_a_first_rating_of_nine_advises_easing_off() -> None:
    assert pain_warning("r1", rated(9)) == PainWarning(9, None, PainReason.HIGH)


def test_three_sessions_rated_eight_keep_advising_easing_off() -> None:
    found = pain_warning("r1", rated(8, 8, 8))
    assert found is not None and found.reason is PainReason.HIGH


def test_two_above_the_baseline_warns_and_wins_over_an_offer() -> None:
    sessions = rated(1, 1, 1, 3)
    assert pain_warning("r1", sessions) == PainWarning(3, 1.0, PainReason.RISE)
    assert review_routine(ROUTINE, sessions, [], TODAY, CATALOGUE) == PainWarning(
        3, 1.0, PainReason.RISE
    )


def test_a_slow_creep_of_one_a_session_warns() -> None:
    warnings = [pain_warning("r1", rated(*range(n + 1))) for n in range(5)]
    assert warnings[:2] == [None, None]  # 0, then 0→1
    assert any(w is not None and w.reason is PainReason.RISE for w in warnings)


@pytest.mark.parametrize("ratings", [(1, 2), (3, 3), (5, 0), (None, 5), (4, None), (2, 5, 4)])
def test_no_warning_below_the_thresholds_or_without_a_latest_rating(ratings: tuple) -> None:
    assert pain_warning("r1", rated(*ratings)) is None


def test_the_baseline_is_the_median_of_the_previous_five_ratings_of_any_routine() -> None:
    sessions = [*rated(9, 2, 2, 3, 1, 2), session(TODAY, pain=None, routine_id="other", hour=23)]
    assert pain_baseline(sessions, before=sessions[-2].started_utc) == 2
    other = [session(TODAY, pain=7, routine_id="other", hour=6)]
    assert pain_baseline(other, before=f"{TODAY}T08:00:00Z") == 7
    assert pain_baseline([], before="9999") is None


def test_the_advice_names_the_rating_and_what_to_do() -> None:
    high = describe_pain_warning(PainWarning(7, 2, PainReason.HIGH), "Strength", on_easier=False)
    assert "7 out of 10" in high and "ease-off zone" in high and "easier level" in high
    rise = describe_pain_warning(PainWarning(4, 1.5, PainReason.RISE), "Strength", on_easier=True)
    assert "2.5 more than your usual 1.5" in rise and "rest day" in rise
    assert "easier level" not in rise
