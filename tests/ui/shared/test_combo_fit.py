"""Drop-down lists show every item in full: the closed box and the open list, at 100 % and
200 % text, in a real window (the library's Show and Level, Progress's range and Holds)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.shared.combo_fit import (
    _ComboFitter,
    edit_field_width,
    fit_popup_to_items,
    widest_text,
)
from tests.e2e.real_window import run_in_window
from tests.ui.progress.real_window_history import SAVE_HISTORY

MEASURE = """
from PySide6.QtWidgets import QStyle

def cut_items(name, combo):
    '''Items whose text does not fit the closed box, or the open list with a font height of
    room for the item's margins.'''
    from lbh_desktop.ui.shared.combo_fit import edit_field_width
    cut = []
    field = edit_field_width(combo)
    metrics = combo.fontMetrics()
    for i in range(combo.count()):
        if metrics.horizontalAdvance(combo.itemText(i)) > field:
            cut.append(f"{name} closed: {combo.itemText(i)!r} in {field} px")
    combo.showPopup()
    settle(0.3)
    view = combo.view()
    shown = view.viewport().width()
    room = view.fontMetrics().height()
    for i in range(combo.count()):
        text = combo.itemText(i)
        need = view.fontMetrics().horizontalAdvance(text) + room
        if need > shown or view.visualRect(combo.model().index(i, 0)).width() < need:
            cut.append(f"{name} open: {text!r} needs {need} px of {shown}")
        # Whatever the style does with the open list's width (Windows and others make it
        # exactly as wide as the box), the list itself asks for room for every item.
        if view.minimumWidth() < need:
            cut.append(f"{name} open: {text!r} needs {need} px, the list asks for none")
    combo.hidePopup()
    settle(0.1)
    return cut
"""


def check(scale: int) -> str:
    return (
        SAVE_HISTORY
        + MEASURE
        + f"""
app = build(show=False)
app.preferences.text_scale_percent = {scale}
app.settings.apply_saved()
app.window.show()
settle()
save_history(app, 40)
app.show_library()
settle()
library = app.window.library
cut = cut_items("Show", library.kind_filter) + cut_items("Level", library.level_combo)
view = open_progress(app)
cut += cut_items("Range", view.range_combo)
view.tabs.setCurrentIndex(3)
settle()
combo = view.holds_chart.exercise_combo
result["holds_items"] = [combo.itemText(i) for i in range(combo.count())]
cut += cut_items("Holds", combo)
result["cut"] = cut
"""
    )


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_drop_down_lists_show_every_item_in_full(scale: int, width: int, height: int) -> None:
    found = run_in_window(check(scale), width=width, height=height)

    assert "Standing hip flexor stretch" in found["holds_items"]  # type: ignore[operator]
    assert found["cut"] == []


def test_fit_popup_to_items_widens_the_list_and_the_box(qtbot: QtBot) -> None:
    """Even where the style makes the open list as wide as the box (Windows), and the box is
    squeezed by its layout, the list and box fit the widest item, also after new items."""
    style = QStyleFactory.create("Windows")
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox(host)
    combo.setStyle(style)
    combo.addItems(["A", "B"])
    fit_popup_to_items(combo)
    combo.addItem("A much, much longer item than the others")
    host.show()
    qtbot.waitExposed(host)

    widest = widest_text(combo)
    assert widest == combo.fontMetrics().horizontalAdvance(combo.itemText(2))
    assert combo.view().minimumWidth() >= widest + combo.fontMetrics().height()
    combo.resize(combo.minimumWidth(), combo.height())
    assert edit_field_width(combo) >= widest


def test_fit_popup_to_items_can_leave_the_box_narrow(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    combo.addItems(["Any equipment", "Resistance band"])
    fit_popup_to_items(combo, fit_box=False)
    fit_popup_to_items(combo, fit_box=False)  # twice: still one fitter

    assert (
        combo.sizeAdjustPolicy() is QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    assert combo.minimumWidth() == 0
    assert combo.view().minimumWidth() >= widest_text(combo)
    assert len(combo.findChildren(_ComboFitter)) == 1
