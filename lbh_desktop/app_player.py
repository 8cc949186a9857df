"""Builds the player page's controller, mat mode and progression review when the page is built."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock

if TYPE_CHECKING:  # the player's parts load with its page, not at start-up
    from lbh_desktop.app import App
    from lbh_desktop.ui.mat_mode_view import MatModeView
    from lbh_desktop.ui.player_controller import PlayerController
    from lbh_desktop.ui.player_view import PlayerView


@dataclass
class PlayerParts:
    controller: PlayerController
    mat_mode: MatModeView


def wire_player_page(
    app: App,
    view: PlayerView,
    clock: Clock,
    shipped: Catalogue,
    prepare_seconds: float | None = None,
) -> PlayerParts:
    """The controller for a just-built player page, wired to the app's sound, voice, library
    and history; `prepare_seconds` overrides the get-ready countdown preference."""
    from lbh_desktop.ui.mat_mode_view import attach_mat_mode
    from lbh_desktop.ui.player_controller import PlayerController
    from lbh_desktop.ui.progression_dialog import install_progression_review

    preferences, repository, exercises = app.preferences, app.repository, app.exercises
    assert exercises is not None
    controller = PlayerController(
        view,
        exercises.catalogue,
        clock,
        app.sound,
        repository.save_session,
        exercises.illustration_for,
        prepare_seconds=preferences.prepare_seconds if prepare_seconds is None else prepare_seconds,
        speech=app.speech,
    )
    mat_mode = attach_mat_mode(view, controller)
    exercises.on_change(controller.set_catalogue)
    controller.leave_requested.connect(app.show_library)
    controller.session_saved.connect(app.library.refresh)
    install_progression_review(
        app.window, controller, app.library, repository, preferences, shipped, clock
    )

    def on_mute(muted: bool) -> None:
        preferences.muted = muted

    view.mute_toggled.connect(on_mute)
    return PlayerParts(controller, mat_mode)
