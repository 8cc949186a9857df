"""Renders the app icon SVG into packaging/icons/ (PNGs, a Windows .ico and a macOS .icns) and
into resources/icons/ (the PNGs the running app uses as its window and tray icon).

Run it after changing the SVG and commit the output:

    .venv/bin/python packaging/make_icons.py

The PNGs are drawn with Qt's QSvgRenderer. The .ico and .icns are packed here by hand from
PNG data (both formats allow PNG entries), so each holds every size in one file and no
image library beyond Qt is needed. The app itself shows the PNGs, not the SVG: that spares
the app waiting in the background Qt's SVG support (about 1 MB).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lbh_desktop.ui.shared.app_icon import ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "lbh-desktop.svg"
OUT = ROOT / "packaging" / "icons"
APP_OUT = ROOT / "resources" / "icons"
NAME = "lbh-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size each one must have.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic13", 256),  # 128 pt @2x
    (b"ic14", 512),  # 256 pt @2x
)


def render_png(renderer: QSvgRenderer, size: int, path: Path) -> bytes:
    """Draws the icon at `size` px into the PNG file `path` and returns the file's bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path)):
        raise RuntimeError(f"could not write {path}")
    return path.read_bytes()


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per size, then the PNG data of each)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        dimension = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length incl. 8-byte header, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(renderer, size, OUT / f"{NAME}-{size}.png") for size in PNG_SIZES}
    (OUT / f"{NAME}.ico").write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    (OUT / f"{NAME}.icns").write_bytes(pack_icns(pngs))
    for size in ICON_SIZES:
        (APP_OUT / f"{NAME}-{size}.png").write_bytes(pngs[size])
    del app
    print(f"wrote {len(pngs)} PNGs, {NAME}.ico and {NAME}.icns to {OUT.relative_to(ROOT)}")
    print(f"wrote {len(ICON_SIZES)} PNGs to {APP_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
