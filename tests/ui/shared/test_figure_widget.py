"""The player's figure widget: animates only while a move plays, in theme colours, mirrored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from lbh_desktop.core.figure_timing import FigureMotion
from lbh_desktop.storage.bundled import load_figure
from lbh_desktop.ui.shared.figure_widget import FigureWidget, role_colours

PLAYING = FigureMotion(moving=True, reps=True, seconds=0.0, rep_seconds=4.0)
PAUSED = FigureMotion(moving=False, reps=True, seconds=1.0, rep_seconds=4.0)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def shown_widget(qtbot: QtBot) -> tuple[FigureWidget, Clock]:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_move(load_figure("glute-bridge"), None)
    return widget, Clock()


def grab(widget: FigureWidget) -> QImage:
    return widget.grab().toImage()


def test_the_figure_moves_with_the_clock_while_a_move_plays(qtbot: QtBot) -> None:
    widget, clock = shown_widget(qtbot)
    widget.set_motion(PLAYING, clock)
    assert widget.animating
    start = grab(widget)
    clock.now += 2.0  # half a rep later the hips are up
    assert widget.motion_seconds() == 2.0
    assert grab(widget) != start
    clock.now += 2.0  # one whole rep: back where it started
    assert grab(widget) == start


def test_paused_hidden_or_still_it_does_not_keep_a_timer_running(qtbot: QtBot) -> None:
    widget, clock = shown_widget(qtbot)
    widget.set_motion(PLAYING, clock)
    widget.set_motion(PAUSED, clock)
    assert not widget.animating
    frozen = grab(widget)
    clock.now += 3.0
    assert grab(widget) == frozen
    widget.set_motion(PLAYING, clock)
    widget.hide()
    assert not widget.animating
    widget.show()
    assert widget.animating
    widget.show_move(None, None)
    assert not widget.animating


def test_the_other_side_is_the_mirror_image(qtbot: QtBot) -> None:
    widget, clock = shown_widget(qtbot)
    widget.set_motion(PAUSED, clock)
    left = grab(widget)
    widget.show_move(widget.figure, None, mirrored=True)
    right = grab(widget)
    flipped = left.flipped(Qt.Orientation.Horizontal)
    assert right != left
    # Antialiased edges may land a pixel apart; the shapes are the same.
    differ = sum(
        1
        for x in range(0, 400, 2)
        for y in range(0, 300, 2)
        if right.pixel(x, y) != flipped.pixel(x, y)
    )
    assert differ < 0.02 * 200 * 150


def test_the_body_is_drawn_in_the_palettes_accent(qtbot: QtBot) -> None:
    widget, _ = shown_widget(qtbot)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Accent, QColor("#ff00ff"))
    widget.setPalette(palette)
    image = grab(widget)
    body = role_colours(palette)["body"].rgb()
    assert any(image.pixel(x, y) == body for x in range(0, 400, 2) for y in range(0, 300, 2))


def test_a_move_without_a_figure_shows_its_own_picture(qtbot: QtBot, tmp_path: Path) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("#00ff00"))
    path = tmp_path / "mine.png"
    picture.save(str(path))
    widget, _ = shown_widget(qtbot)
    widget.show_move(None, path)
    assert widget.figure is None
    assert grab(widget).pixelColor(200, 150) == QColor("#00ff00")
