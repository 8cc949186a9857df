"""The progress page on an in-memory store, and hand-built histories to show on it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.core.progress import Category, Goals
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


def shown_weeks(page: Page) -> int:
    return len(page.view.weeks_chart.bar_heights()[Category.STRENGTH])


def select_range(page: Page, weeks: int) -> None:
    combo = page.view.range_combo
    combo.setCurrentIndex(combo.findData(weeks))
    QApplication.processEvents()


def cell_position(calendar: QWidget, day: date) -> QPoint:
    from lbh_desktop.ui.progress.calendar_heatmap import CalendarHeatmap, first_column

    assert isinstance(calendar, CalendarHeatmap)
    column = (day - first_column(TODAY)).days // 7
    scene = calendar.plot.getViewBox().mapViewToScene(QPointF(column, day.weekday()))
    return calendar.graphics.mapFromScene(scene)
