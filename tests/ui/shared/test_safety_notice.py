"""The first-start safety notice lists every red flag under what to do, and fits the screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lbh_desktop.core.red_flags import RED_FLAGS
from lbh_desktop.ui.shared import safety_notice
from lbh_desktop.ui.shared.safety_notice import SafetyNoticeDialog, safety_text


def test_the_first_start_notice_lists_every_red_flag_with_what_to_do() -> None:
    text = safety_text()
    for group in RED_FLAGS:
        assert group.heading in text
        assert all(sign in text for sign in group.signs)


def test_the_old_name_still_gives_the_text_translated_when_asked() -> None:
    assert safety_text() == safety_notice.SAFETY_TEXT


def test_the_notice_fits_an_800_by_600_screen(qtbot: QtBot) -> None:
    dialog = SafetyNoticeDialog()
    qtbot.addWidget(dialog)
    dialog.ensurePolished()
    hint = dialog.sizeHint()
    assert hint.width() <= 800 and hint.height() <= 600 - 40, hint
