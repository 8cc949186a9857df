"""Which routine a stretch break offers: a pinned one, or the next desk-friendly one in turn."""

from __future__ import annotations

from collections.abc import Sequence

from lbh_desktop.core.catalogue import Catalogue, routine_positions
from lbh_desktop.core.models import Position, Routine, RoutineKind

DESK_POSITIONS = frozenset({Position.CHAIR, Position.STANDING})


def desk_friendly(routine: Routine, catalogue: Catalogue) -> bool:
    """A desk-break routine, or one whose every exercise is done only sitting or standing.

    A routine using an exercise the catalogue does not know is not desk friendly
    (unless it is a desk-break routine), since its positions cannot be checked.
    """
    if routine.kind is RoutineKind.DESK_BREAK:
        return True
    if not routine.steps or any(step.exercise_id not in catalogue for step in routine.steps):
        return False
    return set(routine_positions(routine, catalogue)) <= DESK_POSITIONS


def rotation_order(routines: Sequence[Routine], catalogue: Catalogue) -> list[Routine]:
    """The desk-friendly routines in the order breaks go through them: by name, then id."""
    friendly = [routine for routine in routines if desk_friendly(routine, catalogue)]
    return sorted(friendly, key=lambda routine: (routine.name.casefold(), routine.id))


class BreakRotation:
    """Hands out the routine for each break; `last_id` is worth saving between runs."""

    def __init__(
        self,
        routines: Sequence[Routine],
        catalogue: Catalogue,
        pinned_id: str | None = None,
        last_id: str | None = None,
    ) -> None:
        self._by_id = {routine.id: routine for routine in routines}
        self._order = rotation_order(routines, catalogue)
        self._pinned_id = pinned_id
        self._last_id = last_id

    @property
    def candidates(self) -> tuple[Routine, ...]:
        """The desk-friendly routines, in rotation order."""
        return tuple(self._order)

    @property
    def pinned_id(self) -> str | None:
        return self._pinned_id

    @property
    def last_id(self) -> str | None:
        """The id of the routine last handed out (or given at start)."""
        return self._last_id

    def pin(self, routine_id: str | None) -> None:
        """Always offer this routine (any kind); None goes back to rotating."""
        self._pinned_id = routine_id

    def peek(self) -> Routine | None:
        """What next() would return, without moving on."""
        if self._pinned_id is not None and self._pinned_id in self._by_id:
            return self._by_id[self._pinned_id]
        if not self._order:
            return None
        ids = [routine.id for routine in self._order]
        if self._last_id not in ids:
            return self._order[0]
        return self._order[(ids.index(self._last_id) + 1) % len(ids)]

    def next(self) -> Routine | None:
        """The pinned routine if it exists, else the desk-friendly routine after the last one.

        Never the same routine twice in a row when there are two or more to rotate
        through; None when there are none.
        """
        routine = self.peek()
        if routine is not None:
            self._last_id = routine.id
        return routine
