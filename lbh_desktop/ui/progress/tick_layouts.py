"""Tick layouts of the progress charts: weeks, months, days and counts, never overlapping."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtGui import QFont, QFontMetricsF

from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.progress_weeks import MONDAY

MIN_LABEL_GAP = 14.0
"""Pixels kept free between neighbouring tick labels."""

EDGE_SLACK = 10.0
"""Pixels a tick label may reach past the end of its axis (into the plot's margin)."""


def text_width(font: QFont) -> Callable[[str], float]:
    """Width in pixels of the widest line of a (possibly multi-line) text."""
    metrics = QFontMetricsF(font)
    return lambda text: max(metrics.horizontalAdvance(line) for line in text.split("\n"))


@dataclass(frozen=True)
class Span:
    """What a tick layout knows of its axis: the visible range, its scale and the font."""

    low: float
    high: float
    px_per_unit: float
    width_of: Callable[[str], float]

    def room(self, position: float, text: str) -> bool:
        """Whether the label fits between the axis ends, give or take EDGE_SLACK pixels."""
        half = self.width_of(text) / 2 - EDGE_SLACK
        return (position - self.low) * self.px_per_unit >= half and (
            self.high - position
        ) * self.px_per_unit >= half


TickLayout = Callable[[Span], dict[float, str]]
"""The ticks to show on an axis at a given span: {value: label}."""


def fixed_ticks(ticks: Mapping[float, str]) -> TickLayout:
    return lambda span: dict(ticks)


def spaced_ticks(
    positions: Sequence[float],
    labels: Callable[[list[int]], list[str]],
    span: Span,
    steps: Sequence[int],
) -> dict[float, str]:
    """Every `step`-th of the candidate `positions` inside the span, for the smallest step in
    `steps` whose labels neither overlap nor stick out of the axis; counted back from the
    newest position, or from as close to it as fits. labels(indices) names the chosen ones
    (so the first of them can carry the year)."""
    visible = [i for i, x in enumerate(positions) if span.low <= x <= span.high]
    if not visible or span.px_per_unit <= 0:
        return {}
    for step in steps:
        for shift in range(min(step, len(visible))):
            chosen = visible[::-1][shift::step][::-1]
            texts = labels(chosen)
            while chosen and not span.room(positions[chosen[0]], texts[0]):
                chosen = chosen[1:]  # the oldest sticks out on the left: the next one leads
                texts = labels(chosen)
            if not chosen or not span.room(positions[chosen[-1]], texts[-1]):
                continue
            widths = [span.width_of(text) for text in texts]
            if all(
                (positions[chosen[k + 1]] - positions[chosen[k]]) * span.px_per_unit
                >= (widths[k] + widths[k + 1]) / 2 + MIN_LABEL_GAP
                for k in range(len(chosen) - 1)
            ):
                return {float(positions[i]): text for i, text in zip(chosen, texts, strict=True)}
    return {}


WEEK_STEPS = (1, 2, 3, 4, 6, 8, 13, 26, 52, 104, 156, 260, 520, 1040)
MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)


def month_name(day: date, with_year: bool) -> str:
    """The short month of `day` in the locale ("Mar"), with its year ("Mar 2026")."""
    return formats().month_year(day) if with_year else formats().month_name(day.month, short=True)


def week_tick_layout(week_starts: Sequence[date], labels: Sequence[str]) -> TickLayout:
    """Ticks at week indices 0…n-1 labelled "W12", with the month ("Mar") under the first
    labelled week of each month (a week belongs to the month of its middle day, the Thursday
    of a week from Monday) and the year on the first label and wherever it changes when the
    weeks span years; thinned out so that no two labels touch."""
    thursdays = [start + timedelta(days=3) for start in week_starts]
    spans_years = bool(thursdays) and thursdays[0].year != thursdays[-1].year

    def texts(indices: list[int]) -> list[str]:
        result = []
        previous: tuple[int, int] | None = None
        for index in indices:
            thursday = thursdays[index]
            month = (thursday.year, thursday.month)
            text = labels[index]
            if month != previous:
                with_year = spans_years and (previous is None or thursday.year != previous[0])
                text += "\n" + month_name(thursday, with_year)
            previous = month
            result.append(text)
        return result

    positions = [float(i) for i in range(len(week_starts))]
    return lambda span: spaced_ticks(positions, texts, span, WEEK_STEPS)


def day_tick_layout(first: date, last: date, first_weekday: int = MONDAY) -> TickLayout:
    """Ticks for days given as date ordinals: at the 1st of each month ("Mar", with the year
    on the first label and wherever it changes when the range spans years), or at the first
    day of each week (ISO weekday `first_weekday`, "2 Mar") when fewer than two months begin
    in the range."""
    starts: list[date] = []
    month = date(first.year, first.month, 1)
    if month < first:
        month = _next_month(month)
    while month <= last:
        starts.append(month)
        month = _next_month(month)
    if len(starts) < 2:
        week_starts = [first + timedelta(days=(first_weekday - first.isoweekday()) % 7)]
        while week_starts[-1] + timedelta(weeks=1) <= last:
            week_starts.append(week_starts[-1] + timedelta(weeks=1))
        week_positions = [float(day.toordinal()) for day in week_starts]

        def week_texts(indices: list[int]) -> list[str]:
            return [formats().day_month(week_starts[i]) for i in indices]

        return lambda span: spaced_ticks(week_positions, week_texts, span, WEEK_STEPS)

    spans_years = first.year != last.year
    positions = [float(day.toordinal()) for day in starts]

    def texts(indices: list[int]) -> list[str]:
        years = [starts[i].year for i in indices]
        return [
            month_name(starts[i], spans_years and (n == 0 or years[n] != years[n - 1]))
            for n, i in enumerate(indices)
        ]

    return lambda span: spaced_ticks(positions, texts, span, MONTH_STEPS)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def count_tick_layout(low: float, high: float) -> TickLayout:
    """Whole-number ticks (1, 2, 5, 10 … apart) for counts, at least 24 px apart."""

    def layout(span: Span) -> dict[float, str]:
        step = 1
        for candidate in (1, 2, 5, 10, 20, 50, 100, 200, 500):
            step = candidate
            if candidate * span.px_per_unit >= 24:
                break
        start = int(low // step + (1 if low % step else 0)) * step
        number = formats().number
        return {float(v): number(v) for v in range(start, int(high) + 1, step)}

    return layout
