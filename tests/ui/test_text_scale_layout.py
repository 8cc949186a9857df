"""At 100 % and 200 % text, in 1280×800 and 800×600 windows, no button or name is clipped."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
)
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.app import App
from lbh_desktop.ui.editor.editor_view import PICKER_TAB, STEP_TAB, EditorView
from lbh_desktop.ui.library.library_view import CARD_ROLE, LibraryView
from lbh_desktop.ui.library.routine_cards import CARD_MARGIN, PADDING, CardFonts, lay_out
from lbh_desktop.ui.shared import status_labels
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.status_labels import is_cut
from lbh_desktop.ui.shared.style import style_sheet
from lbh_desktop.ui.speech.speech_setup import SHORT_FALLBACK_TEXT
from tests.ui.editor.helpers import select_routine
from tests.ui.layout_checks import clipped_buttons, resize, squashed_fields, status_labels_fit

ROUTINE = "Lower back & hip strength"
MOVE_MIN_CHARS = 12


@pytest.fixture(params=[100, 200], ids=["text-100", "text-200"])
def text_scale(request: pytest.FixtureRequest, app: App, qapp: QApplication) -> Iterator[int]:
    """The app with its text at the given size; the application's look is restored after."""
    font = QFont(qapp.font())
    assert app.settings is not None
    # The real app has a style sheet from the start (create_application); without one, the
    # first sheet would keep the shown widgets at their old font.
    qapp.setStyleSheet(style_sheet(LIGHT))
    app.settings.appearance.apply("light", request.param)
    yield request.param
    qapp.setPalette(QPalette())
    qapp.setFont(font)
    qapp.setStyleSheet("")


def open_editor(app: App) -> EditorView:
    select_routine(app, ROUTINE)
    routine_id = app.window.library.current_routine_id()
    assert routine_id is not None
    app.window.library.routine_actions.duplicate_requested.emit(routine_id)
    page = app.window.pages.currentWidget()
    assert isinstance(page, EditorView)
    page.select_step(1)
    return page


def cut_card_names(page: LibraryView) -> list[str]:
    """Routine cards whose name is elided, not wrapped whole, at the list's width."""
    routine_list = page.routine_list
    margins = CARD_MARGIN.left() + CARD_MARGIN.right() + 2 * PADDING
    fonts = CardFonts.of(routine_list.font())
    cut = []
    for row in range(routine_list.count()):
        card = routine_list.item(row).data(CARD_ROLE)
        lines = lay_out(card, fonts, routine_list.viewport().width() - margins).lines
        if any(line.strong and line.text.endswith("…") for line in lines):
            cut.append(card.title)
    return cut


def test_library_buttons_and_move_names_fit(app: App, qtbot: QtBot, text_scale: int) -> None:
    library = app.window.library
    select_routine(app, ROUTINE)
    app.sound.availability_changed.emit(False, "Sound is off: no audio output device was found.")
    table = library.steps_tree
    names = [table.topLevelItem(row).text(0) for row in range(table.topLevelItemCount())]
    assert len(names) > 5

    resize(qtbot, app, 1280, 800)
    assert clipped_buttons(library) == []
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # every name in full
    assert cut_card_names(library) == []

    resize(qtbot, app, 800, 600)
    assert clipped_buttons(library) == []
    assert cut_card_names(library) == []  # the routines' names wrap, whole
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for name in names:
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, table.columnWidth(0) - margin)
        assert len(shown.rstrip("…")) >= min(MOVE_MIN_CHARS, len(name)), (name, shown)
    status_labels_fit(app)


def test_status_messages_end_in_an_ellipsis_with_the_whole_text_in_a_tooltip(
    app: App, qtbot: QtBot, text_scale: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    sound_off = "Sound is off: no audio output device was found."
    app.sound.availability_changed.emit(False, sound_off)
    voice = app.window.statusBar().findChild(QLabel, "voice_status")
    assert voice is not None
    voice.setText(SHORT_FALLBACK_TEXT)
    voice.setToolTip("No speech engine. Voice settings: Edit → Preferences…")
    resize(qtbot, app, 800, 600)
    status_labels_fit(app)
    label = app.window.sound_status
    if text_scale == 100:
        assert not is_cut(label) and not is_cut(voice)
        return
    assert is_cut(label) and is_cut(voice)  # 200 % text: neither fits in full
    shown: list[str] = []
    monkeypatch.setattr(
        status_labels,
        "QToolTip",
        SimpleNamespace(showText=lambda _at, text, _w: shown.append(text)),
    )  # a real tooltip window warns on the offscreen platform
    for cut in (label, voice):
        center = cut.rect().center()
        QApplication.sendEvent(
            cut, QHelpEvent(QEvent.Type.ToolTip, center, cut.mapToGlobal(center))
        )
    assert shown == [sound_off, f"{SHORT_FALLBACK_TEXT}\n{voice.toolTip()}"]


def test_editor_buttons_fit(app: App, qtbot: QtBot, text_scale: int) -> None:
    editor = open_editor(app)
    for size in ((1280, 800), (800, 600)):
        for tab in (STEP_TAB, PICKER_TAB):
            editor.tabs.setCurrentIndex(tab)
            resize(qtbot, app, *size)
            assert clipped_buttons(editor) == [], (size, tab)
            assert squashed_fields(editor) == [], (size, tab)
            assert app.window.width() == size[0]
    assert editor.step_form.move_label.text()
