"""Break settings rows are one translated sentence, fields where the translation puts them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.breaks.break_settings_dialog import sentence_row


def row_items(qtbot: QtBot, sentence: str, fields: dict[str, QWidget]) -> tuple[str, list[str]]:
    label, row = sentence_row(sentence, fields)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setLayout(row)
    items = []
    for index in range(row.count()):
        widget = row.itemAt(index).widget()
        if isinstance(widget, QLabel):
            items.append(widget.text())
        elif widget is not None:
            items.append(f"<{widget.objectName()}>")
    return label, items


def test_the_words_before_the_first_field_label_the_row(qtbot: QtBot) -> None:
    box = QSpinBox()
    box.setObjectName("minutes")
    label, items = row_items(
        qtbot, "Remind me every {minutes} minutes of activity", {"minutes": box}
    )
    assert (label, items) == ("Remind me every", ["<minutes>", "minutes of activity"])


def test_a_translation_may_put_the_fields_first_and_in_another_order(qtbot: QtBot) -> None:
    start, end = QWidget(), QWidget()
    start.setObjectName("start")
    end.setObjectName("end")
    label, items = row_items(qtbot, "{end} ← {start}", {"start": start, "end": end})
    assert (label, items) == ("", ["<end>", "←", "<start>"])
