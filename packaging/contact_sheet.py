"""Renders move pictures side by side into one PNG, to look at them together.

python packaging/contact_sheet.py --out sheet.png                 # every catalogue move
python packaging/contact_sheet.py --out sheet.png --variants      # the ladders, rung by rung
python packaging/contact_sheet.py --out sheet.png a.svg b.svg     # any SVG files
python packaging/contact_sheet.py --out sheet.png --before OLD_DIR   # old and new, side by side
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

CELL_WIDTH, CELL_HEIGHT, LABEL_HEIGHT = 280, 210, 44


def _catalogue_cells(variants: bool) -> list[list[tuple[str, Path]]]:
    from lbh_desktop.core.variants import ladder
    from lbh_desktop.storage.bundled import illustration_path, load_catalogue

    catalogue = load_catalogue()
    if not variants:
        row = [(e.name, illustration_path(e)) for e in catalogue]
        return [row[i : i + 6] for i in range(0, len(row), 6)]
    rows, seen = [], set()
    for exercise in catalogue:
        if exercise.variant_of is not None or exercise.id in seen:
            continue
        rungs = ladder(catalogue, exercise.id)
        seen.update(r.id for r in rungs)
        rows.append(
            [(("▶ " if r.id == exercise.id else "") + r.name, illustration_path(r)) for r in rungs]
        )
    return rows


def _before_after_cells(before: Path) -> list[list[tuple[str, Path]]]:
    """Each catalogue move's older picture (from `before`) and its current one, 3 pairs a row."""
    from lbh_desktop.storage.bundled import illustration_path, load_catalogue

    cells = []
    for exercise in load_catalogue():
        cells.append((f"{exercise.name}: before", before / exercise.illustration))
        cells.append((f"{exercise.name}: now", illustration_path(exercise)))
    return [cells[i : i + 6] for i in range(0, len(cells), 6)]


def render(rows: list[list[tuple[str, Path]]], out: Path) -> None:
    columns = max(len(row) for row in rows)
    image = QImage(
        columns * CELL_WIDTH, len(rows) * (CELL_HEIGHT + LABEL_HEIGHT), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    for y, row in enumerate(rows):
        top = y * (CELL_HEIGHT + LABEL_HEIGHT)
        for x, (label, path) in enumerate(row):
            left = x * CELL_WIDTH
            QSvgRenderer(str(path)).render(
                painter, QRectF(left + 5, top + 5, CELL_WIDTH - 10, CELL_HEIGHT - 10)
            )
            painter.setPen(QColor("#222"))
            painter.drawText(
                QRectF(left + 4, top + CELL_HEIGHT, CELL_WIDTH - 8, LABEL_HEIGHT),
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                label,
            )
            painter.setPen(QColor("#ddd"))
            painter.drawRect(left, top, CELL_WIDTH, CELL_HEIGHT + LABEL_HEIGHT)
    painter.end()
    image.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--variants", action="store_true", help="one row per ladder")
    parser.add_argument(
        "--before", type=Path, help="a folder of older pictures to show beside each current one"
    )
    parser.add_argument("svgs", nargs="*", type=Path)
    args = parser.parse_args(argv)
    _app = QGuiApplication(sys.argv[:1])
    if args.before:
        rows = _before_after_cells(args.before)
    elif args.svgs:
        cells = [(path.stem, path) for path in args.svgs]
        rows = [cells[i : i + 5] for i in range(0, len(cells), 5)]
    else:
        rows = _catalogue_cells(args.variants)
    render(rows, args.out)
    print(f"{sum(len(r) for r in rows)} pictures in {len(rows)} rows: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
