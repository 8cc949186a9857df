"""enable_debug_log() sends every log message to a small rotating file in the state folder."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from lbh_desktop import __version__
from lbh_desktop.shell import debug_log
from lbh_desktop.shell.debug_log import debug_log_path, disable_debug_log, enable_debug_log


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    disable_debug_log()
    root.setLevel(level)
    logging.captureWarnings(False)


def our_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == debug_log.HANDLER_NAME]


def test_debug_messages_land_in_the_state_folder_and_the_path_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    out = io.StringIO()

    path = enable_debug_log(out=out)
    logging.getLogger("lbh_desktop.ui.player").debug("step %d of %d", 3, 9)
    for handler in our_handlers():
        handler.flush()

    assert path == tmp_path / "state" / "lbh-desktop" / "debug.log"
    assert out.getvalue() == f"Debug log: {path}\n"
    text = path.read_text(encoding="utf-8")
    assert f"LBH Desktop {__version__}" in text
    assert "DEBUG   lbh_desktop.ui.player: step 3 of 9" in text


def test_warnings_are_logged_too(tmp_path: Path) -> None:
    path = enable_debug_log(tmp_path / "debug.log", out=io.StringIO())
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("an old call", UserWarning, stacklevel=1)
    for handler in our_handlers():
        handler.flush()
    assert "an old call" in path.read_text(encoding="utf-8")


def test_enabling_twice_keeps_one_handler(tmp_path: Path) -> None:
    enable_debug_log(tmp_path / "a.log", out=io.StringIO())
    enable_debug_log(tmp_path / "b.log", out=io.StringIO())
    (handler,) = our_handlers()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert Path(handler.baseFilename) == tmp_path / "b.log"


def test_the_file_rotates_and_keeps_a_bounded_number_of_old_logs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(debug_log, "MAX_BYTES", 2_000)
    folder = tmp_path / "logs"
    path = enable_debug_log(folder / "debug.log", out=io.StringIO())
    for index in range(200):
        logging.getLogger("lbh_desktop").debug("line %d %s", index, "x" * 50)
    disable_debug_log()

    names = sorted(p.name for p in folder.iterdir())
    assert names == ["debug.log", "debug.log.1", "debug.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in folder.iterdir())
    assert "line 199 " in path.read_text(encoding="utf-8")


def test_the_default_path_follows_the_xdg_rules() -> None:
    assert debug_log_path({"HOME": "/home/u", "XDG_STATE_HOME": "/state"}) == Path(
        "/state/lbh-desktop/debug.log"
    )
    assert debug_log_path({"HOME": "/home/u"}) == Path("/home/u/.local/state/lbh-desktop/debug.log")
    assert debug_log_path({"HOME": "/home/u", "XDG_STATE_HOME": "rel"}) == Path(
        "/home/u/.local/state/lbh-desktop/debug.log"
    )
