"""Renders each key pose of moves' figures side by side and lists what the anatomy check finds.

python packaging/figure_preview.py glute-bridge bird-dog --out /tmp/poses.png
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lbh_desktop.core.figure_anatomy import pose_problems
from lbh_desktop.core.figure_svg import SVG_HEIGHT, SVG_WIDTH, figure_svg
from lbh_desktop.storage.bundled import load_figure

LABEL = 28


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("moves", nargs="+", help="catalogue move ids")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    app = QGuiApplication([])  # noqa: F841 - QSvgRenderer needs an application
    rows = []
    problems = 0
    for move in args.moves:
        figure = load_figure(move)
        if figure is None:
            print(f"{move}: no figure")
            problems += 1
            continue
        cells = [(name, replace(figure, still=name, ghost="")) for name in figure.poses]
        cells.append(("still", figure))
        rows.append((move, cells))
        for name in figure.poses:
            for problem in pose_problems(figure, name):
                print(f"{move}: {problem}")
                problems += 1
    columns = max(len(cells) for _, cells in rows) if rows else 1
    image = QImage(
        SVG_WIDTH * columns, (SVG_HEIGHT + LABEL) * max(len(rows), 1), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row, (move, cells) in enumerate(rows):
        for column, (name, figure) in enumerate(cells):
            top = row * (SVG_HEIGHT + LABEL)
            renderer = QSvgRenderer(QByteArray(figure_svg(figure).encode()))
            renderer.render(painter, QRectF(column * SVG_WIDTH, top + LABEL, SVG_WIDTH, SVG_HEIGHT))
            painter.setPen(QColor("#333"))
            painter.drawText(
                QRectF(column * SVG_WIDTH, top, SVG_WIDTH, LABEL),
                Qt.AlignmentFlag.AlignCenter,
                f"{move}: {name}",
            )
    painter.end()
    image.save(str(args.out))
    print(f"{len(rows)} moves, {problems} problems: {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
