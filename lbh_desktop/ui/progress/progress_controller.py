"""Feeds the Progress page from the history: report, goals, range, skip days and exports."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.history_csv import hurts_csv, sessions_csv, steps_csv
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import SessionRecord
from lbh_desktop.core.progress import Goals, ProgressReport, Streaks, build_report, results_text
from lbh_desktop.core.session_log import uncounted_note
from lbh_desktop.storage import bundled
from lbh_desktop.storage.atomic_storage import write_files_atomically
from lbh_desktop.ui.shared.documents_folder import documents_folder
from lbh_desktop.ui.shared.plain_label import plain_label

if TYPE_CHECKING:  # the view imports pyqtgraph; the controller module stays light
    from lbh_desktop.ui.progress.progress_view import ProgressView

log = logging.getLogger(__name__)

SKIP_DAY_TEXT = QT_TRANSLATE_NOOP(
    "progress_controller",
    "Sick or travelling? Skip days keep your streaks and freeze your score.",
)
SESSIONS_FILE = "sessions.csv"
STEPS_FILE = "steps.csv"
HURTS_FILE = "hurts.csv"
SKIP_DAYS_AHEAD = 31
"""How far ahead a skip day can be marked, e.g. for a planned trip."""


def streaks_text(streaks: Streaks) -> str:
    """ "Strength: 3-week streak (best 5) · Stretching: 12-day streak (best 20)"."""
    current, best = streaks.strength_current_weeks, streaks.strength_best_weeks
    if current:
        strength = translate(
            "progress_controller", "Strength: %n-week streak (best {best})", None, current
        ).format(best=best)
    elif best:
        strength = translate(
            "progress_controller", "Strength: no streak right now (best %n week(s))", None, best
        )
    else:
        strength = translate("progress_controller", "Strength: no streak yet")
    current, best = streaks.stretch_current_days, streaks.stretch_best_days
    if current:
        stretching = translate(
            "progress_controller", "Stretching: %n-day streak (best {best})", None, current
        ).format(best=best)
    elif best:
        stretching = translate(
            "progress_controller", "Stretching: no streak right now (best %n day(s))", None, best
        )
    else:
        stretching = translate("progress_controller", "Stretching: no streak yet")
    return f"{strength} · {stretching}"


class PngFileDialog:
    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("progress_controller", "Export chart as PNG"),
            str(suggested),
            translate("progress_controller", "PNG image (*.png)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")


class CsvFolderDialog:
    @classmethod
    def ask(cls, parent: QWidget, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent,
            translate("progress_controller", "Export history as CSV: choose a folder"),
            str(start),
        )
        return Path(name) if name else None


class SkipDayDialog(QDialog):
    """Pick a day to mark as a skip day, or to unmark when it already is one."""

    def __init__(self, parent: QWidget | None, today: date, skip_days: Collection[date]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("progress_controller", "Mark a skip day"))
        self._skip_days = set(skip_days)
        self.calendar = QCalendarWidget()
        self.calendar.setMaximumDate(_qdate(today + timedelta(days=SKIP_DAYS_AHEAD)))
        self.calendar.setSelectedDate(_qdate(today))
        self.calendar.setGridVisible(True)
        marked = QTextCharFormat()
        marked.setBackground(self.palette().mid())
        marked.setToolTip(translate("progress_controller", "Skip day"))
        for day in self._skip_days:
            self.calendar.setDateTextFormat(_qdate(day), marked)
        buttons = QDialogButtonBox()
        self.ok_button: QPushButton = buttons.addButton(
            translate("progress_controller", "Mark as skip day"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("progress_controller", SKIP_DAY_TEXT), wrap=True))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.selectionChanged.connect(self._update_button)
        self._update_button()

    def chosen(self) -> tuple[date, bool]:
        """(day, skipped): mark the day, or unmark it when it was a skip day already."""
        day = self.calendar.selectedDate().toPython()
        assert isinstance(day, date)
        return day, day not in self._skip_days

    def _update_button(self) -> None:
        _, skip = self.chosen()
        if skip:
            self.ok_button.setText(translate("progress_controller", "Mark as skip day"))
        else:
            self.ok_button.setText(translate("progress_controller", "Remove the skip day"))

    @classmethod
    def ask(
        cls, parent: QWidget | None, today: date, skip_days: Collection[date]
    ) -> tuple[date, bool] | None:
        dialog = cls(parent, today, skip_days)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProgressController(QObject):
    start_routine_requested = Signal(str)

    def __init__(
        self,
        view: ProgressView,
        sessions: Callable[[], Sequence[SessionRecord]],
        skip_days: Callable[[], set[date]],
        set_skip_day: Callable[[date, bool], None],
        goals: Callable[[], Goals],
        set_goals: Callable[[Goals], None],
        today: Callable[[], date],
        unread_months: Callable[[], int] = lambda: 0,
    ) -> None:
        """`sessions` may give only the months read so far while `unread_months` says more
        are coming (the window reads years of history in idle time): the page says so, and
        is refreshed once they are read."""
        super().__init__(view)
        self._view = view
        self._sessions = sessions
        self._unread_months = unread_months
        self._skip_days = skip_days
        self._set_skip_day = set_skip_day
        self._goals = goals
        self._set_goals = set_goals
        self._today = today
        self.report: ProgressReport | None = None
        self._first_weekday = 1
        self._reading_text = ""
        self._skipped: set[date] = set()
        self._names: dict[str, str] | None = None
        view.goals_edited.connect(self._on_goals_edited)
        view.range_changed.connect(lambda _: self._show())
        view.skip_day_requested.connect(self.ask_skip_day)
        view.skip_day_toggled.connect(self.mark_skip_day)
        view.export_png_requested.connect(self.export_png)
        view.export_csv_requested.connect(self.export_csv)
        view.start_routine_requested.connect(self.start_routine_requested)

    def refresh(self) -> None:
        """Recomputes the report from the history and redraws the page."""
        goals = self._goals()
        self._skipped = set(self._skip_days())
        self._first_weekday = formats().first_weekday()
        self.report = build_report(
            self._sessions(), goals, self._skipped, self._today(), self._first_weekday
        )
        self._view.set_goals(goals.strength_per_week, goals.stretch_days_per_week)
        self._show()
        unread = self._unread_months()
        if unread:
            self._reading_text = reading_text(unread)
            self._view.show_status(self._reading_text)
        elif self._reading_text and self._view.status_label.text() == self._reading_text:
            self._view.show_status("")

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        view = self._view
        empty = report.first_day is None
        view.show_empty(empty, uncounted_note(self._sessions()) if empty else "")
        if empty:
            view.set_header("", "")
            return
        view.set_header(report.summary, streaks_text(report.streaks))
        goals = self._goals()
        count = view.range_weeks() or None
        weeks = report.last_weeks(count)
        start = weeks[0].week_start if weeks else report.today
        slots = count or len(weeks)
        skipped = self._skipped
        first_weekday = self._first_weekday
        # Charts not built yet (their tab never shown) draw this data when they are.
        view.lazy_weeks.draw(
            lambda chart: chart.show_weeks(
                weeks,
                goals.strength_per_week,
                report.milestones,
                report.today,
                slots,
                stretch_goal=goals.stretch_days_per_week,
                results_note=results_text(report.first_day, report.today),
            )
        )
        view.lazy_calendar.draw(
            lambda chart: chart.show_days(
                report.today, report.daily_minutes, skipped, first_weekday
            )
        )
        view.lazy_scores.draw(
            lambda chart: chart.show_scores(
                [(day, score) for day, score in report.strength_scores if day >= start],
                [(day, score) for day, score in report.stretch_scores if day >= start],
            )
        )
        view.lazy_holds.draw(
            lambda chart: chart.show_holds(
                [(week.week_start, week.label) for week in weeks],
                report.holds,
                self._names_of(),
                slots,
            )
        )
        view.lazy_pain.draw(lambda chart: chart.show_weeks(weeks, slots))

    def _names_of(self) -> dict[str, str]:
        if self._names is None:
            self._names = {exercise.id: exercise.name for exercise in bundled.load_catalogue()}
        return self._names

    def _on_goals_edited(self, strength: int, stretch: int) -> None:
        try:
            goals = Goals(strength, stretch)
        except ValueError as error:  # the spin boxes keep 1–7, so only a safeguard
            log.warning("ignored goals: %s", error)
            return
        self._set_goals(goals)
        self.refresh()

    def ask_skip_day(self) -> None:
        answer = SkipDayDialog.ask(self._view, self._today(), self._skipped)
        if answer is not None:
            self.mark_skip_day(*answer)

    def mark_skip_day(self, day: date, skipped: bool) -> None:
        try:
            self._set_skip_day(day, skipped)
        except OSError as error:
            QMessageBox.warning(
                self._view,
                translate("progress_controller", "Skip day not saved"),
                translate("progress_controller", "The skip day could not be saved: {error}").format(
                    error=error
                ),
            )
            return
        if skipped:
            text = translate("progress_controller", "{date} marked as a skip day.")
        else:
            text = translate("progress_controller", "{date} is no longer a skip day.")
        self._view.show_status(text.format(date=formats().weekday_date(day)))
        self.refresh()

    def export_png(self) -> None:
        chart = self._view.current_chart()
        if not chart.showing_plots():
            self._view.show_status(
                translate("progress_controller", "There is no chart on this tab to export yet.")
            )
            return
        tab = self._view.current_tab_file_name()
        suggested = documents_folder() / f"lbh-progress-{tab}-{self._today().isoformat()}.png"
        path = PngFileDialog.ask(self._view, suggested)
        if path is None:
            return
        try:
            saved = chart.export_png(path)
        except OSError as error:
            saved = False
            log.warning("PNG export failed: %s", error)
        if not saved:
            QMessageBox.warning(
                self._view,
                translate("progress_controller", "Export failed"),
                translate(
                    "progress_controller", "The picture could not be saved to {path}."
                ).format(path=path),
            )
            return
        self._view.show_status(translate("progress_controller", "Saved {path}").format(path=path))

    def export_csv(self) -> None:
        status = export_history_csv(self._view, self._sessions)
        if status:
            self._view.show_status(status)


def reading_text(months: int) -> str:
    return translate(
        "progress_controller",
        "Reading older sessions: %n month(s) to go. Streaks and totals update when they are read.",
        None,
        months,
    )


def export_history_csv(
    parent: QWidget, sessions: Callable[[], Sequence[SessionRecord]]
) -> str | None:
    """Asks for a folder and writes sessions.csv, steps.csv and hurts.csv there (all or none).
    Returns the status line after a save; None when cancelled or failed (already said)."""
    folder = CsvFolderDialog.ask(parent, documents_folder())
    if folder is None:
        return None
    records = sessions()
    targets = {
        folder / SESSIONS_FILE: sessions_csv(records),
        folder / STEPS_FILE: steps_csv(records),
        folder / HURTS_FILE: hurts_csv(records),
    }
    try:
        write_files_atomically(targets)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("progress_controller", "Export failed"),
            translate(
                "progress_controller",
                "Your history could not be saved in {folder}: {error}. Nothing was written.",
            ).format(folder=folder, error=error.strerror or error),
        )
        return None
    return translate(
        "progress_controller", "Saved {sessions}, {steps} and {hurts} in {folder}"
    ).format(sessions=SESSIONS_FILE, steps=STEPS_FILE, hurts=HURTS_FILE, folder=folder)
