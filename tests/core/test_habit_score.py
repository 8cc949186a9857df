"""Habit strength: Loop Habit Tracker's published figures, schedules, skip days and bad input."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from lbh_desktop.core.habit_score import habit_scores, score_multiplier, scores_of_flags

MONDAY = date(2026, 3, 2)


def days_from(start: date, count: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


def on_weekdays(days: list[date], weekdays: set[int]) -> dict[date, int]:
    return {day: 1 for day in days if day.weekday() in weekdays}


def test_multiplier_is_half_to_the_root_of_frequency_over_thirteen() -> None:
    assert score_multiplier(1.0) == pytest.approx(0.5 ** (1 / 13), abs=1e-12)
    assert score_multiplier(3 / 7) == pytest.approx(0.5 ** ((3 / 7) ** 0.5 / 13), abs=1e-12)
    assert score_multiplier(1.0) == pytest.approx(0.948078, abs=1e-6)


def test_multiplier_rejects_a_frequency_of_zero() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        score_multiplier(0)


def test_loop_published_example_daily_habit_done_the_last_twenty_days() -> None:
    days = days_from(date(2026, 1, 1), 20)

    scores = habit_scores(days, dict.fromkeys(days, 1), 1, 1)

    newest_first = scores[::-1]
    assert newest_first[:4] == pytest.approx([0.655747, 0.636894, 0.617008, 0.596033], abs=1e-6)
    assert scores[0] == pytest.approx(0.051922, abs=1e-6)


def test_daily_habit_every_day_reaches_081_on_day_31_and_096_on_day_60() -> None:
    days = days_from(date(2026, 1, 1), 60)

    scores = habit_scores(days, dict.fromkeys(days, 1), 1, 1)

    assert scores[30] == pytest.approx(0.809, abs=0.005)
    assert scores[59] == pytest.approx(0.959, abs=0.005)


def test_three_a_week_on_monday_wednesday_friday() -> None:
    days = days_from(MONDAY, 56)

    scores = habit_scores(days, on_weekdays(days, {0, 2, 4}), 3, 7)

    assert scores[27] == pytest.approx(0.540, abs=0.005)
    assert scores[55] == pytest.approx(0.827, abs=0.005)


def test_twice_a_week_against_three_levels_off_at_two_thirds() -> None:
    days = days_from(MONDAY, 420)

    scores = habit_scores(days, on_weekdays(days, {0, 3}), 3, 7)

    assert scores[399] == pytest.approx(2 / 3, abs=0.005)
    assert max(scores) < 0.6667 + 1e-6


def test_doubling_smooths_a_habit_done_on_a_different_weekday_each_week() -> None:
    # Once a week, alternating Monday and Sunday: a 7-day window would see 0 or 2 some weeks.
    days = days_from(MONDAY, 700)
    done = {day: 1 for n, day in enumerate(days) if n % 14 in (0, 13)}

    scores = habit_scores(days, done, 1, 7)

    assert scores[-1] == pytest.approx(1.0, abs=1e-3)


def test_counts_above_one_are_one_done_day_and_zero_is_not_done() -> None:
    days = days_from(date(2026, 1, 1), 10)
    once = habit_scores(days, dict.fromkeys(days, 1), 1, 1)

    assert habit_scores(days, dict.fromkeys(days, 3), 1, 1) == once
    assert habit_scores(days, dict.fromkeys(days, 0), 1, 1) == [0.0] * 10


def test_skip_days_carry_the_previous_score_like_loop() -> None:
    # Loop's test_getValueWithSkip: done on the last 20 days, days 5, 10 and 11 back skipped.
    days = days_from(date(2026, 1, 1), 20)
    skipped = {days[-1 - 5], days[-1 - 10], days[-1 - 11]}
    done = {day: 1 for day in days if day not in skipped}

    scores = habit_scores(days, done, 1, 1, skipped)

    newest_first = scores[::-1]
    assert newest_first[:8] == pytest.approx(
        [0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.472617, 0.443734],
        abs=1e-6,
    )
    assert newest_first[10:13] == pytest.approx([0.347244] * 3, abs=1e-6)


def test_a_skipped_empty_day_does_not_lower_the_score() -> None:
    days = days_from(date(2026, 1, 1), 5)
    done = {days[0]: 1, days[1]: 1, days[3]: 1, days[4]: 1}

    with_skip = habit_scores(days, done, 1, 1, {days[2]})
    without = habit_scores(days, done, 1, 1)

    assert with_skip[2] == with_skip[1]
    assert without[2] < without[1]
    assert with_skip[4] > without[4]


def test_no_days_give_no_scores() -> None:
    assert habit_scores([], {}, 3, 7) == []


@pytest.mark.parametrize(("numerator", "denominator"), [(0, 7), (3, 0), (-1, 7)])
def test_rejects_an_empty_frequency(numerator: int, denominator: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        habit_scores([MONDAY], {}, numerator, denominator)


def test_rejects_days_that_are_not_consecutive_oldest_first() -> None:
    with pytest.raises(ValueError, match="consecutive"):
        habit_scores([MONDAY, MONDAY + timedelta(days=2)], {}, 1, 1)
    with pytest.raises(ValueError, match="consecutive"):
        habit_scores([MONDAY, MONDAY - timedelta(days=1)], {}, 1, 1)


def loop_scores(
    done: list[int], skipped: list[bool], numerator: int, denominator: int
) -> list[float]:
    """The docstring's formula, step by step, to check scores_of_flags() against."""
    multiplier = score_multiplier(numerator / denominator)
    if numerator / denominator < 1:
        numerator, denominator = numerator * 2, denominator * 2
    previous, scores = 0.0, []
    for index in range(len(done)):
        rolling = sum(done[max(0, index - denominator + 1) : index + 1])
        if not skipped[index]:
            completion = min(1.0, rolling / numerator)
            previous = multiplier * previous + (1.0 - multiplier) * completion
        scores.append(previous)
    return scores


@pytest.mark.parametrize(("numerator", "denominator"), [(1, 1), (3, 7), (7, 7), (1, 7), (2, 1)])
def test_scores_of_flags_match_the_formula_to_the_last_bit(
    numerator: int, denominator: int
) -> None:
    rng = random.Random(numerator * 10 + denominator)
    done = [int(rng.random() < 0.5) for _ in range(400)]
    skipped = [rng.random() < 0.1 for _ in range(400)]

    with_skips = scores_of_flags(done, skipped, numerator, denominator)
    without = scores_of_flags(done, None, numerator, denominator)

    assert with_skips == loop_scores(done, skipped, numerator, denominator)
    assert without == loop_scores(done, [False] * 400, numerator, denominator)
    assert scores_of_flags(done, [0] * 400, numerator, denominator) == without
    days = days_from(MONDAY, 400)
    done_per_day = {day: 2 for day, flag in zip(days, done, strict=True) if flag}
    skip_days = {day for day, skip in zip(days, skipped, strict=True) if skip}
    assert habit_scores(days, done_per_day, numerator, denominator, skip_days) == with_skips


def test_scores_of_flags_for_fewer_days_than_the_window() -> None:
    assert scores_of_flags([], None, 3, 7) == []
    assert scores_of_flags([1, 0, 1], None, 3, 7) == loop_scores([1, 0, 1], [False] * 3, 3, 7)
