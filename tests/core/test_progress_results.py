"""The sentence under the Weeks chart: what the weeks-to-results lines mean, and where you are."""

from __future__ import annotations

from datetime import date

from lbh_desktop.core.progress import results_text


def test_results_text_counts_the_first_week_as_week_one() -> None:
    first = date(2026, 3, 2)
    assert results_text(first, first) == (
        "Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; "
        "you are in week 1."
    )
    assert results_text(first, date(2026, 3, 8)).endswith("you are in week 1.")
    assert results_text(first, date(2026, 3, 9)).endswith("you are in week 2.")
    assert results_text(first, date(2026, 3, 19)).endswith("you are in week 3.")
    assert results_text(first, date(2026, 5, 24)).endswith("you are in week 12.")


def test_after_twelve_weeks_the_sentence_praises_the_habit_instead() -> None:
    first = date(2026, 3, 2)
    assert results_text(first, date(2026, 6, 1)) == (
        "You have been at it for 14 weeks: keep the habit going."
    )


def test_no_results_text_without_a_session() -> None:
    assert results_text(None, date(2026, 3, 2)) == ""
    assert results_text(date(2026, 3, 9), date(2026, 3, 2)) == ""
