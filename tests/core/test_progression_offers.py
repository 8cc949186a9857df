"""What a step up offers: longer holds first, then the easiest non-warm-up move a notch harder."""

from __future__ import annotations

from lbh_desktop.core.progression import ProgressionOffer, describe_offer, review_routine
from lbh_desktop.core.progression_record import ChangeKind
from tests.core.progression_sessions import (
    CATALOGUE,
    ROUTINE,
    TODAY,
    V,
    days_ago,
    decided,
    offer,
    rated,
)


def test_three_good_sessions_bring_an_offer_of_longer_holds_first() -> None:
    found = offer(days_ago(4, 2, 0))
    assert found is not None and found.change is ChangeKind.HOLDS
    assert [(s.seconds, s.reps) for s in found.routine.steps] == [(33, None), (None, 9), (22, None)]
    assert found.routine.id == ROUTINE.id


def test_ratings_that_stay_level_or_fall_still_bring_an_offer() -> None:
    assert offer(rated(3, 3, 2)) is not None


def test_after_longer_holds_the_next_offer_is_the_easiest_step_a_notch_harder() -> None:
    found = offer(days_ago(3, 2, 0), [decided(10, change=ChangeKind.HOLDS)])
    assert found is not None and found.change is ChangeKind.VARIATION
    assert found.step_index == 1  # the easier step before the standard one
    assert [s.variation for s in found.routine.steps] == [V.STANDARD, V.STANDARD, V.HARDER]


def test_review_gives_the_offer_when_there_is_no_warning() -> None:
    found = review_routine(ROUTINE, days_ago(4, 2, 0), [], TODAY, CATALOGUE)
    assert isinstance(found, ProgressionOffer)
    assert review_routine(ROUTINE, days_ago(2, 0), [], TODAY, CATALOGUE) is None


def test_describe_offer_names_the_moves_and_the_change() -> None:
    holds = offer(days_ago(4, 2, 0))
    assert holds is not None
    text = describe_offer(holds, ROUTINE, CATALOGUE)
    assert "30 → 33 s" in text and "8 → 9 reps" in text and "20 → 22 s" in text
    harder = offer(days_ago(3, 2, 0), [decided(10)])
    assert harder is not None
    text = describe_offer(harder, ROUTINE, CATALOGUE)
    bridge = CATALOGUE.get("glute-bridge")
    assert bridge is not None
    assert (
        text
        == f"Move {bridge.name} (step 2) one version harder: from Small bridge to {bridge.name}."
    )
