"""Test set-up: offscreen Qt, and every test gets its own data folder and XDG dirs."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# English texts and formats whatever the machine's language: tests that want another
# language install it themselves (a German desktop would otherwise translate every view).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("LBH_DATA_DIR", None)

# Importing QtMultimedia logs one-time warnings for backend libraries a machine lacks ("Couldn't
# load pipewire-0.3 library"). Import it here, before any test captures Qt messages, so which
# test happens to import it first cannot make that test fail.
import PySide6.QtMultimedia  # noqa: F401
import pytest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keeps a developer's own settings and history out of every test."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    data_dir = tmp_path / "data"
    monkeypatch.setenv("LBH_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(autouse=True)
def collector_left_on() -> Iterator[None]:
    """A test that pauses Python's cycle collector (the app's start-up does) must turn it back
    on: every later test in the process would otherwise run without it."""
    yield
    if not gc.isenabled():
        gc.enable()
        pytest.fail("the test left Python's cycle collector off")


@pytest.fixture(autouse=True)
def fresh_application_style() -> Iterator[None]:
    """Tests share one QApplication; one that styles it (the self-test does) must not leak,
    and neither must its windows: thousands of leftover widgets made every later app-wide
    restyle (theme, text size) slow, and once crashed inside QApplication.setStyleSheet."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if app.styleSheet():
        app.setStyleSheet("")
