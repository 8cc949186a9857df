"""Records a move's figure playing one rep (or one breath) as an animated PNG (APNG).

python packaging/capture_animation.py glute-bridge --out packaging/screenshots/glute-bridge.png
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import zlib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPalette

from lbh_desktop.core.figure_drawing import figure_bounds, figure_shapes
from lbh_desktop.core.figure_timing import FigureMotion, figure_skeleton
from lbh_desktop.storage.bundled import load_catalogue, load_figure
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.figure_widget import paint_figure
from lbh_desktop.ui.shared.theme import palette_for

FPS = 12


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        chunks.append((kind, png[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(QByteArray(buffer.data()).data())


def write_apng(frames: list[QImage], path: Path, fps: int = FPS) -> None:
    """Frames of one size as an endlessly looping APNG (PNG viewers show the first frame)."""
    encoded = [_chunks(_png(frame)) for frame in frames]
    header = next(data for kind, data in encoded[0] if kind == b"IHDR")
    width, height = struct.unpack(">II", header[:8])
    out = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header)]
    out.append(_chunk(b"acTL", struct.pack(">II", len(frames), 0)))
    sequence = 0
    for number, chunks in enumerate(encoded):
        control = struct.pack(">IIIIIHHBB", sequence, width, height, 0, 0, 1, fps, 0, 0)
        out.append(_chunk(b"fcTL", control))
        sequence += 1
        for kind, data in chunks:
            if kind != b"IDAT":
                continue
            if number == 0:
                out.append(_chunk(b"IDAT", data))
            else:
                out.append(_chunk(b"fdAT", struct.pack(">I", sequence) + data))
                sequence += 1
    out.append(_chunk(b"IEND", b""))
    path.write_bytes(b"".join(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("move")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="360x270")
    args = parser.parse_args()
    app = QGuiApplication([])  # noqa: F841 - painting needs an application
    figure = load_figure(args.move)
    exercise = load_catalogue().get(args.move)
    if figure is None or exercise is None:
        print(f"{args.move}: not a built-in move with a figure", file=sys.stderr)
        return 2
    reps = exercise.dose.mode == "reps"
    seconds = exercise.rep_seconds if reps or not figure.hold else 5.0
    motion = FigureMotion(moving=True, reps=reps, seconds=0.0, rep_seconds=exercise.rep_seconds)
    width, height = (int(v) for v in args.size.split("x"))
    palette: QPalette = palette_for(LIGHT)
    bounds = figure_bounds(figure)
    frames = []
    for number in range(round(seconds * FPS)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(palette.color(QPalette.ColorRole.Window))
        skeleton = figure_skeleton(figure, motion, number / FPS)
        paint_figure(image, palette, bounds, figure_shapes(figure, skeleton))
        frames.append(image)
    write_apng(frames, args.out)
    print(f"{len(frames)} frames at {FPS} fps ({seconds:g} s): {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
