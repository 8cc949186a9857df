"""Progress page: real reports from hand-built histories, range, goals, skip days, exports,
empty state, tooltips and week labels."""

from __future__ import annotations

import csv
import functools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.core.progress import Category, Goals, build_report
from lbh_desktop.ui.progress.progress_controller import ProgressController
from lbh_desktop.ui.progress.progress_view import ProgressView

TODAY = date(2026, 3, 19)
"""A Thursday in ISO week 12 (16–22 March 2026)."""

STRENGTH, STRETCH = RoutineKind.STRENGTH, RoutineKind.STRETCH
DESK, WARMUP = RoutineKind.DESK_BREAK, RoutineKind.WARMUP
COMPLETED, PARTIAL, STOPPED = SessionStatus.COMPLETED, SessionStatus.PARTIAL, SessionStatus.STOPPED
ROUTINES = {
    STRENGTH: ("strength", "Lower back & hip strength"),
    STRETCH: ("daily-stretch", "Daily lower back & hip stretch"),
    DESK: ("desk-stretch-break", "Desk stretch break"),
    WARMUP: ("warm-up", "Warm-up"),
}


def held(exercise_id: str, holds: Sequence[float], sides: Sequence[str] = ()) -> StepRecord:
    """A timed step with these holds, on these sides ("" or none: not sided)."""
    return StepRecord(
        step_index=0,
        exercise_id=exercise_id,
        planned_seconds=float(sum(holds)),
        done_seconds=float(sum(holds)),
        holds=[float(h) for h in holds],
        sides_done=[side for side in sides if side],
        completed=True,
        hold_sides=list(sides) or [""] * len(holds),
    )


