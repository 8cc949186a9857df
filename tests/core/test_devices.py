"""The one-line summary of each computer that writes to the data folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from lbh_desktop.core.devices import DeviceSummary, device_line

BERLIN_WINTER = timezone(timedelta(hours=1))
NOW = datetime(2025, 3, 4, 18, 30, tzinfo=BERLIN_WINTER)


def summary(last_write: datetime | None, sessions: int = 3, this: bool = False) -> DeviceSummary:
    return DeviceSummary("id-1", "work-laptop", this, last_write, sessions)


def test_this_computer_is_marked_and_counts_have_separators() -> None:
    line = device_line(summary(NOW, sessions=1204, this=True), NOW)
    assert line == "work-laptop (this computer) · 1,204 sessions · last change today 18:30"


def test_one_session_is_singular_and_other_computers_are_not_marked() -> None:
    line = device_line(summary(NOW, sessions=1), NOW)
    assert line == "work-laptop · 1 session · last change today 18:30"


def test_a_computer_that_wrote_nothing_says_so() -> None:
    assert device_line(summary(None, sessions=0), NOW) == (
        "work-laptop · 0 sessions · nothing written yet"
    )


def test_times_written_in_utc_show_in_the_local_time_of_now() -> None:
    written = datetime(2025, 3, 4, 8, 14, tzinfo=UTC)
    assert device_line(summary(written), NOW).endswith("last change today 09:14")


def test_yesterday_and_older_days() -> None:
    late_yesterday = datetime(2025, 3, 3, 22, 59, tzinfo=UTC)  # 23:59 in Berlin
    assert device_line(summary(late_yesterday), NOW).endswith("last change yesterday 23:59")
    just_after_midnight = datetime(2025, 3, 3, 23, 1, tzinfo=UTC)  # 00:01 today in Berlin
    assert device_line(summary(just_after_midnight), NOW).endswith("last change today 00:01")
    older = datetime(2025, 2, 14, 12, 0, tzinfo=UTC)
    assert device_line(summary(older), NOW).endswith("last change 14 Feb 2025")


def test_a_naive_now_compares_dates_as_given() -> None:
    naive_now = datetime(2025, 3, 4, 18, 30)
    assert device_line(summary(datetime(2025, 3, 4, 7, 5)), naive_now).endswith("today 07:05")
