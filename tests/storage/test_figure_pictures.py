"""Each built-in move's shipped still picture is exactly what its figure draws."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lbh_desktop.core.figure_svg import figure_svg
from lbh_desktop.storage.bundled import illustration_path, load_catalogue, load_figure

REPO = Path(__file__).resolve().parents[2]


def test_every_shipped_picture_is_drawn_from_its_figure() -> None:
    stale = []
    for exercise in load_catalogue():
        figure = load_figure(exercise.id)
        assert figure is not None, f"{exercise.id} has no figure"
        if illustration_path(exercise).read_text(encoding="utf-8") != figure_svg(figure):
            stale.append(exercise.id)
    assert stale == [], "run packaging/draw_figures.py"


def test_the_picture_check_reports_a_stale_picture(tmp_path: Path) -> None:
    checked = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "draw_figures.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith("0 pictures differ")


def test_a_move_without_a_figure_file_has_none() -> None:
    assert load_figure("no-such-move") is None