def session(
    day: date,
    kind: RoutineKind,
    minutes: float,
    *,
    status: SessionStatus = COMPLETED,
    planned_minutes: float | None = None,
    pain: int | None = None,
    steps: Sequence[StepRecord] = (),
    hour: int = 8,
) -> SessionRecord:
    routine_id, name = ROUTINES[kind]
    start = datetime.combine(day, time(hour, 0), tzinfo=UTC)
    planned = (planned_minutes if planned_minutes is not None else minutes) * 60
    numbered = [
        StepRecord(**{**step.to_dict(), "step_index": index}) for index, step in enumerate(steps)
    ]
    return SessionRecord(
        id=f"{day.isoformat()}-{hour:02d}-{routine_id}",
        routine_id=routine_id,
        routine_name=name,
        routine_kind=kind,
        started_utc=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        local_date=day.isoformat(),
        utc_offset_minutes=0,
        status=status,
        finished_utc=(start + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        planned_seconds=planned,
        done_seconds=minutes * 60,
        steps=numbered,
        pain=pain,
    )


def three_week_history(today: date = TODAY) -> list[SessionRecord]:
    """Weeks 10–12 of 2026, by hand: strength with planks, stretching, desk breaks, a partial
    session that counts and one that does not, a stopped session, and pain ratings."""
    w10 = today - timedelta(days=today.weekday() + 14)  # Monday 2 March
    d = [w10 + timedelta(days=n) for n in range(21)]
    plank = held("front-plank", [30, 28])
    side = held("side-plank", [25, 24, 18, 17], ["left", "right", "left", "right"])
    return [
        session(d[0], STRENGTH, 21, pain=5, steps=[plank, side]),
        session(d[0], DESK, 5, hour=14),
        session(d[1], STRETCH, 10, pain=5),
        session(d[2], STRENGTH, 20, steps=[held("front-plank", [32, 30]), side]),
        session(d[3], STRETCH, 10),
        session(d[4], STRENGTH, 12, status=PARTIAL, planned_minutes=21, pain=4),
        session(d[5], DESK, 5),
        session(d[7], STRETCH, 10, pain=4),
        session(d[8], STRENGTH, 22, steps=[held("front-plank", [35, 33]), side]),
        session(d[8], DESK, 5, hour=15),
        session(d[9], STRETCH, 4, status=PARTIAL, planned_minutes=10),  # under half: no count
        session(d[10], STRENGTH, 2, status=STOPPED, planned_minutes=21),
        session(d[11], STRETCH, 10, pain=3),
        session(d[12], STRENGTH, 21, steps=[held("front-plank", [38, 36])]),
        session(d[13], WARMUP, 4),
        session(d[14], STRENGTH, 22, pain=3, steps=[held("front-plank", [40, 38])]),
        session(d[14], DESK, 5, hour=11),
        session(d[14], DESK, 5, hour=16),
        session(d[15], STRETCH, 10),
        session(
            d[16], STRENGTH, 21, pain=2, steps=[held("side-plank", [30, 22], ["left", "right"])]
        ),
        session(d[17], STRETCH, 11),
    ]


def year_history(today: date = TODAY, seed: int = 2026) -> list[SessionRecord]:
    """A year up to `today` from a fixed seed: strength on most Mondays, Wednesdays and
    Fridays, stretching on most days, desk breaks, partial sessions, a two-week break,
    planks getting longer and pain going down."""
    rng = random.Random(seed)
    start = today - timedelta(days=364)
    records: list[SessionRecord] = []
    for n in range(365):
        day = start + timedelta(days=n)
        progress = n / 364
        if 150 <= n < 164:  # a two-week break
            continue
        pain = max(0, min(10, round(6 - 4 * progress + rng.gauss(0, 0.8))))
        if day.weekday() in (0, 2, 4) and rng.random() < 0.8:
            plank = 20 + 25 * progress + rng.uniform(-3, 3)
            steps = [
                held("front-plank", [plank, plank * 0.9]),
                held("side-plank", [plank * 0.7, plank * 0.55], ["left", "right"]),
            ]
            status = PARTIAL if rng.random() < 0.1 else COMPLETED
            minutes = rng.uniform(16, 24) * (0.6 if status is PARTIAL else 1)
            records.append(
                session(
                    day,
                    STRENGTH,
                    minutes,
                    status=status,
                    planned_minutes=22,
                    pain=pain if rng.random() < 0.6 else None,
                    steps=steps,
                    hour=18,
                )
            )
        if rng.random() < 0.7:
            records.append(
                session(
                    day,
                    STRETCH,
                    rng.uniform(8, 12),
                    steps=[held("pigeon-pose", [30, 30], ["left", "right"])],
                )
            )
        if day.weekday() < 5 and rng.random() < 0.35:
            records.append(session(day, DESK, rng.uniform(4, 6), hour=14))
    return records


# Fixtures


@dataclass
class Store:
    """What the controller reads and writes, in memory."""

    sessions: list[SessionRecord] = field(default_factory=list)
    skip_days: set[date] = field(default_factory=set)
    goals: Goals = field(default_factory=Goals)
    saved_goals: list[Goals] = field(default_factory=list)
    skip_calls: list[tuple[date, bool]] = field(default_factory=list)
    today: date = TODAY

    def set_skip_day(self, day: date, skipped: bool) -> None:
        self.skip_calls.append((day, skipped))
        if skipped:
            self.skip_days.add(day)
        else:
            self.skip_days.discard(day)

    def set_goals(self, goals: Goals) -> None:
        self.saved_goals.append(goals)
        self.goals = goals


@dataclass
class Page:
    view: ProgressView
    controller: ProgressController
    store: Store


def patch_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """File dialogs and the skip-day dialog fail the test unless patched again; warning
    boxes are recorded as (title, text) instead of shown."""
    from lbh_desktop.ui.progress import progress_controller as module

    def unexpected(cls: type, *args: object) -> None:
        raise AssertionError(f"unexpected dialog {cls.__name__}")

    for dialog in (module.PngFileDialog, module.CsvFolderDialog, module.SkipDayDialog):
        monkeypatch.setattr(dialog, "ask", classmethod(unexpected))
    warnings: list[tuple[str, str]] = []

    def warning(parent: QWidget | None, title: str, text: str, *rest: object) -> object:
        warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return warnings


def open_page(
    qtbot: QtBot, sessions: Sequence[SessionRecord] = (), *, size: tuple[int, int] = (800, 600)
) -> Page:
    """The page and its controller on an in-memory store, shown and refreshed."""
    store = Store(sessions=list(sessions))
    view = ProgressView()
    qtbot.addWidget(view)
    controller = ProgressController(
        view,
        lambda: list(store.sessions),
        lambda: set(store.skip_days),
        store.set_skip_day,
        lambda: store.goals,
        store.set_goals,
        lambda: store.today,
    )
    # As in the main window, a set minimum size: otherwise the layout's would be pushed to
    # the window, which the offscreen platform answers with a warning.
    view.setMinimumSize(640, 480)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    controller.refresh()
    QApplication.processEvents()
    return Page(view, controller, store)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return patch_dialogs(monkeypatch)


@pytest.fixture
def make_page(qtbot: QtBot) -> Callable[..., Page]:
    return functools.partial(open_page, qtbot)


def shown_weeks(page: Page) -> int:
    return len(page.view.weeks_chart.bar_heights()[Category.STRENGTH])


def select_range(page: Page, weeks: int) -> None:
    combo = page.view.range_combo
    combo.setCurrentIndex(combo.findData(weeks))
    QApplication.processEvents()


# The page from a real report


def test_three_week_history_draws_the_real_report(make_page: Callable[..., Page]) -> None:
    sessions = three_week_history()
    page = make_page(sessions)
    report = build_report(sessions, Goals(), set(), TODAY)
    view = page.view

    assert not view.is_empty_shown()
    assert view.summary_label.text() == report.summary
    assert view.streaks_label.text().startswith("Strength: ")
    assert " · Stretching: " in view.streaks_label.text()
    # W10: the partial strength session with over half done counts; W11: the short partial
    # stretch and the stopped strength session do not, the warm-up counts as stretching.
    assert view.weeks_chart.bar_heights() == {
        Category.STRENGTH: [3.0, 2.0, 2.0],
        Category.STRETCH: [2.0, 3.0, 2.0],
        Category.DESK_BREAK: [2.0, 1.0, 2.0],
    }
    assert [w.label for w in view.weeks_chart._weeks] == ["W10", "W11", "W12"]
    assert view.weeks_chart.goal_line is not None and view.weeks_chart.goal_line.value() == 3
    assert view.tabs.count() == 5
    assert [view.tabs.tabText(i) for i in range(5)] == [
        "Weeks",
        "Calendar",
        "Consistency",
        "Holds",
        "Pain",
    ]


def test_streaks_read_as_weeks_and_days() -> None:
    from lbh_desktop.core.progress import Streaks
    from lbh_desktop.ui.progress.progress_controller import streaks_text

    assert streaks_text(Streaks(3, 5, 12, 20)) == (
        "Strength: 3-week streak (best 5) · Stretching: 12-day streak (best 20)"
    )
    assert streaks_text(Streaks(0, 1, 0, 0)) == (
        "Strength: no streak right now (best 1 week) · Stretching: no streak yet"
    )


def test_goal_editors_start_at_the_stored_goals_with_the_guidance_tooltip(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    view = page.view
    assert (view.strength_goal.minimum(), view.strength_goal.maximum()) == (1, 7)
    assert (view.stretch_goal.minimum(), view.stretch_goal.maximum()) == (1, 7)
    assert view.strength_goal.value() == 3 and view.stretch_goal.value() == 7
    assert view.strength_goal.toolTip() == "2–3 a week is the usual guidance"

    page.store.goals = Goals(2, 5)
    page.controller.refresh()
    assert view.strength_goal.value() == 2 and view.stretch_goal.value() == 5
    assert page.store.saved_goals == []  # showing stored goals does not save them again


def test_range_switch_changes_the_number_of_bars(make_page: Callable[..., Page]) -> None:
    sessions = year_history()
    page = make_page(sessions)
    all_weeks = len(build_report(sessions, Goals(), set(), TODAY).weeks)
    assert shown_weeks(page) == 12  # the default range
    for weeks, bars in ((4, 4), (26, 26), (52, 52), (0, all_weeks), (12, 12)):
        select_range(page, weeks)
        assert shown_weeks(page) == bars
        assert len(page.view.pain_chart._weeks) == bars
    assert all_weeks > 52


def test_editing_a_goal_saves_it_and_moves_the_goal_line(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    chart = page.view.weeks_chart
    page.view.strength_goal.setValue(2)
    assert page.store.saved_goals == [Goals(2, 7)]
    assert chart.goal_line is not None and chart.goal_line.value() == 2
    assert "Strength goal (2 a week)" in chart.legend.texts()

    page.view.stretch_goal.setValue(4)
    assert page.store.saved_goals[-1] == Goals(2, 4)
    report = page.controller.report
    assert report is not None
    assert page.view.summary_label.text() == report.summary


def test_the_calendar_menu_marks_and_unmarks_a_skip_day(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar
    day = TODAY - timedelta(days=2)

    (action,) = calendar.context_menu(day).actions()
    assert action.text() == "Mark Tue 17 Mar as a skip day"
    action.trigger()
    assert page.store.skip_calls == [(day, True)]
    assert day in calendar.item.skip_days  # redrawn from the store
    assert "skip day" in page.view.status_label.text()

    (action,) = calendar.context_menu(day).actions()
    assert action.text() == "Remove the skip day on Tue 17 Mar"
    action.trigger()
    assert page.store.skip_calls[-1] == (day, False)
    assert day not in calendar.item.skip_days


def test_right_click_on_a_day_opens_its_menu(
    make_page: Callable[..., Page], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    popped: list[list[str]] = []
    # A real popup grabs the keyboard, which the offscreen platform warns about.
    monkeypatch.setattr(
        QMenu, "popup", lambda menu, *args: popped.append([a.text() for a in menu.actions()])
    )
    page = make_page(three_week_history())
    page.view.tabs.show_chart(page.view.calendar)
    calendar = page.view.calendar
    QApplication.processEvents()
    for day in (TODAY, TODAY - timedelta(days=30)):
        pos = cell_position(calendar, day)
        qtbot.mouseClick(calendar.graphics.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert popped == [
        ["Mark Thu 19 Mar as a skip day"],
        ["Mark Tue 17 Feb as a skip day"],
    ]
    qtbot.mouseClick(calendar.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(popped) == 2  # a left click opens nothing


def cell_position(calendar: QWidget, day: date) -> QPoint:
    from lbh_desktop.ui.progress.calendar_heatmap import CalendarHeatmap, first_column

    assert isinstance(calendar, CalendarHeatmap)
    column = (day - first_column(TODAY)).days // 7
    scene = calendar.plot.getViewBox().mapViewToScene(QPointF(column, day.weekday()))
    return calendar.graphics.mapFromScene(scene)


def test_mark_a_skip_day_button_asks_for_a_day(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lbh_desktop.ui.progress.progress_controller import SkipDayDialog

    page = make_page(three_week_history())
    asked: list[tuple[date, set[date]]] = []
    day = TODAY - timedelta(days=5)

    def ask(cls: type, parent: QWidget, today: date, skip_days: set[date]) -> tuple[date, bool]:
        asked.append((today, set(skip_days)))
        return day, True

    monkeypatch.setattr(SkipDayDialog, "ask", classmethod(ask))
    page.view.skip_day_button.click()
    assert asked == [(TODAY, set())]
    assert page.store.skip_calls == [(day, True)]
    assert page.view.skip_day_label.text() == (
        "Sick or travelling? Skip days keep your streaks and freeze your score."
    )


def test_skip_day_dialog_offers_to_unmark_a_day_that_is_skipped(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from lbh_desktop.ui.progress.progress_controller import SkipDayDialog

    skipped = TODAY - timedelta(days=1)
    dialog = SkipDayDialog(None, TODAY, {skipped})
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (TODAY, True)
    assert dialog.ok_button.text() == "Mark as skip day"
    dialog.calendar.setSelectedDate(QDate(skipped.year, skipped.month, skipped.day))
    assert dialog.chosen() == (skipped, False)
    assert dialog.ok_button.text() == "Remove the skip day"


# Empty state


def test_no_history_shows_a_start_button_instead_of_empty_axes(
    make_page: Callable[..., Page], qtbot: QtBot
) -> None:
    page = make_page([])
    view = page.view
    assert view.is_empty_shown()
    assert view.start_button.isVisible()
    assert not view.tabs.isVisible()
    assert not view.export_png_button.isVisible()
    with qtbot.waitSignal(page.controller.start_routine_requested) as signal:
        view.start_button.click()
    assert signal.args == ["desk-stretch-break"]

    page.store.sessions = three_week_history()
    page.controller.refresh()
    assert not view.is_empty_shown()
    assert view.tabs.isVisible()
    assert not view.start_button.isVisible()
    assert view.export_png_button.isVisible()


def test_only_stopped_sessions_still_count_as_no_history(make_page: Callable[..., Page]) -> None:
    page = make_page([session(TODAY, STRENGTH, 1, status=STOPPED, planned_minutes=20)])
    assert page.view.is_empty_shown()


# Exports


@pytest.mark.parametrize("tab", ["Weeks", "Calendar", "Consistency", "Holds", "Pain"])
def test_export_png_writes_the_visible_chart(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    tab: str,
) -> None:
    from lbh_desktop.ui.progress.progress_controller import PngFileDialog

    page = make_page(year_history())
    view = page.view
    view.tabs.setCurrentIndex([view.tabs.tabText(i) for i in range(5)].index(tab))
    suggested: list[Path] = []
    target = tmp_path / "chart.png"

    def ask(cls: type, parent: QWidget, proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(PngFileDialog, "ask", classmethod(ask))
    view.export_png_button.click()

    assert suggested[0].name == f"lbh-progress-{tab.lower()}-2026-03-19.png"
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 240
    assert str(target) in view.status_label.text()


def test_export_png_lays_out_a_hidden_chart_at_a_sensible_size_first(
    make_page: Callable[..., Page], tmp_path: Path
) -> None:
    page = make_page(year_history())
    page.view.hide()
    chart = page.view.weeks_chart
    chart.graphics.resize(200, 120)  # as if squashed
    assert chart.export_png(tmp_path / "weeks.png")
    image = QImage(str(tmp_path / "weeks.png"))
    assert image.width() >= 900 and image.height() >= 500
    calendar = page.view.calendar
    assert calendar.export_png(tmp_path / "calendar.png")
    image = QImage(str(tmp_path / "calendar.png"))
    assert image.width() >= 900 and image.height() == calendar.height_for(image.width())


def test_export_png_cancelled_writes_nothing(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lbh_desktop.ui.progress.progress_controller import PngFileDialog

    page = make_page(three_week_history())
    monkeypatch.setattr(PngFileDialog, "ask", classmethod(lambda cls, parent, proposal: None))
    page.view.export_png_button.click()
    assert not list(tmp_path.rglob("*.png"))
    assert not page.view.status_label.isVisible()


def test_export_csv_writes_sessions_steps_and_hurts(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lbh_desktop.core.history_csv import HURT_COLUMNS, SESSION_COLUMNS, STEP_COLUMNS
    from lbh_desktop.core.models import HurtEvent
    from lbh_desktop.ui.progress.progress_controller import CsvFolderDialog

    sessions = three_week_history()
    with_steps = next(s for s in reversed(sessions) if s.steps)
    hurt = HurtEvent(0, with_steps.steps[0].exercise_id, "standard", "2026-03-18T07:05Z", "stop")
    with_steps.hurts.append(hurt)
    page = make_page(sessions)
    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(CsvFolderDialog, "ask", classmethod(lambda cls, parent, start: folder))
    page.view.export_csv_button.click()

    assert sorted(p.name for p in folder.iterdir()) == ["hurts.csv", "sessions.csv", "steps.csv"]
    with (folder / "sessions.csv").open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == SESSION_COLUMNS
    assert [row[0] for row in rows[1:]] == [s.id for s in sessions]
    with (folder / "steps.csv").open(newline="", encoding="utf-8") as file:
        steps = list(csv.reader(file))
    assert tuple(steps[0]) == STEP_COLUMNS
    assert len(steps) - 1 == sum(len(s.steps) for s in sessions) > 0
    with (folder / "hurts.csv").open(newline="", encoding="utf-8") as file:
        hurts = list(csv.reader(file))
    assert tuple(hurts[0]) == HURT_COLUMNS
    assert hurts[1:] == [[with_steps.id, "0", hurt.exercise_id, "standard", hurt.at_utc, "stop"]]
    assert "sessions.csv, steps.csv and hurts.csv" in page.view.status_label.text()


def test_export_csv_failure_shows_a_message_and_leaves_nothing_half_written(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    from lbh_desktop.ui.progress import progress_controller as module

    page = make_page(three_week_history())
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "sessions.csv").write_text("an older export\n", encoding="utf-8")
    monkeypatch.setattr(module.CsvFolderDialog, "ask", classmethod(lambda cls, p, s: folder))
    real_fsync = module.os.fsync
    calls: list[int] = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the second file: the disk is full
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(module.os, "fsync", failing_fsync)
    page.view.export_csv_button.click()

    ((title, text),) = no_real_dialogs
    assert title == "Export failed"
    assert "No space left on device" in text
    assert sorted(p.name for p in folder.iterdir()) == ["sessions.csv"]  # no temporary files
    assert (folder / "sessions.csv").read_text(encoding="utf-8") == "an older export\n"


def test_export_csv_to_a_missing_folder_is_a_plain_message(
    make_page: Callable[..., Page],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_real_dialogs: list[tuple[str, str]],
) -> None:
    from lbh_desktop.ui.progress.progress_controller import CsvFolderDialog

    page = make_page(three_week_history())
    gone = tmp_path / "gone"
    monkeypatch.setattr(CsvFolderDialog, "ask", classmethod(lambda cls, p, s: gone))
    page.view.export_csv_button.click()
    assert [title for title, _ in no_real_dialogs] == ["Export failed"]
    assert not gone.exists()
