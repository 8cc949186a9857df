"""Builds the player page's controller, mat mode and progression review when the page is built."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock

if TYPE_CHECKING:  # the player's parts load with its page, not at start-up
    from lbh_desktop.shell.app import App, PlayerParts
    from lbh_desktop.ui.player.player_view import PlayerView


def wire_player_page(
    app: App,
    view: PlayerView,
    clock: Clock,
    shipped: Catalogue,
    prepare_seconds: float | None = None,
) -> PlayerParts:
    """The controller for a just-built player page, wired to the app's sound, voice, library
    and history; `prepare_seconds` overrides the get-ready countdown preference."""
    from lbh_desktop.ui.player.mat_mode_view import attach_mat_mode
    from lbh_desktop.ui.player.player_controller import PlayerController
    from lbh_desktop.ui.player.progression_dialog import install_progression_review

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
        eased_moves=preferences,
        sessions=lambda: repository.sessions_since(_two_days_before(clock)),
        figure_for=exercises.figure_for,
    )
    mat_mode = attach_mat_mode(view, controller)
    exercises.on_change(controller.set_catalogue)
    controller.leave_requested.connect(app.show_library)
    controller.session_saved.connect(app.library.refresh)
    install_progression_review(
        app.window, controller, app.library.refresh, repository, preferences, shipped, clock
    )

    def on_mute(muted: bool) -> None:
        preferences.muted = muted

    view.mute_toggled.connect(on_mute)
    from lbh_desktop.shell.app import PlayerParts

    return PlayerParts(controller, mat_mode)


def follow_settings(app: App) -> None:
    """Newly applied settings reach a built player page; an unbuilt one reads them when built."""
    if not app.window.has_player:
        return
    sound = app.sound
    app.window.player.set_sound_state(sound.available, sound.unavailable_reason, sound.muted)
    app.player.prepare_seconds = app.preferences.prepare_seconds


def _two_days_before(clock: Clock) -> date:
    """The player compares a rating with the day before's: older months need not be read."""
    return date.fromtimestamp(clock.wall()) - timedelta(days=2)
