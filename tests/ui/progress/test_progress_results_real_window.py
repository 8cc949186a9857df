"""Weeks to results on the Weeks chart, in a real window: a sentence that says what the lines
mean and which week you are in, and lines and labels that are visible and do not collide."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window
from tests.ui.progress.real_window_history import SAVE_HISTORY

CHECK = (
    SAVE_HISTORY
    + """
from PySide6.QtCore import QRectF

app = build()
save_history(app, DAYS)
view = open_progress(app)
view.tabs.setCurrentIndex(0)
settle(0.5)
chart = view.weeks_chart
caption = chart.caption
result["sentence"] = caption.text() if caption.isVisible() else ""
result["sentence_fits"] = caption.height() >= caption.heightForWidth(caption.width())
lines = chart.milestone_lines
result["pens"] = [line.pen.widthF() for line in lines]
labels = [line.label for line in lines if line.label.isVisible()]
result["labels"] = [label.format for label in labels]
rects = [label.mapRectToDevice(label.boundingRect()) for label in labels]
box = chart.plot.getViewBox()
inside = box.mapRectToDevice(box.boundingRect())
marks = getattr(chart.stretch_marks, "text_rects", list)()
problems = []
for n, rect in enumerate(rects):
    if not inside.adjusted(-1, -1, 1, 1).contains(rect):
        problems.append(f"label {result['labels'][n]} outside the plot: {rect} {inside}")
    for other in rects[n + 1:]:
        if rect.intersects(other):
            problems.append(f"labels overlap: {rect} {other}")
    for mark in marks:
        if rect.intersects(mark):
            problems.append(f"label {result['labels'][n]} on a stretch mark text: {rect} {mark}")
result["problems"] = problems
"""
)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_weeks_to_results_read_as_a_sentence_and_clear_lines(width: int, height: int) -> None:
    found = run_in_window(CHECK.replace("DAYS", "62"), width=width, height=height)

    assert found["sentence"] == (
        "Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; "
        "you are in week 9."
    )
    assert found["sentence_fits"]
    assert found["pens"] == [2.0, 2.0]  # the 4- and 8-week lines, no longer hairlines
    assert found["labels"] == ["4 weeks", "8 weeks"]
    assert found["problems"] == []
