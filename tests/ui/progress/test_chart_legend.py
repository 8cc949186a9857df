"""A chart legend too wide for its chart goes onto more lines instead of running off the edge."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.progress.chart_legend import LegendEntry, LegendRow

FRENCH = [
    LegendEntry("Renforcement", QColor("navy")),
    LegendEntry("Étirement", QColor("green")),
    LegendEntry("Pauses au bureau", QColor("orange")),
    LegendEntry("Objectif de renforcement (3 par semaine)", QColor("black"), "tick"),
    LegendEntry("Objectif d’étirement (7 jours par semaine)", QColor("green"), "dots"),
]


def legend_in_chart(qtbot: QtBot, width: int) -> tuple[pg.GraphicsLayoutWidget, LegendRow]:
    chart = pg.GraphicsLayoutWidget()
    qtbot.addWidget(chart)
    legend = LegendRow()
    chart.addItem(legend, row=0, col=0)
    legend.set_entries(FRENCH, QFont(), QColor("black"), QColor("gray"))
    chart.resize(width, 300)
    chart.show()
    qtbot.waitUntil(lambda: abs(legend.boundingRect().width() - width) < 40)
    return chart, legend  # the chart owns the legend: both stay alive


def line_width(line: list[tuple[LegendEntry, float, float]]) -> float:
    return sum(width for _entry, width, _space in line) + sum(s for *_r, s in line[:-1])


def test_a_narrow_chart_puts_the_legend_on_more_lines_each_within_the_width(
    qtbot: QtBot,
) -> None:
    _chart, wide = legend_in_chart(qtbot, 1600)
    assert len(wide.lines(wide.boundingRect().width())) == 1
    one_line_height = wide.boundingRect().height()

    _other, narrow = legend_in_chart(qtbot, 700)
    width = narrow.boundingRect().width()
    lines = narrow.lines(width)
    assert len(lines) >= 2
    assert [entry for line in lines for entry, *_ in line] == FRENCH  # none lost, in order
    assert all(line_width(line) <= width - 12 for line in lines)
    qtbot.waitUntil(lambda: narrow.boundingRect().height() > one_line_height)
