"""Redraws each built-in move's still picture (resources/illustrations/*.svg) from its figure.

python packaging/draw_figures.py            # write the pictures
python packaging/draw_figures.py --check    # exit 1 when a picture differs from its figure
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lbh_desktop.core.figure_svg import figure_svg
from lbh_desktop.storage.bundled import illustration_path, load_catalogue, load_figure


def stale_pictures(write: bool) -> list[str]:
    """Moves whose shipped picture is not what their figure draws (rewritten when `write`)."""
    stale = []
    for exercise in load_catalogue():
        figure = load_figure(exercise.id)
        if figure is None:
            continue
        path = illustration_path(exercise)
        drawn = figure_svg(figure)
        if not path.is_file() or path.read_text(encoding="utf-8") != drawn:
            stale.append(exercise.id)
            if write:
                path.write_text(drawn, encoding="utf-8")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = stale_pictures(write=not args.check)
    verb = "differ from their figures" if args.check else "redrawn"
    print(f"{len(stale)} pictures {verb}: {', '.join(stale) or '-'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
