"""Packaging tests share one `python -m build` of a clean copy of the tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOT_SOURCES = shutil.ignore_patterns(
    ".*", "__pycache__", "*.pyc", "*.egg-info", "build", "dist", "screenshots", "node_modules"
)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Builds from a clean copy of the tree, so no build/ or egg-info of the checkout leaks in."""
    work = tmp_path_factory.mktemp("build")
    tree = work / "src"
    shutil.copytree(REPO, tree, ignore=NOT_SOURCES)
    out = work / "out"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (sdist,) = out.glob("lbh_desktop-*.tar.gz")
    (wheel,) = out.glob("lbh_desktop-*.whl")
    return sdist, wheel
