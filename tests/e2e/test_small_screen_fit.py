"""At 800×600, with 100 and 200 % text, the library, Progress and player show no cut text."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window
from tests.ui.progress.real_window_history import SAVE_HISTORY

CUT_TEXT = """
from PySide6.QtWidgets import QAbstractButton, QLabel, QStatusBar


def cut_texts(window):
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        parent = widget.parentWidget()
        if any(isinstance(p, QStatusBar) for p in [parent, parent and parent.parentWidget()]):
            continue  # status-bar labels shrink on purpose and end in an ellipsis
        if isinstance(widget, QAbstractButton):  # its size hint is its text plus padding
            room, needed = widget.width(), widget.sizeHint().width()
        else:
            lines = widget.text().replace("&", "").split("\\n")
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            room = widget.contentsRect().width()
        if room + 1 < needed:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {room} < {needed}")
    return found


def cut_card_names(library):
    # Routine cards whose name is elided, not wrapped whole, at the list's width.
    from lbh_desktop.ui.library.library_view import CARD_ROLE
    from lbh_desktop.ui.library.routine_cards import CARD_MARGIN, PADDING, CardFonts, lay_out

    routine_list = library.routine_list
    width = routine_list.viewport().width() - CARD_MARGIN.left() - CARD_MARGIN.right()
    fonts = CardFonts.of(routine_list.font())
    cut = []
    for row in range(routine_list.count()):
        card = routine_list.item(row).data(CARD_ROLE)
        lines = lay_out(card, fonts, width - 2 * PADDING).lines
        if any(line.strong and line.text.endswith("…") for line in lines):
            cut.append(card.title)
    return cut
"""


@pytest.mark.e2e
@pytest.mark.parametrize("scale", [100, 200])
def test_no_page_cuts_its_text_on_a_small_screen(scale: int) -> None:
    found = run_in_window(
        SAVE_HISTORY
        + CUT_TEXT
        + f"""
app = build(show=False)
app.preferences.text_scale_percent = {scale}
app.settings.apply_saved()
save_history(app, 70)
app.window.show()
settle()
window = app.window
result["window"] = [window.width(), window.height()]
result["library"] = cut_texts(window) + cut_card_names(app.window.library)
window.progress_action.trigger()
settle(1.0)
result["progress"] = cut_texts(window)
window.routines_action.trigger()
settle()
app.open_routine(app.repository.routine("strength"))
settle()
result["player"] = cut_texts(window)
""",
        width=800,
        height=600,
    )
    screen = [800, 600]
    assert all(size <= limit for size, limit in zip(found["window"], screen, strict=True))
    assert (found["library"], found["progress"], found["player"]) == ([], [], []), found
