"""The Progress page: summary, streaks, goals, range and exports above five chart tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.ui.progress.chart_prefetch import load_chart_libraries
from lbh_desktop.ui.shared.adaptive_row import FlowRow
from lbh_desktop.ui.shared.combo_fit import fit_popup_to_items
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.scrolling import scrolling
from lbh_desktop.ui.shared.wheel_guard import change_only_when_focused

load_chart_libraries()  # before the chart modules below import them: see its docstring

from lbh_desktop.ui.progress.calendar_heatmap import CalendarHeatmap  # noqa: E402
from lbh_desktop.ui.progress.hold_chart import HoldChart  # noqa: E402
from lbh_desktop.ui.progress.lazy_tabs import ChartTabs  # noqa: E402
from lbh_desktop.ui.progress.pain_chart import PainChart  # noqa: E402
from lbh_desktop.ui.progress.plotting import Chart  # noqa: E402
from lbh_desktop.ui.progress.score_chart import EXPLANATION, ScoreChart  # noqa: E402
from lbh_desktop.ui.progress.weekly_chart import WeeklyChart  # noqa: E402

RANGES = (4, 12, 26, 52, 0)
"""The weeks the range selector offers; 0 = all weeks."""
DEFAULT_RANGE = 12
SKIP_DAY_TEXT = QT_TRANSLATE_NOOP(
    "progress_view", "Sick or travelling? Skip days keep your streaks and freeze your score."
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "progress_view",
    "Do a routine and your weeks, streaks and habit strength show up here. "
    "A desk stretch break takes about five minutes.",
)
"""Translate where shown: translate("progress_view", EMPTY_TEXT)."""
DESK_BREAK_ID = "desk-stretch-break"
TAB_FILE_NAMES = ("weeks", "calendar", "consistency", "holds", "pain")
"""The chart tabs in English, in order, for the names of exported files."""


CHARTS_MIN_HEIGHT = 260
"""The chart tabs never get less height than this; the page scrolls instead."""


class ShrinkingContent(QWidget):
    """A scroll area's page that asks only for its minimum height at a width, so the area
    scrolls only when the page cannot shrink to fit (a QWidget asks its preferred height)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout else super().heightForWidth(width)


class ChartPages(QStackedWidget):
    """The charts or the empty state. It asks for no height by width: its wrapped texts would
    make it ask its preferred height as its minimum, and the page scroll for no reason."""

    def hasHeightForWidth(self) -> bool:
        return False


