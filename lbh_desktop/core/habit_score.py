"""Habit strength as Loop Habit Tracker computes it: an exponential average of completion."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import date

_HALF_LIFE_SCALE = 13.0
"""Loop's constant: a daily habit's score halves its distance to the target every 13 days."""


def score_multiplier(frequency: float) -> float:
    """How much of yesterday's score survives a day: 0.5 ** (sqrt(frequency) / 13).

    A daily habit (frequency 1) keeps about 94.8 % of its previous score each day; rarer
    habits keep more, so a single missed day costs them less.
    """
    if frequency <= 0:
        raise ValueError(f"frequency must be greater than 0, not {frequency}")
    return math.pow(0.5, math.sqrt(frequency) / _HALF_LIFE_SCALE)


def habit_scores(
    days: Sequence[date],
    done_per_day: Mapping[date, int],
    numerator: int,
    denominator: int,
    skip_days: Collection[date] = (),
) -> list[float]:
    """One score in 0..1 per day of `days` (consecutive, oldest first) for a "numerator times
    in denominator days" habit, exactly like Loop's boolean habits.

    A day is done when done_per_day[day] > 0. The completion of a day is the number of done
    days among the last `denominator` days (a rolling sum) over `numerator`, capped at 1;
    score = m * previous + (1 - m) * completion, starting from 0. For a frequency below 1 the
    numerator and denominator are both doubled first (3 in 7 becomes 6 in 14), which smooths
    out schedules that move around the week; the multiplier m uses the original frequency.
    On a skip day the score is carried over unchanged; a session done on a skip day still
    counts in the rolling sum of the days that follow.
    """
    if numerator < 1 or denominator < 1:
        raise ValueError(
            f"a habit needs at least 1 time in at least 1 day, not {numerator} in {denominator}"
        )
    ordinals = [day.toordinal() for day in days]
    if ordinals and ordinals != list(range(ordinals[0], ordinals[0] + len(ordinals))):
        gap = next(n for n in range(1, len(ordinals)) if ordinals[n] != ordinals[n - 1] + 1)
        raise ValueError(
            f"days must be consecutive and oldest first: {days[gap - 1]} → {days[gap]}"
        )
    skipped = set(skip_days)
    return scores_of_flags(
        [1 if done_per_day.get(day, 0) > 0 else 0 for day in days],
        [day in skipped for day in days] if skipped else None,
        numerator,
        denominator,
    )


def scores_of_flags(
    done: Sequence[int], skipped: Sequence[int] | None, numerator: int, denominator: int
) -> list[float]:
    """habit_scores() of consecutive days given as flags, oldest first: done[i] is 1 when day
    i was done, else 0; skipped[i] is true (non-zero) on a skip day, and None means no skip
    days. The caller has checked that numerator and denominator are at least 1. build_report
    uses this directly for its thousands of days."""
    frequency = numerator / denominator
    multiplier = score_multiplier(frequency)
    gain = 1.0 - multiplier
    if frequency < 1.0:
        numerator *= 2
        denominator *= 2
    # The rolling sum is 0..denominator: its completion, min(1.0, rolling / numerator), once.
    completion = [min(1.0, rolling / numerator) for rolling in range(denominator + 1)]
    # The done flag of the day leaving the rolling window, `denominator` days back (0 before).
    leaving = [*[0] * denominator, *done][: len(done)]
    scores: list[float] = []
    append = scores.append
    rolling = 0
    previous = 0.0
    if skipped is None:
        for flag, left in zip(done, leaving):  # noqa: B905 - strict= slows zip() down; same lengths
            rolling += flag - left
            previous = multiplier * previous + gain * completion[rolling]
            append(previous)
        return scores
    for flag, left, skip in zip(done, leaving, skipped):  # noqa: B905
        rolling += flag - left
        if not skip:
            previous = multiplier * previous + gain * completion[rolling]
        append(previous)
    return scores
