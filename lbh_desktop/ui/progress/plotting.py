"""What the progress charts share, in one import: theme, tick layouts, axes, legends, Chart."""

from __future__ import annotations

from lbh_desktop.ui.progress.chart_base import EXPORT_MIN_SIZE, SQUASHED, Chart
from lbh_desktop.ui.progress.chart_legend import LegendEntry, LegendRow
from lbh_desktop.ui.progress.chart_theme import Theme, blend, pen
from lbh_desktop.ui.progress.label_axis import LabelAxis, set_week_range
from lbh_desktop.ui.progress.tick_layouts import (
    EDGE_SLACK,
    MIN_LABEL_GAP,
    MONTH_STEPS,
    WEEK_STEPS,
    Span,
    TickLayout,
    count_tick_layout,
    day_tick_layout,
    fixed_ticks,
    month_name,
    spaced_ticks,
    text_width,
    week_tick_layout,
)

__all__ = [
    "EDGE_SLACK",
    "EXPORT_MIN_SIZE",
    "MIN_LABEL_GAP",
    "MONTH_STEPS",
    "SQUASHED",
    "WEEK_STEPS",
    "Chart",
    "LabelAxis",
    "LegendEntry",
    "LegendRow",
    "Span",
    "Theme",
    "TickLayout",
    "blend",
    "count_tick_layout",
    "day_tick_layout",
    "fixed_ticks",
    "month_name",
    "pen",
    "set_week_range",
    "spaced_ticks",
    "text_width",
    "week_tick_layout",
]