class ProgressView(QWidget):
    goals_edited = Signal(int, int)
    """(strength sessions a week, stretching days a week)"""
    range_changed = Signal(int)
    """Weeks to show; 0 = all."""
    export_png_requested = Signal()
    export_csv_requested = Signal()
    skip_day_requested = Signal()
    skip_day_toggled = Signal(object, bool)
    """(date, skipped) from the calendar's context menu."""
    start_routine_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = plain_label(wrap=True, object_name="routineTitle")
        self.streaks_label = plain_label(wrap=True)
        self.streaks_label.setAccessibleName(translate("progress_view", "Streaks"))

        self.strength_goal = QSpinBox()
        self.strength_goal.setRange(1, 7)
        self.strength_goal.setValue(3)
        self.strength_goal.setToolTip(
            translate("progress_view", "2–3 a week is the usual guidance")
        )
        self.strength_goal.setAccessibleName(translate("progress_view", "Strength sessions a week"))
        self.stretch_goal = QSpinBox()
        self.stretch_goal.setRange(1, 7)
        self.stretch_goal.setValue(7)
        self.stretch_goal.setToolTip(
            translate("progress_view", "Daily stretching is the usual guidance")
        )
        self.stretch_goal.setAccessibleName(translate("progress_view", "Stretching days a week"))
        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(translate("progress_view", "Weeks shown"))
        self.range_combo.setToolTip(translate("progress_view", "How many weeks the charts show"))
        for weeks in RANGES:
            if weeks:
                text = translate("progress_view", "%n week(s)", None, weeks)
            else:
                text = translate("progress_view", "All")
            self.range_combo.addItem(text, weeks)
        self.range_combo.setCurrentIndex(self.range_combo.findData(DEFAULT_RANGE))
        fit_popup_to_items(self.range_combo)
        # The goals change only when chosen (click, Tab, Alt+S / Alt+T), never by a stray
        # wheel turn or the arrow keys of someone who just opened the page.
        change_only_when_focused(self.strength_goal, self.stretch_goal)
        self.export_png_button = QPushButton(translate("progress_view", "Export PNG…"))
        self.export_png_button.setToolTip(
            translate("progress_view", "Save the chart on screen as a picture")
        )
        self.export_png_button.setAccessibleName(translate("progress_view", "Export chart as PNG"))
        self.export_csv_button = QPushButton(translate("progress_view", "Export CSV…"))
        self.export_csv_button.setToolTip(
            translate(
                "progress_view", "Save your whole history as sessions.csv, steps.csv and hurts.csv"
            )
        )
        self.export_csv_button.setAccessibleName(
            translate("progress_view", "Export history as CSV")
        )
        self.skip_day_button = QPushButton(translate("progress_view", "Mark a skip day…"))
        skip_day_text = translate("progress_view", SKIP_DAY_TEXT)
        self.skip_day_button.setToolTip(skip_day_text)
        self.skip_day_button.setAccessibleName(translate("progress_view", "Mark a skip day"))
        self.skip_day_label = plain_label(skip_day_text, wrap=True, object_name="detailMeta")
        self.status_label = plain_label(wrap=True, object_name="detailMeta")
        self.status_label.hide()

        strength_label = QLabel(translate("progress_view", "&Strength sessions a week:"))
        strength_label.setBuddy(self.strength_goal)
        strength_label.setToolTip(self.strength_goal.toolTip())
        stretch_label = QLabel(translate("progress_view", "S&tretching days a week:"))
        stretch_label.setBuddy(self.stretch_goal)
        range_label = QLabel(translate("progress_view", "S&how:"))
        range_label.setBuddy(self.range_combo)
        # Each label stays with its box; at 200 % text on a small screen the pairs take
        # further lines instead of cutting their labels.
        controls = FlowRow(
            [
                labelled(strength_label, self.strength_goal),
                labelled(stretch_label, self.stretch_goal),
                labelled(range_label, self.range_combo),
            ],
            justify=False,
        )
        self.range_label = range_label
        # The buttons take a further line, not cut their text, when the window is narrow.
        self.history_tools = FlowRow(
            [
                self.skip_day_button,
                self.skip_day_label,
                self.export_png_button,
                self.export_csv_button,
            ],
            justify=False,
        )

        # Each chart is built when its tab first shows (or code asks for it): see lazy_tabs.py.
        self.tabs = ChartTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("progress_view", "Charts"))
        self.lazy_weeks = self.tabs.add_chart(translate("progress_view", "Weeks"), WeeklyChart)
        self.lazy_calendar = self.tabs.add_chart(
            translate("progress_view", "Calendar"), CalendarHeatmap
        )
        self.lazy_scores = self.tabs.add_chart(
            translate("progress_view", "Consistency"), ScoreChart
        )
        self.lazy_holds = self.tabs.add_chart(translate("progress_view", "Holds"), HoldChart)
        self.lazy_pain = self.tabs.add_chart(translate("progress_view", "Pain"), PainChart)
        self.tabs.setTabToolTip(2, translate("score_chart", EXPLANATION))

        self.empty_page = QWidget()
        self.empty_title = plain_label(
            translate("progress_view", "No sessions yet"), object_name="detailTitle"
        )
        self.empty_label = plain_label(translate("progress_view", EMPTY_TEXT), wrap=True)
        start_text = translate("progress_view", "Start the desk stretch break")
        self.start_button = QPushButton(start_text)
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumHeight(40)
        self.start_button.setAccessibleName(start_text)
        self.start_button.setToolTip(
            translate("progress_view", "A five-minute stretch you can do at your desk")
        )
        for label in (self.empty_title, self.empty_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.setContentsMargins(40, 24, 40, 24)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.pages = ChartPages()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty_page)

        # At 200 % text on a small screen the controls take much of the height: the page
        # then scrolls, and the charts keep a readable height instead of shrinking away.
        self.pages.setMinimumHeight(CHARTS_MIN_HEIGHT)
        content = ShrinkingContent()
        layout = QVBoxLayout(content)
        scroll = scrolling(content, sideways=False)
        scroll.setAccessibleName(translate("progress_view", "Progress"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.streaks_label)
        layout.addWidget(controls)
        layout.addWidget(self.history_tools)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pages, 1)

        self.strength_goal.valueChanged.connect(self._emit_goals)
        self.stretch_goal.valueChanged.connect(self._emit_goals)
        self.range_combo.currentIndexChanged.connect(
            lambda _: self.range_changed.emit(self.range_weeks())
        )
        self.export_png_button.clicked.connect(self.export_png_requested)
        self.export_csv_button.clicked.connect(self.export_csv_requested)
        self.skip_day_button.clicked.connect(self.skip_day_requested)
        self.lazy_calendar.when_built(
            lambda chart: chart.skip_day_toggled.connect(self.skip_day_toggled)
        )
        self.start_button.clicked.connect(lambda: self.start_routine_requested.emit(DESK_BREAK_ID))

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the page opens, keyboard focus starts on something harmless (the chart
        tabs, or the start button when there is no history): not on a goal, where the arrow
        keys would change it."""
        super().showEvent(event)
        if not event.spontaneous():
            self.landing_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def landing_widget(self) -> QWidget:
        """Where keyboard focus goes when the page opens."""
        return self.start_button if self.is_empty_shown() else self.tabs.tabBar()

    @property
    def weeks_chart(self) -> WeeklyChart:
        return self.lazy_weeks.get()

    @property
    def calendar(self) -> CalendarHeatmap:
        return self.lazy_calendar.get()

    @property
    def scores_chart(self) -> ScoreChart:
        return self.lazy_scores.get()

    @property
    def holds_chart(self) -> HoldChart:
        return self.lazy_holds.get()

    @property
    def pain_chart(self) -> PainChart:
        return self.lazy_pain.get()

    def _emit_goals(self) -> None:
        self.goals_edited.emit(self.strength_goal.value(), self.stretch_goal.value())

    def range_weeks(self) -> int:
        return int(self.range_combo.currentData())

    def set_goals(self, strength: int, stretch: int) -> None:
        for box, value in ((self.strength_goal, strength), (self.stretch_goal, stretch)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def set_header(self, summary: str, streaks: str) -> None:
        self.summary_label.setText(summary)
        self.streaks_label.setText(streaks)
        self.summary_label.setVisible(bool(summary))
        self.streaks_label.setVisible(bool(streaks))

    def show_empty(self, empty: bool, uncounted: str = "") -> None:
        """The friendly start page instead of the charts while nothing counts; `uncounted`
        says why the sessions in the history do not (session_log.uncounted_note)."""
        if uncounted:
            self.empty_title.setText(translate("progress_view", "Nothing counted yet"))
        else:
            self.empty_title.setText(translate("progress_view", "No sessions yet"))
        empty_text = translate("progress_view", EMPTY_TEXT)
        self.empty_label.setText(f"{uncounted}\n\n{empty_text}" if uncounted else empty_text)
        self.pages.setCurrentWidget(self.empty_page if empty else self.tabs)
        for widget in (self.history_tools, self.range_label, self.range_combo):
            widget.setVisible(not empty)

    def is_empty_shown(self) -> bool:
        return self.pages.currentWidget() is self.empty_page

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def current_chart(self) -> Chart:
        return self.tabs.chart_at(self.tabs.currentIndex())

    def current_tab_name(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")

    def current_tab_file_name(self) -> str:
        """The current tab in English, for file names: "weeks"."""
        return TAB_FILE_NAMES[self.tabs.currentIndex()]


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field side by side, kept together when a row wraps."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 12, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    return pair
