"""Start-up builds the library page only; the player, editor and voice are built on first use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Routine
from lbh_desktop.shell.app import App
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.lazy_app import LazyApp, open_data


def routine_named(app: App, name: str) -> Routine:
    routine = app.repository.find_routine(name)
    assert routine is not None
    return routine


def test_start_up_builds_only_the_library_page(app: App) -> None:
    assert app.window.pages.count() == 1
    assert app.window.pages.currentWidget() is app.window.library
    assert not app.window.has_player
    assert not app.playing


def test_opening_a_routine_builds_the_player_page_wired_to_the_app(app: App) -> None:
    app.open_routine(routine_named(app, "Desk stretch break"))
    assert app.window.has_player
    assert app.window.pages.currentWidget() is app.window.player
    assert app.player.player is not None
    assert app.player.player.timeline.routine.name == "Desk stretch break"
    assert app.mat_mode.parent() is not None
    app.window.player.mute_toggled.emit(True)  # the page's controls reach the preferences
    assert app.preferences.muted


def test_settings_applied_before_the_player_exists_reach_it_when_built(app: App) -> None:
    assert app.settings is not None
    app.preferences.prepare_seconds = 10
    app.settings.apply_saved()
    assert not app.window.has_player  # nothing to update yet
    assert app.player.prepare_seconds == 10


def test_the_editor_page_is_built_when_a_routine_is_first_edited(app: App) -> None:
    pages = app.window.pages.count()
    desk = routine_named(app, "Desk stretch break")
    app.window.library.routine_actions.duplicate_requested.emit(desk.id)
    assert app.window.pages.count() == pages + 1
    assert app.editor is not None and app.editor.active and not app.editor.dirty
    assert app.window.pages.currentWidget() is app.editor.view
    assert app.window.leave_guard == app.editor.confirm_leave


@pytest.fixture
def restored_font(qapp: QApplication) -> Iterator[QApplication]:
    font = QFont(qapp.font())
    yield qapp
    qapp.setPalette(QPalette())
    qapp.setFont(font)
    qapp.setStyleSheet("")


def test_the_look_set_before_the_window_is_built_is_kept_not_scaled_twice(
    isolated_dirs: Path, restored_font: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = open_data(isolated_dirs)
    data.preferences.text_scale_percent = 200
    base = restored_font.font().pointSizeF()

    def build() -> App:
        return build_app(isolated_dirs, FakeClock(), opened=data, appearance=lazy.appearance)

    lazy = LazyApp(data, build)
    lazy.apply_appearance()
    assert restored_font.font().pointSizeF() == pytest.approx(2 * base)
    app = lazy.get()
    assert app.settings is not None and app.settings.appearance is lazy.appearance
    app.settings.apply_saved()
    assert restored_font.font().pointSizeF() == pytest.approx(2 * base)
    app.window.deleteLater()
    app.repository.close()
