"""The player's control row: one line, then icons only on the right, then two lines."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.shared.adaptive_row import AdaptiveRow
from lbh_desktop.ui.shared.compact_button import CompactButton
from lbh_desktop.ui.shared.icons import themed_icon

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def build(qtbot: QtBot) -> tuple[AdaptiveRow, list[QPushButton], list[CompactButton]]:
    left = [QPushButton(text) for text in ("Zurück", "Anhalten", "Überspringen", "Fertig")]
    right = [
        CompactButton(themed_icon("view-fullscreen"), "Mattenmodus"),
        CompactButton(themed_icon("media-playback-stop"), "Stopp"),
    ]
    right[0].setAccessibleName("Mattenmodus")
    row = AdaptiveRow(list(left), list(right))
    qtbot.addWidget(row)
    row.show()
    return row, left, right


def settle(row: AdaptiveRow, width: int) -> None:
    row.resize(width, row.sizeHint().height())
    for _ in range(3):
        QApplication.processEvents()


def on_one_line(row: AdaptiveRow, widgets: list[QWidget]) -> bool:
    middles = [widget.geometry().center().y() for widget in widgets]
    return max(middles) - min(middles) < min(widget.height() for widget in widgets)


def test_the_row_keeps_texts_drops_them_on_the_right_then_takes_two_lines(qtbot: QtBot) -> None:
    row, left, right = build(qtbot)
    full, compact = row._needed_width(), row._needed_width(compact=True)
    assert compact < full

    settle(row, full + 10)
    assert [button.text() for button in right] == ["Mattenmodus", "Stopp"]
    assert on_one_line(row, [*left, *right])

    settle(row, (full + compact) // 2)  # the texts do not fit, the icons do
    assert [button.text() for button in right] == ["", ""]
    assert all(button.compact for button in right)
    assert on_one_line(row, [*left, *right])
    assert right[0].accessibleName() == "Mattenmodus"  # still named for a screen reader
    assert [button.text() for button in left] == ["Zurück", "Anhalten", "Überspringen", "Fertig"]

    settle(row, compact - 20)  # not even the icons: two lines, every text back
    assert [button.text() for button in right] == ["Mattenmodus", "Stopp"]
    assert not on_one_line(row, [*left, *right])

    settle(row, full + 10)
    assert on_one_line(row, [*left, *right]) and right[1].text() == "Stopp"


def test_a_new_label_while_compact_shows_when_there_is_room_again(qtbot: QtBot) -> None:
    row, _left, right = build(qtbot)
    full, compact = row._needed_width(), row._needed_width(compact=True)
    settle(row, (full + compact) // 2)
    right[1].set_label("Halt")
    assert right[1].text() == "" and right[1].label == "Halt"
    settle(row, row._needed_width() + 10)
    assert right[1].text() == "Halt"
