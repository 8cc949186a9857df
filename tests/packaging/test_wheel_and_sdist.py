"""`python -m build` makes an sdist and a wheel that hold every module and every resource."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

from lbh_desktop import __version__

pytestmark = pytest.mark.xdist_group("built_distributions")  # one build for both files

REPO = Path(__file__).resolve().parents[2]


def source_files(folder: str, pattern: str = "*") -> set[str]:
    root = REPO / folder
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def wheel_members(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def sdist_members(sdist: Path) -> set[str]:
    top = f"lbh_desktop-{__version__}/"
    with tarfile.open(sdist) as archive:
        return {name.removeprefix(top) for name in archive.getnames()}


def missing_modules(members: set[str]) -> str:
    modules = {f"lbh_desktop/{name}" for name in source_files("lbh_desktop", "*.py")}
    missing = sorted(modules - members)
    if not missing:
        return ""
    return (
        f"missing {missing}: list their packages under [tool.setuptools] packages in pyproject.toml"
    )


@pytest.mark.slow
def test_wheel_holds_every_resource(built: tuple[Path, Path]) -> None:
    _, wheel = built
    assert wheel.name == f"lbh_desktop-{__version__}-py3-none-any.whl"
    members = wheel_members(wheel)
    shipped = source_files("resources") - source_files("resources", "*.ts")  # .qm ships instead
    resources = {f"lbh_desktop/resources/{name}" for name in shipped}
    assert resources - members == set()
    with zipfile.ZipFile(wheel) as archive:
        entry_points = archive.read(f"lbh_desktop-{__version__}.dist-info/entry_points.txt")
    assert b"lbh-desktop = lbh_desktop.__main__:main" in entry_points


@pytest.mark.slow
def test_wheel_holds_every_module(built: tuple[Path, Path]) -> None:
    members = wheel_members(built[1])
    assert "lbh_desktop/shell/self_test.py" in members
    if missing := missing_modules(members):
        pytest.fail(missing)


@pytest.mark.slow
def test_sdist_holds_every_resource(built: tuple[Path, Path]) -> None:
    members = sdist_members(built[0])
    expected = {f"resources/{name}" for name in source_files("resources")}
    expected |= {"pyproject.toml", "README.md", "PKG-INFO"}
    assert expected - members == set()


@pytest.mark.slow
def test_sdist_holds_every_module(built: tuple[Path, Path]) -> None:
    if missing := missing_modules(sdist_members(built[0])):
        pytest.fail(missing)
