"""The animated capture is a well-formed APNG: every frame, in order, the first one readable."""

from __future__ import annotations

import importlib.util
import struct
import zlib
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

REPO = Path(__file__).resolve().parents[2]


def capture_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "capture_animation", REPO / "packaging" / "capture_animation.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    found, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        found.append((kind, body))
        at += 12 + length
    return found


def test_three_frames_make_an_apng_in_order(qtbot: QtBot, tmp_path: Path) -> None:
    frames = []
    for colour in ("#ff0000", "#00ff00", "#0000ff"):
        frame = QImage(20, 10, QImage.Format.Format_RGB32)
        frame.fill(QColor(colour))
        frames.append(frame)
    out = tmp_path / "moving.png"
    capture_module().write_apng(frames, out, fps=10)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    found = chunks(data)
    kinds = [kind for kind, _ in found]
    assert kinds[:2] == [b"IHDR", b"acTL"] and kinds[-1] == b"IEND"
    assert struct.unpack(">II", found[1][1]) == (3, 0)  # three frames, looping forever
    assert kinds.count(b"fcTL") == 3 and b"IDAT" in kinds and b"fdAT" in kinds
    numbers = [
        struct.unpack(">I", body[:4])[0] for kind, body in found if kind in (b"fcTL", b"fdAT")
    ]
    assert numbers == list(range(len(numbers)))
    delays = [struct.unpack(">HH", body[20:24]) for kind, body in found if kind == b"fcTL"]
    assert delays == [(1, 10)] * 3
    first = QImage(str(out))  # a plain PNG reader shows the first frame
    assert first.pixelColor(5, 5) == QColor("#ff0000")
