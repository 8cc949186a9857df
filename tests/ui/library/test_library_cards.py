"""The library's routine cards (picture, lines, tags) and its empty state, driven by keyboard."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from lbh_desktop.core.routine_card import RoutineCard
from lbh_desktop.shell.app import App
from lbh_desktop.storage.bundled import resource_path
from lbh_desktop.ui.editor.editor_view import EditorView
from lbh_desktop.ui.library.card_pictures import CardPictures
from lbh_desktop.ui.library.library_view import CARD_ROLE, PICTURE_ROLE
from lbh_desktop.ui.library.routine_cards import (
    CARD_MARGIN,
    PADDING,
    CardFonts,
    RoutineCardDelegate,
    lay_out,
    tile_color,
)
from tests.ui.driving import focused, press
from tests.ui.library.test_library_view import BUILTIN_NAMES, choose_kind, names

PICTURES = {
    "Desk stretch break": "seated-cat-cow.svg",
    "Daily lower back & hip stretch": "cat-cow.svg",
    "Lower back & hip strength": "deadlift.svg",  # its first strength move, past the warm-up
    "Beginner strength": "chair-sit-to-stand.svg",
    "Warm-up": "marching-in-place.svg",
    "Flare-up: gentle movement": "cat-cow.svg",
}


def cards(app: App) -> list[RoutineCard]:
    routine_list = app.window.library.routine_list
    return [routine_list.item(row).data(CARD_ROLE) for row in range(routine_list.count())]


def settle(qtbot: QtBot, app: App, width: int, height: int) -> None:
    app.window.resize(width, height)
    qtbot.waitUntil(lambda: app.window.size() == QSize(width, height))
    for _ in range(3):  # the list lays its cards out again after a change of width
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_each_routine_is_a_card_pictured_by_its_first_main_move(app: App) -> None:
    routine_list = app.window.library.routine_list
    assert [card.title for card in cards(app)] == BUILTIN_NAMES == names(routine_list)
    for row, card in enumerate(cards(app)):
        item = routine_list.item(row)
        picture = Path(item.data(PICTURE_ROLE))
        assert picture.name == PICTURES[card.title]
        assert picture.is_file()
        description = item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert description == card.description
        assert card.facts in description and card.last_done in description
        assert all(tag in description for tag in card.tags)
        assert item.toolTip() == f"{card.title}\n{card.subtitle}"
    strength = cards(app)[2]
    assert (strength.facts, strength.tags) == (
        "Strength · 29 min · Intermediate",
        ("Floor", "Standing"),
    )


def test_cards_follow_the_list_width_and_never_overlap(app: App, qtbot: QtBot) -> None:
    routine_list = app.window.library.routine_list
    delegate = routine_list.itemDelegate()
    assert isinstance(delegate, RoutineCardDelegate)
    heights = {}
    for size in ((1280, 800), (800, 600)):
        settle(qtbot, app, *size)
        rects = [routine_list.visualItemRect(routine_list.item(row)) for row in range(6)]
        option = QStyleOptionViewItem()
        option.initFrom(routine_list)
        option.widget = routine_list
        for row, rect in enumerate(rects):
            hint = delegate.sizeHint(option, routine_list.model().index(row, 0))
            assert rect.height() == hint.height(), (size, row)
            assert rect.width() == routine_list.viewport().width()
        for above, below in itertools.pairwise(rects):
            assert above.bottom() < below.top(), (size, above, below)
        heights[size] = rects[1].height()  # "Daily lower back & hip stretch"
    assert heights[(800, 600)] > heights[(1280, 800)]  # its name wraps in the narrow list


def test_a_narrow_card_with_large_text_gives_up_its_picture_and_wraps_its_lines(
    qapp: QApplication,
) -> None:
    card = RoutineCard(
        "daily-stretch",
        "Daily lower back & hip stretch",
        "Stretch · 10 min · Beginner",
        ("Floor", "Chair", "Standing"),
        "Last done: Never",
        "cat-cow",
    )
    font = QFont(QApplication.font())
    font.setPointSizeF(10)
    wide = lay_out(card, CardFonts.of(font), 600)
    assert wide.tile.isValid()
    assert abs(wide.tile.width() * 3 - wide.tile.height() * 4) <= 4  # 4:3, as the pictures
    assert [line.text for line in wide.lines] == [card.title, card.facts, card.last_done]
    assert wide.tags == list(card.tags)

    font.setPointSizeF(20)  # 200 % text
    narrow = lay_out(card, CardFonts.of(font), 280)
    assert not narrow.tile.isValid()
    title = [line.text for line in narrow.lines if line.strong]
    assert len(title) in (2, 3) and " ".join(title) == card.title  # wrapped between words
    assert len(narrow.lines) > 3
    for line in narrow.lines:
        assert line.rect.left() == 0 and line.rect.right() < 280
        assert QFontMetrics(line.font).horizontalAdvance(line.text) <= 280, line.text
    assert narrow.height >= sum(line.rect.height() for line in narrow.lines)
    assert narrow.tags in (list(card.tags), ["Floor", "Chair", "+1"], ["Floor", "+2"])


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")
def test_pictures_are_read_once_per_path_and_a_missing_one_is_none(
    qapp: QApplication, tmp_path: Path
) -> None:
    pictures = CardPictures(ready=True)
    svg = tmp_path / "move.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">'
        '<rect x="0" y="0" width="400" height="300" fill="#2f6f8f"/></svg>',
        encoding="utf-8",
    )
    first = pictures.source(svg)
    assert first is not None and pictures.source(svg) is first
    pixmap = pictures.pixmap(svg, QSize(80, 60))
    assert pixmap is not None and pixmap.size() == QSize(80, 60)
    assert pictures.pixmap(svg, QSize(80, 60)) is pixmap
    image = pixmap.toImage()
    assert image.pixelColor(40, 30) == QColor("#2f6f8f")  # drawn to fit, centred
    assert image.pixelColor(0, 0).alpha() == 0  # the tile shows around it
    assert pictures.pixmap(tmp_path / "undrawn.svg", QSize(80, 60)) is None
    (tmp_path / "broken.svg").write_text("not a picture", encoding="utf-8")
    assert pictures.source(tmp_path / "broken.svg") is None


def test_the_picture_sits_on_a_soft_tile(app: App, qtbot: QtBot) -> None:
    settle(qtbot, app, 1280, 800)
    routine_list = app.window.library.routine_list
    rect = routine_list.visualItemRect(routine_list.item(1))  # not selected
    image = routine_list.viewport().grab().toImage()
    corner = rect.topLeft() + QPoint(CARD_MARGIN.left(), CARD_MARGIN.top())
    inside = image.pixelColor(corner.x() + PADDING + 8, corner.y() + PADDING + 4)
    tile = tile_color(routine_list.palette())
    assert [abs(a - b) <= 1 for a, b in zip(inside.getRgb(), tile.getRgb(), strict=True)] == [
        True
    ] * 4
    assert inside != routine_list.palette().color(routine_list.palette().ColorRole.Base)


def test_an_empty_filter_offers_all_routines_by_keyboard(app: App, qtbot: QtBot) -> None:
    library = app.window.library
    app.repository.delete_routine("warm-up")
    app.library.refresh()
    library.kind_filter.setFocus()
    qtbot.waitUntil(library.kind_filter.hasFocus)
    choose_kind(app, "Warm-up")
    assert library.routine_list.count() == 0 and library.empty_state.isVisible()
    assert library.empty_state.title_label.text() == "No warm-up routines yet"
    press(Qt.Key.Key_Tab)
    assert focused() is library.empty_state.action_button
    assert library.empty_state.action_button.accessibleName() == "Show all routines"
    press(Qt.Key.Key_Return)
    assert library.kind_filter.currentText() == "All routines"
    assert names(library.routine_list) == [n for n in BUILTIN_NAMES if n != "Warm-up"]
    assert library.empty_state.isHidden()
    assert focused() is library.routine_list  # the keyboard carries on in the list


def test_an_empty_filter_offers_all_routines_by_its_mnemonic(app: App, qtbot: QtBot) -> None:
    library = app.window.library
    app.repository.delete_routine("warm-up")
    app.library.refresh()
    library.routine_list.setFocus()
    choose_kind(app, "Warm-up")
    assert focused() is library.empty_state.action_button  # focus went with the list
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after a moment
    qtbot.waitUntil(lambda: library.kind_filter.currentText() == "All routines")
    assert library.routine_list.count() == len(BUILTIN_NAMES) - 1


def test_with_no_routine_the_library_invites_the_first_one(app: App, qtbot: QtBot) -> None:
    library = app.window.library
    for routine in app.repository.routines():
        app.repository.delete_routine(routine.id)
    app.library.refresh()
    assert library.routine_list.isHidden() and library.empty_state.isVisible()
    assert library.empty_state.title_label.text() == "Make your first routine"
    assert library.empty_state.action_button.text().replace("&", "") == "Create a routine"
    assert library.start_button.isHidden() and library.steps_tree.isHidden()  # nothing to start
    library.routine_list.setFocus()  # what Ctrl+1 and the way back from the player do
    qtbot.waitUntil(library.empty_state.action_button.hasFocus)
    press(Qt.Key.Key_Space)
    page = app.window.pages.currentWidget()
    assert isinstance(page, EditorView)
    assert app.editor is not None and app.editor.active and app.editor.dirty


def test_each_step_of_the_selected_routine_shows_its_moves_picture(app: App) -> None:
    library = app.window.library
    library.routine_list.setCurrentRow(BUILTIN_NAMES.index("Beginner strength"))
    table = library.steps_tree
    rows = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    assert len(rows) > 3
    # Each step plays a version of its move, and shows that version's picture.
    assert table.pictures_shown
    assert all(item is not None and not item.icon(0).isNull() for item in rows)
    assert rows[0] is not None and rows[0].text(0).startswith("Low march (easier")
    first = rows[0].icon(0).pixmap(table.iconSize()).toImage()
    assert first.width() == table.iconSize().width()


def test_pictures_are_drawn_only_once_the_window_has_painted(app: App, qtbot: QtBot) -> None:
    picture = resource_path("illustrations", "deadlift.svg")
    waiting = CardPictures()
    assert waiting.pixmap(picture, QSize(80, 60)) is None  # start-up paints without them
    library = app.window.library
    qtbot.waitUntil(lambda: library.card_delegate.pictures.ready)  # after the first paint
    assert library.steps_tree.pictures.ready and library.steps_tree.pictures_shown
