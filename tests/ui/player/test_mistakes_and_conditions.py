"""The player shows a move's common mistakes and its advice by condition under the steps."""

from __future__ import annotations

from lbh_desktop.shell.app import App


def test_the_first_move_of_the_daily_stretch_lists_mistakes_and_conditions(app: App) -> None:
    routine = app.repository.routine("daily-stretch")
    assert routine is not None
    app.open_routine(routine)
    text = app.window.player.instructions_label.text()
    assert "Common mistakes:" in text
    assert "With osteoporosis: " in text
    assert "With spinal stenosis or spondylolisthesis: " in text
    assert text.index("Common mistakes:") < text.index("With osteoporosis: ")
