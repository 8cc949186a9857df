"""Every exercise has an illustration that Qt renders, and the icon renders at small sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from lbh_desktop.storage.bundled import illustration_path, load_catalogue, resource_path

EXERCISES = list(load_catalogue())


def painted_pixels(renderer: QSvgRenderer, width: int, height: int) -> int:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return sum(
        1
        for y in range(0, height, 2)
        for x in range(0, width, 2)
        if QColor(image.pixel(x, y)).alpha() > 0
    )


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_exercise_illustration_renders_a_figure(qtbot: QtBot, exercise: object) -> None:
    path = illustration_path(exercise)  # type: ignore[arg-type]
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    # A drawn figure covers a real share of the frame, not a blank or a stray line.
    assert painted_pixels(renderer, 200, 150) > 300


def test_app_icon_renders_at_16_pixels(qtbot: QtBot) -> None:
    renderer = QSvgRenderer(str(resource_path("icons", "lbh-desktop.svg")))
    assert renderer.isValid()
    assert painted_pixels(renderer, 16, 16) > 30
