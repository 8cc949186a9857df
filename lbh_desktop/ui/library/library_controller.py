"""Feeds the library view from the repository and catalogue, and reacts to its choices."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.levels import PlayLevel, level_summary, parse_level
from lbh_desktop.core.library import (
    KIND_LABELS,
    RoutineSummary,
    filter_by_kind,
    kind_name,
    last_done_text,
    latest_sessions,
    played_move_ids,
    routine_meta,
    step_rows,
    summarize_routines,
)
from lbh_desktop.core.models import Routine, RoutineKind, SessionRecord
from lbh_desktop.core.routine_card import empty_state, routine_card
from lbh_desktop.storage import bundled
from lbh_desktop.ui.library.library_view import LibraryView


def shipped_picture(exercise: Exercise) -> Path | None:
    """A move's shipped still picture, when it is on disk (a custom move's is not shipped)."""
    path = bundled.illustration_path(exercise)
    return path if path.is_file() else None


class LibraryController(QObject):
    start_requested = Signal(str)

    def __init__(
        self,
        view: LibraryView,
        catalogue: Catalogue,
        routines: Callable[[], list[Routine]],
        sessions: Callable[[], Iterable[SessionRecord]],
        now: Callable[[], datetime],
        *,
        level_of: Callable[[str], PlayLevel] = lambda routine_id: PlayLevel.STANDARD,
        set_level: Callable[[str, PlayLevel], None] = lambda routine_id, level: None,
        latest: Callable[[], tuple[dict[str, str], dict[str, str]]] | None = None,
        picture_of: Callable[[Exercise], Path | None] = shipped_picture,
    ) -> None:
        """`latest`, when given, answers what latest_sessions(sessions()) would, faster (the
        repository keeps it per month, so years of history need not be read). `picture_of`
        finds a move's still picture for the routine cards."""
        super().__init__(view)
        self._latest = latest or (lambda: latest_sessions(self._sessions()))
        self._level_of = level_of
        self._picture_of = picture_of
        self._pictures: dict[str, Path | None] = {}
        self._set_level = set_level
        self._view = view
        self._catalogue = catalogue
        self._routines = routines
        self._sessions = sessions
        self._now = now
        self._summaries: list[RoutineSummary] = []
        self._tried: dict[str, str] = {}
        """routine_id -> start of a later session than its last done, that did not count."""
        self._kind: RoutineKind | None = None
        all_routines = translate("library_controller", "All routines")
        view.set_kinds(
            [("", all_routines)] + [(kind.value, kind_name(kind)) for kind in KIND_LABELS]
        )
        view.kind_filter_changed.connect(self._on_kind_changed)
        view.routine_selected.connect(self._show_detail)
        view.start_requested.connect(self.start_requested)
        view.level_changed.connect(self._on_level_changed)

    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the routines; keeps the selection, or selects `select_id` when given."""
        last_done, self._tried = self._latest()
        summaries = summarize_routines(self._routines(), self._catalogue, last_done)
        self._summaries = [level_summary(s, self._level_of(s.routine.id)) for s in summaries]
        self._fill(select_id or self._view.current_routine_id())

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Use a new catalogue (the user's own exercises changed) and redraw."""
        self._catalogue = catalogue
        self._pictures.clear()
        self.refresh()

    def _on_kind_changed(self, value: str) -> None:
        self._kind = RoutineKind(value) if value else None
        self._fill(self._view.current_routine_id())

    def _fill(self, keep_id: str | None) -> None:
        now = self._now()
        cards = [
            routine_card(s, self._last_done_text(s, now), self._catalogue)
            for s in filter_by_kind(self._summaries, self._kind)
        ]
        self._view.set_routines([(card, self._picture(card.picture_id)) for card in cards], keep_id)
        if not cards:
            self._view.show_empty_state(empty_state(self._kind, bool(self._summaries)))
            self._view.routine_actions.set_state(has_routine=False, builtin=False)

    def _picture(self, exercise_id: str | None) -> Path | None:
        exercise = self._catalogue.get(exercise_id) if exercise_id else None
        if exercise is None:
            return None
        if exercise.id not in self._pictures:
            self._pictures[exercise.id] = self._picture_of(exercise)
        return self._pictures[exercise.id]

    def _show_detail(self, routine_id: str) -> None:
        summary = next((s for s in self._summaries if s.routine.id == routine_id), None)
        if summary is None:
            return
        last = self._last_done_text(summary, self._now())
        if summary.routine.id in self._tried:  # say why that try is not "done"
            last = translate(
                "library_controller",
                "{last_done}. Sessions count toward Progress once at least half is done.",
            ).format(last_done=last)
        self._view.set_level(self._level_of(routine_id).value)
        self._view.routine_actions.set_state(has_routine=True, builtin=summary.routine.builtin)
        self._view.show_detail(
            summary.routine.name,
            routine_meta(summary),
            summary.routine.description,
            last,
            step_rows(summary.routine, self._catalogue),
            [self._picture(move) for move in played_move_ids(summary.routine, self._catalogue)],
        )

    def _last_done_text(self, summary: RoutineSummary, now: datetime) -> str:
        return last_done_text(summary.last_done_utc, self._tried.get(summary.routine.id), now)

    def _on_level_changed(self, routine_id: str, value: str) -> None:
        self._set_level(routine_id, parse_level(value))
        self.refresh()
